import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../src/core/errors.js';
import { renderTemplate } from '../../../src/template/index.js';

const vars = {
  name: 'Web',
  empty: '',
  nothing: null,
  zero: 0,
  items: [3, 1, 2],
  users: [
    { name: 'ann', uid: 1002, admin: true },
    { name: 'bob', uid: 1001, admin: false },
  ],
  conf: { port: 80, tls: { enabled: false } },
};

const render = (text: string, extra: Record<string, unknown> = {}) => renderTemplate(text, { ...vars, ...extra });

describe('default / d', () => {
  it('replaces an undefined variable', () => {
    expect(render('{{ missing | default(5) }}')).toBe(5);
    expect(render('{{ missing | d("x") }}')).toBe('x');
  });

  it('keeps defined values, even empty or none, unless the second argument asks for falsy ones too', () => {
    expect(render('{{ empty | default("x") }}')).toBe('');
    expect(render('{{ nothing | default("x") }}')).toBe(null);
    expect(render('{{ empty | default("x", true) }}')).toBe('x');
    expect(render('{{ zero | d(7, true) }}')).toBe(7);
  });

  it('reaches through missing attributes of undefined parents', () => {
    expect(render('{{ conf.tls.cert.path | default("none") }}')).toBe('none');
    expect(render('{{ missing.a.b | default([]) }}')).toEqual([]);
  });
});

describe('bool', () => {
  it.each([
    ['yes', true], ['on', true], ['1', true], ['true', true], ['True', true], ['YES', true],
    ['no', false], ['off', false], ['0', false], ['false', false], ['anything', false], ['', false],
  ])('%j is %s', (input, expected) => {
    expect(render('{{ v | bool }}', { v: input })).toBe(expected);
  });

  it('takes booleans as they are, 1 as true and none as false', () => {
    expect(render('{{ true | bool }}')).toBe(true);
    expect(render('{{ 1 | bool }}')).toBe(true);
    expect(render('{{ 2 | bool }}')).toBe(false);
    expect(render('{{ nothing | bool }}')).toBe(false);
  });
});

describe('int and float', () => {
  it('converts numeric strings and floats', () => {
    expect(render('{{ "42" | int }}')).toBe(42);
    expect(render('{{ " -7 " | int }}')).toBe(-7);
    expect(render('{{ "3.7" | int }}')).toBe(3);
    expect(render('{{ 3.9 | int }}')).toBe(3);
    expect(render('{{ true | int }}')).toBe(1);
    expect(render('{{ "2.5" | float }}')).toBe(2.5);
    expect(render('{{ 3 | float }}')).toBe(3);
  });

  it('falls back to the default for what is not a number', () => {
    expect(render('{{ "abc" | int }}')).toBe(0);
    expect(render('{{ "abc" | int(9) }}')).toBe(9);
    expect(render('{{ nothing | int }}')).toBe(0);
    expect(render('{{ "x" | float }}')).toBe(0);
    expect(render('{{ "x" | float(1.5) }}')).toBe(1.5);
  });

  it('parses other bases when asked', () => {
    expect(render('{{ "ff" | int(base=16) }}')).toBe(255);
    expect(render('{{ "0x1A" | int(0, 16) }}')).toBe(26);
    expect(render('{{ "0x1A" | int }}')).toBe(0);
    expect(render('{{ "0755" | int(base=8) }}')).toBe(493);
  });
});

describe('string', () => {
  it('prints values as Python does', () => {
    expect(render('{{ 5 | string }}')).toBe('5');
    expect(render('{{ nothing | string }}')).toBe('None');
    expect(render('{{ true | string }}')).toBe('True');
    expect(render('{{ ["a", 1] | string }}')).toBe("['a', 1]");
  });
});

