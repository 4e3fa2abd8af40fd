import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../src/core/errors.js';
import { evaluateCondition } from '../../../src/template/index.js';

const vars = {
  count: 3,
  name: 'web',
  enabled: true,
  disabled: false,
  empty: '',
  nothing: null,
  list: [1],
  result: { rc: 0, stdout: 'ready', failed: false },
};

describe('evaluateCondition', () => {
  it('evaluates bare expressions with Jinja truthiness', () => {
    expect(evaluateCondition('count > 2', vars)).toBe(true);
    expect(evaluateCondition('count == 4', vars)).toBe(false);
    expect(evaluateCondition('result.rc == 0 and "ready" in result.stdout', vars)).toBe(true);
    expect(evaluateCondition('name', vars)).toBe(true);
    expect(evaluateCondition('empty', vars)).toBe(false);
    expect(evaluateCondition('nothing', vars)).toBe(false);
    expect(evaluateCondition('list', vars)).toBe(true);
    expect(evaluateCondition('[]', vars)).toBe(false);
    expect(evaluateCondition('not disabled', vars)).toBe(true);
  });

  it('takes a boolean as itself', () => {
    expect(evaluateCondition(true, vars)).toBe(true);
    expect(evaluateCondition(false, vars)).toBe(false);
  });

  it('takes a list as "all must hold"', () => {
    expect(evaluateCondition(['count > 2', 'enabled', true], vars)).toBe(true);
    expect(evaluateCondition(['count > 2', 'disabled'], vars)).toBe(false);
    expect(evaluateCondition([], vars)).toBe(true);
  });

  it('tolerates a condition wrapped in {{ }}', () => {
    expect(evaluateCondition('{{ count > 2 }}', vars)).toBe(true);
    expect(evaluateCondition('  {{ disabled }} ', vars)).toBe(false);
  });

  it('reads "True" and "False" written as strings', () => {
    expect(evaluateCondition('True', vars)).toBe(true);
    expect(evaluateCondition('false', vars)).toBe(false);
  });

  it('x is defined holds only when x exists', () => {
    expect(evaluateCondition('x is defined', vars)).toBe(false);
    expect(evaluateCondition('x is not defined', vars)).toBe(true);
    expect(evaluateCondition('count is defined', vars)).toBe(true);
    expect(evaluateCondition('x is defined and x > 1', vars)).toBe(false);
    expect(evaluateCondition('result.missing is defined and result.missing.deep', vars)).toBe(false);
  });

  it('a missing variable used bare fails with Ansible wording', () => {
    expect(() => evaluateCondition('x', vars)).toThrow(new TemplateError("'x' is undefined"));
    expect(() => evaluateCondition('x and enabled', vars)).toThrow("'x' is undefined");
    expect(() => evaluateCondition('result.nope', vars)).toThrow("'dict object' has no attribute 'nope'");
    expect(() => evaluateCondition(['enabled', 'y'], vars)).toThrow("'y' is undefined");
  });

  it('a missing variable in a comparison, concatenation or negation fails too', () => {
    expect(() => evaluateCondition('x == 1', vars)).toThrow("'x' is undefined");
    expect(() => evaluateCondition('name ~ x == "web"', vars)).toThrow("'x' is undefined");
    expect(() => evaluateCondition('not x', vars)).toThrow("'x' is undefined");
    expect(() => evaluateCondition('"a" in x', vars)).toThrow("'x' is undefined");
    expect(() => evaluateCondition('result.nope == 0', vars)).toThrow("'dict object' has no attribute 'nope'");
    expect(() => evaluateCondition('x | length > 0', vars)).toThrow("'x' is undefined");
  });

  it('a missing variable in a branch that is not evaluated is fine, as in Ansible', () => {
    expect(evaluateCondition('disabled and port == 80', vars)).toBe(false);
    expect(evaluateCondition('enabled or port == 80', vars)).toBe(true);
    expect(evaluateCondition('(port if port is defined else 80) == 80', vars)).toBe(true);
  });

  it('a syntax error is a template error', () => {
    expect(() => evaluateCondition('count >', vars)).toThrow(/template error while templating string: syntax error/);
  });

  it('an until loop can test a registered async status', () => {
    const polled = { job: { started: 1, finished: 0 } };
    expect(evaluateCondition('job is finished', polled)).toBe(false);
    expect(evaluateCondition('job.finished == 1', { job: { started: 1, finished: 1 } })).toBe(true);
  });
});
