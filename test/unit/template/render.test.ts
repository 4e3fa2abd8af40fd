import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../src/core/errors.js';
import { OMIT, isOmit, isTemplated, renderTemplate, renderValue } from '../../../src/template/index.js';

const vars = {
  port: 8080,
  name: 'web',
  flag: true,
  nothing: null,
  result: { rc: 0, stdout: 'ok', stdout_lines: ['ok'], nested: { deep: [10, 20] } },
  servers: ['a', 'b'],
};

describe('native values for a string that is one expression', () => {
  it('keeps the type of the value', () => {
    expect(renderTemplate('{{ 3 }}', vars)).toBe(3);
    expect(renderTemplate('{{ 1.5 }}', vars)).toBe(1.5);
    expect(renderTemplate('{{ [1, 2] }}', vars)).toEqual([1, 2]);
    expect(renderTemplate("{{ 'a' }}", vars)).toBe('a');
    expect(renderTemplate('{{ true }}', vars)).toBe(true);
    expect(renderTemplate('{{ none }}', vars)).toBe(null);
    expect(renderTemplate('{{ {"a": 1} }}', vars)).toEqual({ a: 1 });
  });

  it('returns variables as they are: dicts, lists, numbers', () => {
    expect(renderTemplate('{{ result }}', vars)).toEqual(vars.result);
    expect(renderTemplate('{{ port }}', vars)).toBe(8080);
    expect(renderTemplate('{{ servers }}', vars)).toEqual(['a', 'b']);
    expect(renderTemplate('{{ nothing }}', vars)).toBe(null);
  });

  it('follows attributes, keys and indexes, including Jinja\'s x.0', () => {
    expect(renderTemplate('{{ result.rc }}', vars)).toBe(0);
    expect(renderTemplate("{{ result['stdout'] }}", vars)).toBe('ok');
    expect(renderTemplate('{{ result.nested.deep.1 }}', vars)).toBe(20);
    expect(renderTemplate('{{ result.nested.deep[0] + 1 }}', vars)).toBe(11);
    expect(renderTemplate('{{ servers.0 | upper }}', vars)).toBe('A');
  });

  it('allows whitespace control markers', () => {
    expect(renderTemplate('{{- port -}}', vars)).toBe(8080);
  });

  it('computes expressions natively', () => {
    expect(renderTemplate('{{ port + 1 }}', vars)).toBe(8081);
    expect(renderTemplate('{{ servers | length > 1 }}', vars)).toBe(true);
    expect(renderTemplate('{{ name ~ "-" ~ port }}', vars)).toBe('web-8080');
  });
});

describe('mixed strings', () => {
  it('render to a string with values printed as Python prints them', () => {
    expect(renderTemplate('port={{ port }}', vars)).toBe('port=8080');
    expect(renderTemplate('{{ name }}:{{ port }}', vars)).toBe('web:8080');
    expect(renderTemplate('flag={{ flag }} none={{ nothing }}', vars)).toBe('flag=True none=None');
    expect(renderTemplate('list={{ servers }}', vars)).toBe("list=['a', 'b']");
    expect(renderTemplate('d={{ {"k": "v", "n": none} }}', vars)).toBe("d={'k': 'v', 'n': None}");
  });

  it('a string with text around one expression is a string', () => {
    expect(renderTemplate(' {{ port }}', vars)).toBe(' 8080');
    expect(renderTemplate('{{ port }}\n', vars)).toBe('8080\n');
  });

  it('supports statements, loops and comments', () => {
    expect(renderTemplate('{% for s in servers %}{{ s }};{% endfor %}', vars)).toBe('a;b;');
    expect(renderTemplate('{% if flag %}on{% else %}off{% endif %}', vars)).toBe('on');
    expect(renderTemplate('{% set x = port * 2 %}{{ x }}', vars)).toBe('16160');
    expect(renderTemplate('a{# note #}b', vars)).toBe('ab');
    expect(renderTemplate('{% raw %}{{ port }}{% endraw %}', vars)).toBe('{{ port }}');
  });

  it('supports filter blocks, macros, with, namespaces and recursive loops', () => {
    expect(renderTemplate('{% filter upper %}ab{{ name }}{% endfilter %}', vars)).toBe('ABWEB');
    expect(renderTemplate('{% macro tag(v, sep="=") %}{{ name }}{{ sep }}{{ v }}{% endmacro %}{{ tag(port) }}', vars)).toBe('web=8080');
    expect(renderTemplate('{% with p = port + 1 %}{{ p }}{% endwith %}', vars)).toBe('8081');
    expect(renderTemplate('{% set ns = namespace(n=0) %}{% for s in servers %}{% set ns.n = ns.n + 1 %}{% endfor %}{{ ns.n }}', vars)).toBe('2');
    expect(renderTemplate('{% for s in servers recursive %}{{ loop.index }}{% endfor %}', vars)).toBe('12');
  });

  it('keeps string literals that look like delimiters', () => {
    expect(renderTemplate("{{ '}}' }}", vars)).toBe('}}');
    expect(renderTemplate("x{{ '}} {{' }}y", vars)).toBe('x}} {{y');
    expect(renderTemplate('{{ {"a": {"b": 1}} }}', vars)).toEqual({ a: { b: 1 } });
  });

  it('plain strings come back untouched, without the engine', () => {
    expect(renderTemplate('echo hello', vars)).toBe('echo hello');
    expect(renderTemplate('awk "{print $1}"', vars)).toBe('awk "{print $1}"');
    expect(renderTemplate('', vars)).toBe('');
  });
});

