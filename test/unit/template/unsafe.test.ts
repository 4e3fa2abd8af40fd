import { describe, expect, it } from 'vitest';
import { evaluateCondition, isUnsafe, renderTemplate, renderValue, taint, toPlain, UnsafeText } from '../../../src/template/index.js';

const playbookVars = { secret: 's3cret', name: 'web' };

function registered(stdout: string) {
  return taint({ rc: 0, stdout, stdout_lines: stdout.split('\n'), changed: true });
}

describe('data from hosts is never rendered as a template', () => {
  it('a registered stdout of {{ 7*7 }} stays literal when referenced', () => {
    const vars = { ...playbookVars, result: registered('{{ 7*7 }}') };
    expect(String(renderTemplate('{{ result.stdout }}', vars))).toBe('{{ 7*7 }}');
    expect(String(renderTemplate('out: {{ result.stdout }}', vars))).toBe('out: {{ 7*7 }}');
    expect(String(renderTemplate('{{ result.stdout_lines | first }}', vars))).toBe('{{ 7*7 }}');
  });

  it('a host cannot make the controller expand a secret for it', () => {
    const vars = { ...playbookVars, result: registered('{{ secret }}') };
    expect(String(renderTemplate('echo {{ result.stdout }}', vars))).toBe('echo {{ secret }}');
    expect(evaluateCondition('result.stdout == "{{ secret }}"', vars)).toBe(true);
  });

  it('renderValue keeps unsafe text as it is', () => {
    expect(toPlain(renderValue(taint({ a: '{{ 1 }}' }), playbookVars))).toEqual({ a: '{{ 1 }}' });
    expect(toPlain(renderValue([new UnsafeText('{{ name }}')], playbookVars))).toEqual(['{{ name }}']);
  });

  it('renderValue renders the playbook strings around host data and leaves the host data alone', () => {
    const facts = taint({ motd: 'hi {{ secret }}', nested: { deep: ['{{ secret }}'] } });
    const rendered = renderValue({ msg: 'host {{ name }}', facts }, playbookVars);
    expect(toPlain(rendered)).toEqual({ msg: 'host web', facts: { motd: 'hi {{ secret }}', nested: { deep: ['{{ secret }}'] } } });
  });

  it('a variable holding template text is not rendered again when referenced', () => {
    expect(renderTemplate('{{ raw }}', { raw: '{{ name }}', name: 'web' })).toBe('{{ name }}');
    expect(renderTemplate('x {{ raw }}', { raw: '{% if true %}1{% endif %}' })).toBe('x {% if true %}1{% endif %}');
  });
});

describe('unsafe text is marked per string and travels through templates', () => {
  it('taint marks every string at any depth, keeps other values, and copies', () => {
    const source = { list: [{ text: '{{ name }}', n: 1, ok: true, none: null }] };
    const tainted = taint(source);
    expect(isUnsafe(tainted.list[0].text)).toBe(true);
    expect(tainted.list[0]).toMatchObject({ n: 1, ok: true, none: null });
    expect(source.list[0].text).toBe('{{ name }}');
    expect(toPlain(tainted)).toEqual(source);
  });

  it('a string copied out of a registered result is unsafe, through `{{ x }}` and through a mixed template', () => {
    const vars = { ...playbookVars, r: registered('{{ secret }}') };
    const copied = renderTemplate('{{ r.stdout }}', vars);
    expect(isUnsafe(copied)).toBe(true);
    const built = renderTemplate('pre-{{ r.stdout }}', vars);
    expect(isUnsafe(built)).toBe(true);
    expect(String(built)).toBe('pre-{{ secret }}');
  });

  it('filters that return host text or build strings from it yield unsafe text', () => {
    const vars = { ...playbookVars, r: registered(' {{ secret }} ') };
    for (const template of ['{{ r.stdout | upper }}', '{{ r.stdout | trim }}', '{{ r.stdout_lines | join(",") }}', '{{ r.stdout ~ name }}', '{{ r.stdout | replace("x", "y") }}']) {
      const out = renderTemplate(template, vars);
      expect(isUnsafe(out), template).toBe(true);
      expect(String(out), template).not.toContain('s3cret');
    }
    expect(String(renderTemplate('{{ r.stdout | upper }}', vars))).toBe(' {{ SECRET }} ');
  });

  it('a container built from host data has its strings marked', () => {
    const vars = { ...playbookVars, r: registered('{{ name }}') };
    const copy = renderTemplate('{{ r | combine({"extra": "x"}) }}', vars) as Record<string, unknown>;
    expect(isUnsafe(copy.stdout)).toBe(true);
    expect(isUnsafe(copy.extra)).toBe(true);
    expect(toPlain(copy)).toEqual({ rc: 0, stdout: '{{ name }}', stdout_lines: ['{{ name }}'], changed: true, extra: 'x' });
  });

  it('taint is conservative: reading any variable that holds host data anywhere marks the result', () => {
    const vars = { ...playbookVars, r: registered('x') };
    expect(isUnsafe(renderTemplate('{{ name }}-{{ r.rc }}', vars))).toBe(true);
  });

  it('dict keys from a host count as host data, though a key cannot be marked', () => {
    const vars = { ...playbookVars, r: taint({ data: { '{{ secret }}': 1 } }) };
    const key = renderTemplate('{{ r.data | list | first }}', vars);
    expect(isUnsafe(key)).toBe(true);
    expect(String(key)).toBe('{{ secret }}');
    expect(isUnsafe(renderTemplate('{{ r.data | dict2items | map(attribute="key") | join }}', vars))).toBe(true);
  });

  it('numbers and booleans computed from host data stay native values', () => {
    const vars = { r: registered('42') };
    expect(renderTemplate('{{ r.stdout | int }}', vars)).toBe(42);
    expect(renderTemplate('{{ r.stdout == "42" }}', vars)).toBe(true);
    expect(renderTemplate('{{ r.rc }}', vars)).toBe(0);
  });

  it('conditions see the text of unsafe values', () => {
    const vars = { r: registered(''), s: new UnsafeText('yes') };
    expect(evaluateCondition('r.stdout', vars)).toBe(false);
    expect(evaluateCondition('s', vars)).toBe(true);
    expect(evaluateCondition('s == "yes"', vars)).toBe(true);
    expect(evaluateCondition('r.stdout_lines | length == 1', vars)).toBe(true);
  });

  it('playbook data stays plain', () => {
    expect(isUnsafe(renderTemplate('{{ name }}', playbookVars))).toBe(false);
    expect(isUnsafe(renderTemplate('x {{ name }}', playbookVars))).toBe(false);
    expect(renderTemplate('{{ [name] }}', playbookVars)).toEqual(['web']);
  });

  it('unsafe text prints and serialises as its text', () => {
    const text = new UnsafeText('{{ a }}');
    expect(String(text)).toBe('{{ a }}');
    expect(`${text}`).toBe('{{ a }}');
    expect(JSON.stringify({ text, list: [text] })).toBe('{"text":"{{ a }}","list":["{{ a }}"]}');
  });

  it('toPlain keeps a key named __proto__ as data', () => {
    const plain = toPlain(taint(JSON.parse('{"__proto__": {"polluted": "yes"}}') as Record<string, unknown>));
    expect(Object.keys(plain)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
