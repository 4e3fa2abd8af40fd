import { describe, expect, it } from 'vitest';
import { evaluateCondition, isUnsafe, markUnsafe, renderTemplate, renderValue } from '../../../src/template/index.js';

const playbookVars = { secret: 's3cret', name: 'web' };

function registered(stdout: string) {
  return markUnsafe({ rc: 0, stdout, stdout_lines: stdout.split('\n'), changed: true });
}

describe('data from hosts is never rendered as a template', () => {
  it('a registered stdout of {{ 7*7 }} stays literal when referenced', () => {
    const vars = { ...playbookVars, result: registered('{{ 7*7 }}') };
    expect(renderTemplate('{{ result.stdout }}', vars)).toBe('{{ 7*7 }}');
    expect(renderTemplate('out: {{ result.stdout }}', vars)).toBe('out: {{ 7*7 }}');
    expect(renderTemplate('{{ result.stdout_lines | first }}', vars)).toBe('{{ 7*7 }}');
  });

  it('a host cannot make the controller expand a secret for it', () => {
    const vars = { ...playbookVars, result: registered('{{ secret }}') };
    expect(renderTemplate('echo {{ result.stdout }}', vars)).toBe('echo {{ secret }}');
    expect(evaluateCondition('result.stdout == "{{ secret }}"', vars)).toBe(true);
  });

  it('renderValue keeps the text of marked data', () => {
    expect(renderValue(markUnsafe({ a: '{{ 1 }}' }), playbookVars)).toEqual({ a: '{{ 1 }}' });
    expect(renderValue(markUnsafe(['{{ name }}']), playbookVars)).toEqual(['{{ name }}']);
  });

  it('renderValue renders the playbook strings around marked host data and leaves the host data alone', () => {
    const facts = markUnsafe({ motd: 'hi {{ secret }}', nested: { deep: ['{{ secret }}'] } });
    const rendered = renderValue({ msg: 'host {{ name }}', facts }, playbookVars);
    expect(rendered).toEqual({ msg: 'host web', facts: { motd: 'hi {{ secret }}', nested: { deep: ['{{ secret }}'] } } });
  });

  it('marking reaches nested containers', () => {
    const data = markUnsafe({ list: [{ text: '{{ name }}' }] });
    expect(isUnsafe(data.list)).toBe(true);
    expect(isUnsafe(data.list[0])).toBe(true);
    expect(renderValue(data.list[0], playbookVars)).toEqual({ text: '{{ name }}' });
  });

  it('a dict computed from host data is host data too', () => {
    const vars = { ...playbookVars, result: registered('{{ name }}') };
    const copy = renderTemplate('{{ result | combine({"extra": 1}) }}', vars);
    expect(isUnsafe(copy)).toBe(true);
    expect(renderValue(copy, playbookVars)).toEqual({ rc: 0, stdout: '{{ name }}', stdout_lines: ['{{ name }}'], changed: true, extra: 1 });
  });

  it('playbook data is not marked', () => {
    expect(isUnsafe({ a: 1 })).toBe(false);
    expect(isUnsafe('text')).toBe(false);
  });

  it('a variable holding template text is not rendered again when referenced', () => {
    expect(renderTemplate('{{ raw }}', { raw: '{{ name }}', name: 'web' })).toBe('{{ name }}');
    expect(renderTemplate('x {{ raw }}', { raw: '{% if true %}1{% endif %}' })).toBe('x {% if true %}1{% endif %}');
  });
});