describe('undefined variables', () => {
  it("use Ansible's wording", () => {
    expect(() => renderTemplate('{{ x }}', vars)).toThrow(new TemplateError("'x' is undefined"));
    expect(() => renderTemplate('value: {{ x }}', vars)).toThrow("'x' is undefined");
    expect(() => renderTemplate('{{ x + 1 }}', vars)).toThrow("'x' is undefined");
    expect(() => renderTemplate('{{ x.y }}', vars)).toThrow("'x' is undefined");
  });

  it('name the missing attribute and the type it was looked up on', () => {
    expect(() => renderTemplate('{{ result.y }}', vars)).toThrow("'dict object' has no attribute 'y'");
    expect(() => renderTemplate('a {{ result.nested.nope }} b', vars)).toThrow("'dict object' has no attribute 'nope'");
    expect(() => renderTemplate('{{ result.stdout.y }}', vars)).toThrow("'str object' has no attribute 'y'");
    expect(() => renderTemplate('{{ servers.5 }}', vars)).toThrow('list object has no element 5');
    expect(() => renderTemplate('{{ nothing.y }}', vars)).toThrow("'None' has no attribute 'y'");
    expect(() => renderTemplate('{{ result.y | upper }}', vars)).toThrow("'dict object' has no attribute 'y'");
    expect(() => renderTemplate('{{ [result.y] }}', vars)).toThrow("'dict object' has no attribute 'y'");
  });

  it('report the undefined one among several variables', () => {
    expect(() => renderTemplate('{{ name }}-{{ port }}-{{ zone }}', vars)).toThrow("'zone' is undefined");
    expect(() => renderTemplate('{{ (name ~ suffix) | upper }}', vars)).toThrow("'suffix' is undefined");
    expect(() => renderTemplate('{% for s in servers %}{{ s ~ tail }}{% endfor %}', vars)).toThrow("'tail' is undefined");
    expect(() => renderTemplate('{{ missing | lower }}', vars)).toThrow("'missing' is undefined");
  });

  it('are fine when defaulted or tested', () => {
    expect(renderTemplate('{{ x | default("d") }}', vars)).toBe('d');
    expect(renderTemplate('{{ x is defined }}', vars)).toBe(false);
    expect(renderTemplate('{{ x.y.z | default(1) }}', vars)).toBe(1);
    expect(renderTemplate('{% if x is defined %}{{ x }}{% else %}none{% endif %}', vars)).toBe('none');
    expect(renderTemplate('{{ x if x is defined else "fallback" }}', vars)).toBe('fallback');
  });

  it('a variable defined in the template is not mistaken for a missing one', () => {
    expect(renderTemplate('{% for s in servers %}{{ s }}{% endfor %}', vars)).toBe('ab');
    expect(renderTemplate('{% set missing = 1 %}{{ missing }}', vars)).toBe('1');
  });
});

describe('errors', () => {
  it('a syntax error names the template as the user wrote it', () => {
    expect(() => renderTemplate('{{ 1 + }}', vars)).toThrow(/^template error while templating string: syntax error: .*\. String: \{\{ 1 \+ \}\}$/);
    expect(() => renderTemplate('a {% if %} b', vars)).toThrow('template error while templating string');
  });

  it('an unterminated expression is a template error', () => {
    expect(() => renderTemplate('{{ port', vars)).toThrow(TemplateError);
    expect(() => renderTemplate("{{ 'open }}", vars)).toThrow(TemplateError);
  });

  it('a failing filter does not break later renders', () => {
    expect(() => renderTemplate('{{ [1] | dict2items }}', vars)).toThrow('dict2items requires a dictionary');
    expect(renderTemplate('{{ port + 1 }}', vars)).toBe(8081);
  });
});

describe('omit', () => {
  it('{{ omit }} and default(omit) yield the OMIT sentinel', () => {
    expect(renderTemplate('{{ omit }}', vars)).toBe(OMIT);
    expect(isOmit(renderTemplate('{{ missing | default(omit) }}', vars))).toBe(true);
    expect(isOmit(renderTemplate('{{ port | default(omit) }}', vars))).toBe(false);
  });

  it('stays in place inside rendered arguments so the caller can drop them', () => {
    const args = renderValue({ mode: '{{ mode | default(omit) }}', path: '/tmp/x' }, vars);
    expect(isOmit(args.mode)).toBe(true);
    expect(args.path).toBe('/tmp/x');
  });

  it('isOmit is false for ordinary values', () => {
    expect(isOmit('omit')).toBe(false);
    expect(isOmit(null)).toBe(false);
  });
});

describe('renderValue', () => {
  it('renders strings inside nested dicts and lists, keeping keys and other types', () => {
    const input = { cmd: 'echo {{ name }}', opts: ['{{ port }}', 2, true, null], env: { PORT: '{{ port }}' }, '{{ key }}': 'k' };
    expect(renderValue(input, vars)).toEqual({ cmd: 'echo web', opts: [8080, 2, true, null], env: { PORT: 8080 }, '{{ key }}': 'k' });
  });

  it('does not modify its input', () => {
    const input = { cmd: '{{ name }}' };
    renderValue(input, vars);
    expect(input).toEqual({ cmd: '{{ name }}' });
  });

  it('renders a bare string too', () => {
    expect(renderValue('{{ port }}', vars)).toBe(8080);
  });
});

describe('isTemplated', () => {
  it('detects expressions, statements and comments', () => {
    expect(isTemplated('{{ x }}')).toBe(true);
    expect(isTemplated('{% if x %}{% endif %}')).toBe(true);
    expect(isTemplated('{# c #}')).toBe(true);
    expect(isTemplated('plain {text}')).toBe(false);
  });
});