describe('text filters', () => {
  it('lower, upper and trim', () => {
    expect(render('{{ name | lower }}')).toBe('web');
    expect(render('{{ name | upper }}')).toBe('WEB');
    expect(render('{{ "  a b \n" | trim }}')).toBe('a b');
  });

  it('length of strings, lists and dicts', () => {
    expect(render('{{ name | length }}')).toBe(3);
    expect(render('{{ items | length }}')).toBe(3);
    expect(render('{{ conf | length }}')).toBe(2);
  });

  it('join and split', () => {
    expect(render('{{ items | join(",") }}')).toBe('3,1,2');
    expect(render('{{ ["a", "b"] | join }}')).toBe('ab');
    expect(render('{{ "a,b,c" | split(",") }}')).toEqual(['a', 'b', 'c']);
    expect(render('{{ "a  b\tc" | split }}')).toEqual(['a', 'b', 'c']);
  });

  it('replace, with an optional count', () => {
    expect(render('{{ "a-b-c" | replace("-", "+") }}')).toBe('a+b+c');
    expect(render('{{ "a-b-c" | replace("-", "+", 1) }}')).toBe('a+b-c');
  });

  it('regex_search returns the match, chosen groups, or none', () => {
    expect(render("{{ 'version 12.3' | regex_search('[0-9.]+') }}")).toBe('12.3');
    expect(render("{{ 'version 12.3' | regex_search('(\\d+)\\.(\\d+)', '\\2', '\\1') }}")).toEqual(['3', '12']);
    expect(render("{{ 'id=7' | regex_search('id=(?P<id>\\d)', '\\g<id>') }}")).toEqual(['7']);
    expect(render("{{ 'abc' | regex_search('x') }}")).toBe(null);
    expect(render("{{ 'ABC' | regex_search('b', ignorecase=true) }}")).toBe('B');
  });

  it('regex_replace with Python backreferences', () => {
    expect(render("{{ 'host.example.com' | regex_replace('\\.', '-') }}")).toBe('host-example-com');
    expect(render("{{ 'a1b2' | regex_replace('([a-z])(\\d)', '\\2\\1') }}")).toBe('1a2b');
    expect(render("{{ 'k=v' | regex_replace('(?P<k>\\w)=(?P<v>\\w)', '\\g<v>=\\g<k>') }}")).toBe('v=k');
    expect(render("{{ 'aaa' | regex_replace('a', 'b', count=2) }}")).toBe('bba');
    expect(render("{{ 'Foo' | regex_replace('^f', 'g', ignorecase=true) }}")).toBe('goo');
  });

  it('regex_replace treats $ as Python does, before a final newline', () => {
    expect(render("{{ v | regex_replace('x$', 'y') }}", { v: 'ax\n' })).toBe('ay\n');
  });

  it('an invalid regular expression is a template error', () => {
    expect(() => render("{{ 'a' | regex_search('(') }}")).toThrow(TemplateError);
  });

  it('quote makes one POSIX shell word', () => {
    expect(render('{{ "simple-word_1.txt" | quote }}')).toBe('simple-word_1.txt');
    expect(render('{{ "two words" | quote }}')).toBe("'two words'");
    expect(render('{{ v | quote }}', { v: "it's $HOME" })).toBe(`'it'"'"'s $HOME'`);
    expect(render('{{ "" | quote }}')).toBe("''");
    expect(render('{{ nothing | quote }}')).toBe("''");
  });

  it('basename and dirname follow os.path', () => {
    expect(render('{{ "/etc/ssh/sshd_config" | basename }}')).toBe('sshd_config');
    expect(render('{{ "/etc/ssh/" | basename }}')).toBe('');
    expect(render('{{ "/etc/ssh/sshd_config" | dirname }}')).toBe('/etc/ssh');
    expect(render('{{ "/etc" | dirname }}')).toBe('/');
    expect(render('{{ "file" | dirname }}')).toBe('');
  });

  it('b64encode and b64decode round-trip UTF-8', () => {
    expect(render('{{ "héllo" | b64encode }}')).toBe('aMOpbGxv');
    expect(render('{{ "aMOpbGxv" | b64decode }}')).toBe('héllo');
    expect(() => render('{{ "not base64!" | b64decode }}')).toThrow('invalid base64');
  });
});

