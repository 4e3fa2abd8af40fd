import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../../src/template/index.js';

const vars = {
  name: 'web01',
  nothing: null,
  empty: '',
  list: [1, 2],
  dict: { a: 1 },
  ok: { changed: false, failed: false, rc: 0 },
  changedResult: { changed: true, failed: false },
  failedResult: { changed: false, failed: true, msg: 'boom' },
  skippedResult: { changed: false, skipped: true },
  running: { started: 1, finished: 0, ansible_job_id: 'j1.1' },
  done: { started: 1, finished: 1, ansible_job_id: 'j1.1', rc: 0 },
};

const holds = (expression: string, extra: Record<string, unknown> = {}) => evaluateCondition(expression, { ...vars, ...extra });

describe('defined, undefined, none', () => {
  it('defined and undefined work on missing variables and attributes', () => {
    expect(holds('name is defined')).toBe(true);
    expect(holds('missing is defined')).toBe(false);
    expect(holds('missing is undefined')).toBe(true);
    expect(holds('dict.b is defined')).toBe(false);
    expect(holds('missing.b is defined')).toBe(false);
    expect(holds('missing is not defined')).toBe(true);
  });

  it('none is true only for null', () => {
    expect(holds('nothing is none')).toBe(true);
    expect(holds('empty is none')).toBe(false);
  });
});

describe('truthy and falsy', () => {
  it('follow Python truthiness', () => {
    expect(holds('name is truthy')).toBe(true);
    expect(holds('empty is truthy')).toBe(false);
    expect(holds('list is truthy')).toBe(true);
    expect(holds('[] is falsy')).toBe(true);
    expect(holds('nothing is falsy')).toBe(true);
    expect(holds('{} is falsy')).toBe(true);
  });

  it('convert_bool reads strings as the bool filter does', () => {
    expect(holds('"no" is truthy')).toBe(true);
    expect(holds('"no" is truthy(convert_bool=true)')).toBe(false);
    expect(holds('"yes" is falsy(convert_bool=true)')).toBe(false);
  });
});

describe('match, search, regex', () => {
  it('match anchors at the start, search does not', () => {
    expect(holds('name is match("web")')).toBe(true);
    expect(holds('name is match("01")')).toBe(false);
    expect(holds('name is search("01")')).toBe(true);
    expect(holds('name is search("^01")')).toBe(false);
  });

  it('take ignorecase and multiline', () => {
    expect(holds('name is match("WEB", ignorecase=true)')).toBe(true);
    expect(holds('"a\nb" is search("^b$")')).toBe(false);
    expect(holds('"a\nb" is search("^b$", multiline=true)')).toBe(true);
  });

  it('regex searches by default and can match or fullmatch', () => {
    expect(holds('name is regex("b0")')).toBe(true);
    expect(holds('name is regex("b0", match_type="match")')).toBe(false);
    expect(holds('name is regex("web\\\\d+", match_type="fullmatch")')).toBe(true);
    expect(holds('name is regex("web", match_type="fullmatch")')).toBe(false);
  });

  it('understand Python named groups', () => {
    expect(holds('name is match("(?P<role>[a-z]+)(?P=role)?\\\\d+")')).toBe(true);
  });
});

describe('in', () => {
  it('tests membership of lists, strings and dict keys', () => {
    expect(holds('2 is in list')).toBe(true);
    expect(holds('3 is in list')).toBe(false);
    expect(holds('"eb" is in name')).toBe(true);
    expect(holds('"a" is in dict')).toBe(true);
  });
});

describe('type tests', () => {
  it('number, string, mapping, sequence', () => {
    expect(holds('1.5 is number')).toBe(true);
    expect(holds('"1" is number')).toBe(false);
    expect(holds('name is string')).toBe(true);
    expect(holds('list is string')).toBe(false);
    expect(holds('dict is mapping')).toBe(true);
    expect(holds('list is mapping')).toBe(false);
    expect(holds('list is sequence')).toBe(true);
    expect(holds('name is sequence')).toBe(true);
    expect(holds('1 is sequence')).toBe(false);
  });
});

describe('task result tests', () => {
  it('failed, succeeded/success/successful', () => {
    expect(holds('failedResult is failed')).toBe(true);
    expect(holds('ok is failed')).toBe(false);
    expect(holds('ok is succeeded')).toBe(true);
    expect(holds('ok is success')).toBe(true);
    expect(holds('ok is successful')).toBe(true);
    expect(holds('failedResult is success')).toBe(false);
    expect(holds('failedResult is not successful')).toBe(true);
  });

  it('changed and skipped', () => {
    expect(holds('changedResult is changed')).toBe(true);
    expect(holds('ok is changed')).toBe(false);
    expect(holds('skippedResult is skipped')).toBe(true);
    expect(holds('ok is skipped')).toBe(false);
  });

  it('finished and started follow the async record, and count a non-async result as both', () => {
    expect(holds('running is started')).toBe(true);
    expect(holds('running is finished')).toBe(false);
    expect(holds('running is not finished')).toBe(true);
    expect(holds('done is finished')).toBe(true);
    expect(holds('ok is finished')).toBe(true);
    expect(holds('ok is started')).toBe(true);
    expect(holds('r is finished', { r: { finished: true } })).toBe(true);
  });

  it.each([
    ['failed', 'failed'], ['success', 'failed'], ['succeeded', 'failed'], ['changed', 'changed'],
    ['skipped', 'skipped'], ['finished', 'finished'], ['started', 'started'],
  ])('%s on a non-dict says the %s test expects a dictionary, as Ansible does', (test, named) => {
    expect(() => holds(`"text" is ${test}`)).toThrow(`The '${named}' test expects a dictionary`);
  });

  it('on an undefined result reports the variable', () => {
    expect(() => holds('job is finished')).toThrow("'job' is undefined");
  });

  it('works inside select over registered loop results', () => {
    const results = { results: [vars.ok, vars.failedResult, vars.changedResult] };
    expect(holds('(r.results | select("failed") | list | length) == 1', { r: results })).toBe(true);
    expect(holds('r.results | reject("success") | list | length == 1', { r: results })).toBe(true);
  });
});
