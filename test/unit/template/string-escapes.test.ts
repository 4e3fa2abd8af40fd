import { describe, expect, it } from 'vitest';
import { evaluateCondition, renderTemplate, renderTemplateText } from '../../../src/template/index.js';
import { decodePythonEscapes } from '../../../src/template/string-literals.js';

// Expected values are what ansible-core 2.14 prints for the same text.
describe('string literals as Ansible reads them', () => {
  it('keeps regex escapes in a task string: regex_replace with \\d', () => {
    expect(renderTemplate(String.raw`{{ 'a1 b22' | regex_replace('\d+', 'N') }}`, {})).toBe('aN bN');
  });

  it('expands a named group reference in the replacement', () => {
    expect(renderTemplate(String.raw`{{ 'aa' | regex_replace('(?P<x>a)', '\g<x>+') }}`, {})).toBe('a+a+');
  });

  it('matches with \\d and \\. in a when: condition', () => {
    expect(evaluateCondition(String.raw`v is match('^j\d+\.\d+$')`, { v: 'j1.22' })).toBe(true);
    expect(evaluateCondition(String.raw`v is match('^j\d+\.\d+$')`, { v: 'j1x22' })).toBe(false);
    expect(evaluateCondition(String.raw`{{ v is search('\s') }}`, { v: 'a b' })).toBe(true);
  });

  it("takes literals inside a task string's {{ }} verbatim, as Ansible doubles their backslashes", () => {
    expect(renderTemplate(String.raw`{{ 'a\tb\d' }}`, {})).toBe(String.raw`a\tb\d`);
    expect(renderTemplate(String.raw`x {{ 'a\n' }}`, {})).toBe(String.raw`x a\n`);
  });

  it("applies Python's rules in {% %} of a task string and in bare conditions", () => {
    expect(renderTemplate(String.raw`{% if 'a\nb\d\x41' == 'a' ~ '\n' ~ 'b\\d' ~ 'A' %}py{% endif %}`, {})).toBe('py');
    expect(evaluateCondition(String.raw`'a\nb' == 'a' + '\n' + 'b'`, {})).toBe(true);
    expect(evaluateCondition(String.raw`'a\tb' | length == 3`, {})).toBe(true);
    expect(evaluateCondition(String.raw`'a\d' | length == 3`, {})).toBe(true);
  });

  it("applies Python's rules in a template file's {{ }}", () => {
    expect(renderTemplateText(String.raw`{{ 'a\tb\d' }}`, {})).toBe('a\tb\\d');
    expect(renderTemplateText(String.raw`{{ 'x.y' | regex_replace('\.', '-') }}` + '\n', {})).toBe('x-y\n');
  });

  it('reads dict keys written with escapes', () => {
    expect(renderTemplate(String.raw`{{ d['a\d'] }}`, { d: { 'a\\d': 1 } })).toBe(1);
  });
});

describe('decodePythonEscapes', () => {
  it('decodes the escapes Python knows and keeps the others', () => {
    expect(decodePythonEscapes(String.raw`\\ \' \" \a\b\f\n\r\t\v`)).toBe('\\ \' " \x07\b\f\n\r\t\v');
    expect(decodePythonEscapes('\\101\\x41\\u00e9\\U0001F600')).toBe('AAé😀');
    expect(decodePythonEscapes('\\d\\s\\.\\w\\g<x>\\xZZ\\')).toBe('\\d\\s\\.\\w\\g<x>\\xZZ\\');
    expect(decodePythonEscapes('a\\\nb')).toBe('ab');
  });
});
