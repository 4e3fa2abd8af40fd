/**
 * Tests (`x is name`) that minijinja lacks or defines differently from Jinja2/Ansible: truthiness,
 * regex matching, and the task-result tests of docs/async-protocol.md section 5.
 */
import { TemplateError } from '../core/errors.js';
import { argument, splitArgs, type TemplateFunction } from './args.js';
import { isMapping, pyStr, pyTruthy, type Mapping } from './python.js';
import { compilePattern } from './pyregex.js';
import { firstMatch } from './regex-runner.js';
import { convertFilters } from './filters-convert.js';
import { moreTests } from './jinja-tests-more.js';

const truthy: TemplateFunction = (value, ...args) => {
  const convertBool = pyTruthy(argument(splitArgs(args, ['convert_bool']), 0, 'convert_bool', false));
  return pyTruthy(convertBool ? convertFilters.bool(value) : value);
};

const falsy: TemplateFunction = (value, ...args) => !truthy(value, ...args);

type MatchType = 'match' | 'search' | 'fullmatch';

function regexTest(defaultType: MatchType): TemplateFunction {
  return (value, ...args) => {
    const call = splitArgs(args, ['pattern', 'ignorecase', 'multiline', 'match_type']);
    const pattern = pyStr(argument(call, 0, 'pattern', ''));
    const flags = { ignorecase: pyTruthy(argument(call, 1, 'ignorecase', false)), multiline: pyTruthy(argument(call, 2, 'multiline', false)) };
    const matchType = String(argument(call, 3, 'match_type', defaultType));
    if (value === null) return false;
    const text = pyStr(value);
    if (matchType === 'search') return firstMatch(compilePattern(pattern, flags), text, pattern) !== null;
    const anchored = firstMatch(compilePattern(pattern, flags, 'y'), text, pattern);
    return anchored !== null && (matchType === 'match' || anchored[0].length === text.length);
  };
}

/** Jinja2's `sequence`: anything with a length and items, so strings and dicts too. */
const sequence: TemplateFunction = (value) => typeof value === 'string' || Array.isArray(value) || isMapping(value);

function resultTest(name: string, check: (result: Mapping) => boolean): TemplateFunction {
  return (value) => {
    if (!isMapping(value)) throw new TemplateError(`The '${name}' test expects a dictionary`);
    return check(value);
  };
}

/** Async records say 0/1; a result without the key is not an async job and counts as done. */
function asyncFlag(result: Mapping, key: string): boolean {
  return !(key in result) || result[key] === 1 || result[key] === true;
}

const failed = resultTest('failed', (r) => pyTruthy(r.failed));
/** Ansible's success is "not failed", down to the error message naming 'failed'. */
const succeeded = resultTest('failed', (r) => !pyTruthy(r.failed));
const changed = resultTest('changed', (r) => pyTruthy(r.changed));
const skipped = resultTest('skipped', (r) => pyTruthy(r.skipped));

export const customTests: Record<string, TemplateFunction> = {
  truthy,
  falsy,
  match: regexTest('match'),
  search: regexTest('search'),
  regex: regexTest('search'),
  sequence,
  finished: resultTest('finished', (r) => asyncFlag(r, 'finished')),
  started: resultTest('started', (r) => asyncFlag(r, 'started')),
  failed,
  failure: failed,
  succeeded,
  success: succeeded,
  successful: succeeded,
  changed,
  change: changed,
  skipped,
  skip: skipped,
  ...moreTests,
};

/** Jinja2's `sequence` answers false for an undefined value; the others fail on one. */
export const undefinedTolerantTests: ReadonlySet<string> = new Set(['sequence']);
