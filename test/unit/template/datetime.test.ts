/**
 * `to_datetime` values in templates: subtraction through the minus rewrite, methods, printing,
 * and the rewrite's precedence (cases checked against Python 3.11's datetime).
 */
import { describe, expect, it } from 'vitest';
import { renderTemplate, renderTemplateText, evaluateCondition } from '../../../src/template/index.js';
import { rewriteMinus } from '../../../src/template/minus-rewrite.js';
import { PyRandom } from '../../../src/template/py-random.js';

describe('minus rewrite', () => {
  it('leaves texts without to_datetime alone', () => {
    expect(rewriteMinus('(a - b) | x', 'expression')).toBe('(a - b) | x');
  });

  it('follows left associativity and precedence', () => {
    expect(rewriteMinus('a - b - c | to_datetime', 'expression')).toBe('__castoff_minus(__castoff_minus(a , b) , c | to_datetime)');
    expect(rewriteMinus('x + a - b * 2 > -1 and to_datetime', 'expression')).toBe('__castoff_minus(x + a , b * 2) > -1 and to_datetime');
    expect(rewriteMinus('f(a - b, -c) ~ to_datetime', 'expression')).toBe('f(__castoff_minus(a , b), -c) ~ to_datetime');
  });

  it('keeps arithmetic right where to_datetime appears', () => {
    expect(renderTemplate("{{ 10 - 3 - 2 - -1 if 'x' | to_datetime('x') else 0 }}", {})).toBe(6);
    expect(renderTemplate("{{ 2 ** 3 - 1 + 4 - 2 * 3 }}{{ 'x' | to_datetime('x') }}", {})).toBe('51900-01-01 00:00:00');
  });
});

describe('datetime values', () => {
  const vars = { a: '2024-03-01 12:00:00', b: '2024-02-29 23:59:59.5' };

  it('subtracts into a timedelta with days, seconds and total_seconds()', () => {
    expect(renderTemplate("{{ (a | to_datetime - b | to_datetime('%Y-%m-%d %H:%M:%S.%f')).total_seconds() }}", vars)).toBe(43200.5);
    expect(renderTemplate("{{ b | to_datetime('%Y-%m-%d %H:%M:%S.%f') - a | to_datetime }}", vars)).toBe('-1 day, 11:59:59.500000');
    expect(evaluateCondition("(a | to_datetime - '2024-01-01' | to_datetime('%Y-%m-%d')).days > 30", vars)).toBe(true);
  });

  it('works in template files, in set statements and comparisons', () => {
    const text = "{% set d = (a | to_datetime - '2024-02-01 00:00:00' | to_datetime) %}{{ d.days }} {{ d }} {{ a | to_datetime > b | to_datetime('%Y-%m-%d %H:%M:%S.%f') }}\n";
    expect(renderTemplateText(text, vars)).toBe('29 29 days, 12:00:00 True\n');
  });

  it('has strftime(), isoformat() and weekday()', () => {
    expect(renderTemplate("{{ (a | to_datetime).strftime('%A %j %z|') }}", vars)).toBe('Friday 061 |');
    expect(renderTemplate('{{ (a | to_datetime).isoformat() }}', vars)).toBe('2024-03-01T12:00:00');
    expect(renderTemplate('{{ (a | to_datetime).weekday() }}', vars)).toBe(4);
    expect(renderTemplate("{{ ('2024-03-01 12:00:00+0130' | to_datetime('%Y-%m-%d %H:%M:%S%z')).isoformat() }}", vars)).toBe('2024-03-01T12:00:00+01:30');
  });

  it("raises Python's errors", () => {
    expect(() => renderTemplate("{{ '2024-02-30' | to_datetime('%Y-%m-%d') }}", {})).toThrow('day is out of range for month');
    expect(() => renderTemplate("{{ '2024-02-01 x' | to_datetime('%Y-%m-%d') }}", {})).toThrow('unconverted data remains:  x');
    expect(() => renderTemplate("{{ a | to_datetime - 1 }}", vars)).toThrow("unsupported operand type(s) for -: 'datetime.datetime' and 'int'");
    expect(() => renderTemplate("{{ a | to_datetime('%Q') }}", vars)).toThrow("'Q' is a bad directive in format '%Q'");
  });
});

describe("Python's seeded Random", () => {
  it('gives the words CPython gives for a string and an integer seed', () => {
    // random.Random('x').getrandbits(32) three times; random.Random(2**40).getrandbits(70)
    const fromText = new PyRandom('x');
    expect([0, 1, 2].map(() => Number(fromText.getrandbits(32)))).toEqual([2709212627, 1353581224, 2563747779]);
    expect(new PyRandom(2 ** 40).getrandbits(70)).toBe(781279065922817498497n);
  });
});
