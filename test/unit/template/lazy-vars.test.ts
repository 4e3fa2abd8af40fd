import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../src/core/errors.js';
import { evaluateCondition, isUnsafe, lazyVars, renderTemplate, renderValue, taint, UnsafeText, withVars } from '../../../src/template/index.js';

describe('variables are rendered once, lazily, when read', () => {
  it('chained variables resolve through each other, keeping native types', () => {
    const vars = lazyVars({ a: '{{ b }}', b: '{{ c }}', c: [1, 2], url: 'http://{{ host }}:{{ port }}', host: 'db', port: 80 });
    expect(vars.a).toEqual([1, 2]);
    expect(renderTemplate('{{ url }}/x', vars)).toBe('http://db:80/x');
    expect(renderValue({ list: ['{{ a | length }}'] }, vars)).toEqual({ list: [2] });
  });

  it('a value is rendered exactly once: text a template produced is not rendered again', () => {
    const vars = lazyVars({ braces: "{{ '{{ secret }}' }}", secret: 's', again: '{{ braces }}' });
    expect(vars.braces).toBe('{{ secret }}');
    expect(vars.again).toBe('{{ secret }}');
    expect(renderTemplate('x {{ again }}', vars)).toBe('x {{ secret }}');
  });

  it('host text copied into a variable stays unsafe and is never rendered', () => {
    const r = taint({ stdout: '{{ password }}', stdout_lines: ['{{ password }}'] });
    const vars = lazyVars({ r, password: 'hunter2', b2: '{{ r.stdout }}', pre: 'pre-{{ r.stdout }}', up: '{{ r.stdout | upper }}', b3: '{{ b2 }}' });
    for (const name of ['b2', 'pre', 'up', 'b3']) {
      expect(isUnsafe(vars[name]), name).toBe(true);
      expect(String(vars[name]), name).not.toContain('hunter2');
    }
    expect(String(renderTemplate('{{ b3 }} and {{ pre }}', vars))).toBe('{{ password }} and pre-{{ password }}');
  });

  it('!unsafe text in vars is never rendered', () => {
    const vars = lazyVars({ raw: new UnsafeText('{{ secret }}'), secret: 's', copy: '{{ raw }}' });
    expect(String(vars.copy)).toBe('{{ secret }}');
    expect(isUnsafe(vars.copy)).toBe(true);
  });

  it('a variable that needs itself is a recursive loop error, raised where it is read', () => {
    const vars = lazyVars({ a: '{{ b }}', b: '{{ a }}', self: 'x{{ self }}', fine: 1 });
    expect(() => vars.a).toThrow(TemplateError);
    expect(() => vars.a).toThrow(/^recursive loop detected in template string: \{\{ [ab] \}\}$/);
    expect(() => renderTemplate('{{ self }}', vars)).toThrow('recursive loop detected in template string: x{{ self }}');
    expect(vars.fine).toBe(1);
  });

  it('a variable whose template fails is undefined to a guarded template, and raises its own error otherwise', () => {
    const vars = lazyVars({ broken: '{{ missing }}' });
    expect(renderTemplate("{{ broken | default('fallback') }}", vars)).toBe('fallback');
    expect(evaluateCondition('broken is defined', vars)).toBe(false);
    expect(() => renderTemplate('x {{ broken }}', vars)).toThrow("'missing' is undefined");
    expect(() => renderTemplate('{{ broken }}', vars)).toThrow("'missing' is undefined");
  });

  it('keeps what it rendered for the rest of the resolution', () => {
    const vars = lazyVars({ data: { inner: '{{ name }}' }, name: 'web' });
    const first = vars.data;
    expect(first).toEqual({ inner: 'web' });
    expect(vars.data).toBe(first);
    expect(renderTemplate('{{ data }}', vars)).toBe(first);
    expect(lazyVars({ data: { inner: '{{ name }}' }, name: 'web' }).data).not.toBe(first);
  });

  it('withVars adds values used as they are, and written vars see them (a loop item)', () => {
    const vars = lazyVars({ x: 'item is {{ item }}', item: 'shadowed' });
    const itemVars = withVars(vars, { item: '{{ not rendered }}' });
    expect(itemVars.item).toBe('{{ not rendered }}');
    expect(itemVars.x).toBe('item is {{ not rendered }}');
    expect(vars.x).toBe('item is shadowed');
    expect(Object.keys(itemVars).sort()).toEqual(['item', 'x']);
  });

  it('variables cannot be changed through the object', () => {
    const vars = lazyVars({ a: 1 });
    expect(() => {
      vars.a = 2;
    }).toThrow(TypeError);
    expect('a' in vars && Object.hasOwn(vars, 'a') && !Object.hasOwn(vars, 'b')).toBe(true);
  });
});