describe('JSON and YAML', () => {
  it('to_json writes Python json.dumps style', () => {
    expect(render('{{ {"a": [1, true, none], "b": "é"} | to_json }}')).toBe('{"a": [1, true, null], "b": "\\u00e9"}');
    expect(render('{{ [1] | to_json(indent=2) }}')).toBe('[\n  1\n]');
    expect(render('{{ "é" | to_json(ensure_ascii=false) }}')).toBe('"é"');
  });

  it('from_json parses, and reports bad JSON', () => {
    expect(render('{{ v | from_json }}', { v: '{"a": [1, 2]}' })).toEqual({ a: [1, 2] });
    expect(() => render('{{ "{nope" | from_json }}')).toThrow(/^from_json: /);
  });

  it('to_yaml writes sorted keys with scalar-only collections inline', () => {
    expect(render('{{ {"b": [1, 2], "a": {"x": "yes"}} | to_yaml }}')).toBe("a: {x: 'yes'}\nb: [1, 2]\n");
    expect(render('{{ {"a": {"b": {"c": 1}}} | to_yaml }}')).toBe('a:\n  b: {c: 1}\n');
  });

  it('from_yaml reads YAML 1.1 as Ansible does', () => {
    expect(render('{{ v | from_yaml }}', { v: 'a: yes\nb: [1, two]\n' })).toEqual({ a: true, b: [1, 'two'] });
  });
});

describe('lists', () => {
  it('first and last', () => {
    expect(render('{{ items | first }}')).toBe(3);
    expect(render('{{ items | last }}')).toBe(2);
    expect(render('{{ "abc" | first }}')).toBe('a');
  });

  it('min and max, also by attribute', () => {
    expect(render('{{ items | min }}')).toBe(1);
    expect(render('{{ items | max }}')).toBe(3);
    expect(render('{{ users | min(attribute="uid") }}')).toEqual(vars.users[1]);
    expect(render('{{ users | max(attribute="uid") }}')).toEqual(vars.users[0]);
    expect(render('{{ [] | max }}')).toBe(null);
  });

  it('sum of numbers, by attribute, and of lists with start=[]', () => {
    expect(render('{{ items | sum }}')).toBe(6);
    expect(render('{{ users | sum(attribute="uid") }}')).toBe(2003);
    expect(render('{{ [[1], [2, 3]] | sum(start=[]) }}')).toEqual([1, 2, 3]);
    expect(() => render('{{ ["a"] | sum }}')).toThrow("unsupported operand type(s) for +: 'int' and 'str'");
  });

  it('unique and sort', () => {
    expect(render('{{ [1, 2, 1, 3, 2] | unique }}')).toEqual([1, 2, 3]);
    expect(render('{{ items | sort }}')).toEqual([1, 2, 3]);
    expect(render('{{ items | sort(reverse=true) }}')).toEqual([3, 2, 1]);
    expect(render('{{ users | sort(attribute="uid") | map(attribute="name") | list }}')).toEqual(['bob', 'ann']);
  });

  it('map by attribute or by filter', () => {
    expect(render('{{ users | map(attribute="name") | list }}')).toEqual(['ann', 'bob']);
    expect(render('{{ ["a", "b"] | map("upper") | list }}')).toEqual(['A', 'B']);
    expect(render('{{ ["1", "x"] | map("int") | list }}')).toEqual([1, 0]);
  });

  it('select and reject by test', () => {
    expect(render('{{ [1, 2, 3, 4] | select("even") | list }}')).toEqual([2, 4]);
    expect(render('{{ [1, 2, 3, 4] | reject("even") | list }}')).toEqual([1, 3]);
    expect(render('{{ ["web1", "db1"] | select("match", "web") | list }}')).toEqual(['web1']);
  });

  it('selectattr and rejectattr', () => {
    expect(render('{{ users | selectattr("admin") | map(attribute="name") | list }}')).toEqual(['ann']);
    expect(render('{{ users | rejectattr("admin") | map(attribute="name") | list }}')).toEqual(['bob']);
    expect(render('{{ users | selectattr("uid", "equalto", 1001) | map(attribute="name") | list }}')).toEqual(['bob']);
    expect(render('{{ users | selectattr("name", "search", "^a") | map(attribute="uid") | list }}')).toEqual([1002]);
  });
});

