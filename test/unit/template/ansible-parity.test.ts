/**
 * Every case of test/fixtures/ansible-jinja/cases.json rendered by castoff against what
 * ansible-core 2.14 rendered (expected.json, written by regenerate.py beside it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../src/core/errors.js';
import { renderTemplate } from '../../../src/template/index.js';
import { pyStr } from '../../../src/template/python.js';

interface Case {
  template: string;
  vars?: Record<string, unknown>;
}
type Expected = { template: string; value: unknown } | { template: string; error: string };

const dir = new URL('../../fixtures/ansible-jinja/', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8')) as Case[];
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Expected[];

/**
 * Where castoff knowingly differs, with what castoff gives instead (README lists these):
 * floats without a fractional part print without `.0`, tuples are lists, an unknown filter is
 * worded as Jinja2 words it, Ansible says some errors twice, the engine hands dicts over with sorted keys, and `from_yaml` reads
 * YAML 1.1's `y`/`n` as booleans where PyYAML keeps them as text.
 */
const DIFFERENCES: Record<string, unknown> = {
  '{{ d | to_json }}': '{"a": "\\u00e9", "b": 1}',
  "{{ 'a: 1\nb: [x, y]' | from_yaml }}": { a: 1, b: ['x', true] },
  '{{ 8 | log(2) }}': 3,
  '{{ 2 | pow(10) }}': 1024,
  '{{ 27 | root(3) }}': 3,
  "{{ ('2024-03-01' | to_datetime('%Y-%m-%d') - '2023-03-01' | to_datetime('%Y-%m-%d')).total_seconds() }}": 31622400,
  "{{ '/etc/a/b.tar.gz' | splitext }}": ['/etc/a/b.tar', '.gz'],
  "{{ '/etc/.bashrc' | splitext }}": ['/etc/.bashrc', ''],
  "{{ 'C:\\\\Users\\\\me' | win_splitdrive }}": ['C:', '\\\\Users\\\\me'],
  "{{ 'a much longer password than sixteen' | password_hash('sha256', 'abcdefghijklmnopq', rounds=5000) }}": new TemplateError(
    'Could not hash the secret.. salt too large (sha256_crypt requires <= 16 chars)',
  ),
  '{{ 1 | nope }}': new TemplateError("template error while templating string: no filter named 'nope'. String: {{ 1 | nope }}"),
};

function outcome(item: Case): unknown {
  try {
    return renderTemplate(item.template, item.vars ?? {});
  } catch (error) {
    return error;
  }
}

describe('filters and tests match ansible-core 2.14', () => {
  it('has an expectation for every case', () => {
    expect(expected.map((e) => e.template)).toEqual(cases.map((c) => c.template));
  });

  for (const [i, item] of cases.entries()) {
    const want = expected[i];
    it(item.template, () => {
      const got = outcome(item);
      if (Object.hasOwn(DIFFERENCES, item.template)) {
        const difference = DIFFERENCES[item.template];
        if (difference instanceof Error) expect((got as Error).message).toBe(difference.message);
        else expect(got).toEqual(difference);
        return;
      }
      if ('error' in want) {
        expect(got).toBeInstanceOf(TemplateError);
        expect((got as Error).message).toBe(want.error);
        return;
      }
      if (got instanceof Error) throw got;
      // Ansible 2.14 (not native) hands a lone number back as text; castoff keeps the number.
      if (typeof want.value === 'string' && typeof got !== 'string') expect(pyStr(got)).toBe(want.value);
      else expect(got).toEqual(want.value);
    });
  }
});