describe('dicts', () => {
  it('dict2items and items2dict, with custom key names', () => {
    expect(render('{{ {"a": 1, "b": 2} | dict2items }}')).toEqual([{ key: 'a', value: 1 }, { key: 'b', value: 2 }]);
    expect(render('{{ {"a": 1} | dict2items(key_name="k", value_name="v") }}')).toEqual([{ k: 'a', v: 1 }]);
    expect(render('{{ [{"key": "a", "value": 1}] | items2dict }}')).toEqual({ a: 1 });
    expect(render('{{ [{"n": "a", "v": 1}] | items2dict(key_name="n", value_name="v") }}')).toEqual({ a: 1 });
  });

  it('dict2items and items2dict reject the wrong input type', () => {
    expect(() => render('{{ [1] | dict2items }}')).toThrow("dict2items requires a dictionary, got <class 'list'> instead.");
    expect(() => render('{{ {"a": 1} | items2dict }}')).toThrow("items2dict requires a list, got <class 'dict'> instead.");
    expect(() => render('{{ [{"a": 1}] | items2dict }}')).toThrow("items2dict requires each dictionary in the list to contain the keys 'key' and 'value'");
  });

  it('combine merges left to right, recursively on request', () => {
    expect(render('{{ conf | combine({"port": 8080}) }}')).toEqual({ port: 8080, tls: { enabled: false } });
    expect(render('{{ conf | combine({"tls": {"cert": "c"}}) }}')).toEqual({ port: 80, tls: { cert: 'c' } });
    expect(render('{{ conf | combine({"tls": {"cert": "c"}}, recursive=true) }}')).toEqual({ port: 80, tls: { enabled: false, cert: 'c' } });
    expect(render('{{ [{"a": 1}, {"b": 2}] | combine }}')).toEqual({ a: 1, b: 2 });
    expect(render('{{ {"a": 1} | combine({"b": 2}, {"a": 3}) }}')).toEqual({ a: 3, b: 2 });
  });

  it('combine merges lists as list_merge says', () => {
    const lists = { x: { l: [1, 2] }, y: { l: [2, 3] } };
    expect(renderTemplate('{{ x | combine(y) }}', lists)).toEqual({ l: [2, 3] });
    expect(renderTemplate('{{ x | combine(y, list_merge="append") }}', lists)).toEqual({ l: [1, 2, 2, 3] });
    expect(renderTemplate('{{ x | combine(y, list_merge="prepend") }}', lists)).toEqual({ l: [2, 3, 1, 2] });
    expect(renderTemplate('{{ x | combine(y, list_merge="append_rp") }}', lists)).toEqual({ l: [1, 2, 3] });
    expect(renderTemplate('{{ x | combine(y, list_merge="keep") }}', lists)).toEqual({ l: [1, 2] });
    expect(() => renderTemplate('{{ x | combine(y, list_merge="bad") }}', lists)).toThrow("'list_merge' argument can only be");
  });

  it('combine rejects what is not a dict', () => {
    expect(() => render('{{ conf | combine(1) }}')).toThrow('|combine expects dictionaries, got');
  });
});

describe('mandatory and ternary', () => {
  it('mandatory passes defined values and fails undefined ones with Ansible wording', () => {
    expect(render('{{ name | mandatory }}')).toBe('Web');
    expect(render('{{ nothing | mandatory }}')).toBe(null);
    expect(() => render('{{ missing | mandatory }}')).toThrow("Mandatory variable 'missing' not defined.");
    expect(() => render('{{ conf.nope | mandatory }}')).toThrow("Mandatory variable 'nope' not defined.");
    expect(() => render('{{ missing | mandatory("set missing first") }}')).toThrow('set missing first');
  });

  it('ternary picks by truthiness, with an optional value for none', () => {
    expect(render('{{ (zero == 0) | ternary("yes", "no") }}')).toBe('yes');
    expect(render('{{ empty | ternary("yes", "no") }}')).toBe('no');
    expect(render('{{ nothing | ternary("yes", "no", "null") }}')).toBe('null');
    expect(render('{{ nothing | ternary("yes", "no") }}')).toBe('no');
  });
});

describe('filters on undefined input', () => {
  it.each(['to_json', 'bool', 'int', 'string', 'quote', 'combine', 'b64encode'])('%s reports the undefined variable', (filter) => {
    expect(() => render(`{{ missing | ${filter} }}`)).toThrow("'missing' is undefined");
  });

  it('an unknown filter is a template error', () => {
    expect(() => render('{{ 1 | no_such_filter }}')).toThrow("no filter named 'no_such_filter'");
  });
});
