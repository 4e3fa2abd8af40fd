/**
 * The rest of ansible.builtin's tests: `version`, set and list tests, URI shapes, task-result
 * reachability, and the controller-side file tests (`is file`, `is directory`, ...), which, as in
 * Ansible, look at the controller's file system, not the host's.
 */
import { existsSync, lstatSync, statSync } from 'node:fs';
import { isAbsolute, posix } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { TemplateError } from '../core/errors.js';
import { argument, splitArgs, type TemplateFunction } from './args.js';
import { isMapping, pyRepr, pyStr, pyTruthy, pyTypeName } from './python.js';

const OPERATORS: Record<string, (c: number) => boolean> = {
  '==': (c) => c === 0, '=': (c) => c === 0, eq: (c) => c === 0,
  '<': (c) => c < 0, lt: (c) => c < 0, '<=': (c) => c <= 0, le: (c) => c <= 0,
  '>': (c) => c > 0, gt: (c) => c > 0, '>=': (c) => c >= 0, ge: (c) => c >= 0,
  '!=': (c) => c !== 0, '<>': (c) => c !== 0, ne: (c) => c !== 0,
};

function compareParts(a: Array<string | number>, b: Array<string | number>, operator: string): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (typeof a[i] !== typeof b[i]) {
      throw new TemplateError(`Version comparison failed: '${operator}' not supported between instances of '${typeof a[i] === 'number' ? 'int' : 'str'}' and '${typeof b[i] === 'number' ? 'int' : 'str'}'`);
    }
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}

/** distutils' LooseVersion: runs of digits (numbers) and of letters, dots dropped. */
function loose(version: string): Array<string | number> {
  return (version.match(/\d+|[a-z]+|\./gi) ?? []).filter((part) => part !== '.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** distutils' StrictVersion: `1.2`, `1.2.3`, optionally `a1`/`b1`, a pre-release sorting first. */
function strictCompare(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:([ab])(\d+))?$/.exec(v);
    if (m === null) throw new TemplateError(`Version comparison failed: invalid version number '${v}'`);
    return { nums: [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)], pre: m[4] === undefined ? null : [m[4], Number(m[5])] as Array<string | number> };
  };
  const [x, y] = [parse(a), parse(b)];
  const byNumbers = compareParts(x.nums, y.nums, '');
  if (byNumbers !== 0) return Math.sign(byNumbers);
  if (x.pre === null || y.pre === null) return x.pre === y.pre ? 0 : x.pre === null ? 1 : -1;
  return Math.sign(compareParts(x.pre, y.pre, ''));
}

/** Semantic Versioning 2.0's precedence; build metadata is ignored. */
function semverCompare(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v);
    if (m === null) throw new TemplateError(`Version comparison failed: invalid semantic version '${v}'`);
    const pre = m[4] === undefined ? [] : m[4].split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    return { nums: [Number(m[1]), Number(m[2]), Number(m[3])], pre };
  };
  const [x, y] = [parse(a), parse(b)];
  const byNumbers = compareParts(x.nums, y.nums, '');
  if (byNumbers !== 0) return Math.sign(byNumbers);
  if (x.pre.length === 0 || y.pre.length === 0) return Math.sign(y.pre.length - x.pre.length);
  for (let i = 0; i < Math.min(x.pre.length, y.pre.length); i += 1) {
    const [p, q] = [x.pre[i], y.pre[i]];
    if (p === q) continue;
    if (typeof p !== typeof q) return typeof p === 'number' ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return Math.sign(x.pre.length - y.pre.length);
}

const VERSION_TYPES = ['loose', 'strict', 'semver', 'semantic', 'pep440'];

/** Ansible's `version(value, operator='==', strict=False, version_type=None)`. */
const version: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['version', 'operator', 'strict', 'version_type']);
  const other = pyStr(argument(call, 0, 'version', ''));
  const operator = pyStr(argument(call, 1, 'operator', 'eq'));
  const test = OPERATORS[operator];
  if (test === undefined) throw new TemplateError(`Invalid operator type (${operator}). Must be one of ${Object.keys(OPERATORS).map((o) => `'${o}'`).join(', ')}`);
  const type = call.keywords.version_type === undefined || call.keywords.version_type === null ? (pyTruthy(argument(call, 2, 'strict', false)) ? 'strict' : 'loose') : pyStr(call.keywords.version_type);
  if (!VERSION_TYPES.includes(type)) throw new TemplateError(`Invalid version type (${type}). Must be one of ${VERSION_TYPES.join(', ')}`);
  const text = pyStr(value);
  if (type === 'pep440') throw new TemplateError("version_type='pep440' is not supported by castoff");
  const comparison =
    type === 'strict' ? strictCompare(text, other) : type === 'loose' ? compareParts(loose(text), loose(other), operator) : semverCompare(text, other);
  return test(comparison);
};

function listOf(value: unknown, test: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return [...value];
  if (isMapping(value)) return Object.keys(value);
  throw new TemplateError(`The '${test}' test expects a list, got ${pyTypeName(value)}`);
}

const has = (list: unknown[], item: unknown) => list.some((other) => isDeepStrictEqual(other, item));
const subset: TemplateFunction = (value, other) => listOf(value, 'subset').every((item) => has(listOf(other, 'subset'), item));
const superset: TemplateFunction = (value, other) => listOf(other, 'superset').every((item) => has(listOf(value, 'superset'), item));

const isNan: TemplateFunction = (value) => typeof value === 'number' && Number.isNaN(value);

const URI = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const uri: TemplateFunction = (value, ...args) => {
  const schemes = argument(splitArgs(args, ['schemes']), 0, 'schemes', null);
  const text = pyStr(value);
  const scheme = URI.exec(text)?.[0].slice(0, -1).toLowerCase();
  if (scheme === undefined) return false;
  return !Array.isArray(schemes) || schemes.map(String).includes(scheme);
};
const url: TemplateFunction = (value, ...args) => {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)/.exec(pyStr(value));
  const schemes = argument(splitArgs(args, ['schemes']), 0, 'schemes', null);
  return m !== null && m[2] !== '' && (!Array.isArray(schemes) || schemes.map(String).includes(m[1].toLowerCase()));
};
const urn: TemplateFunction = (value) => /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$/i.test(pyStr(value));

function resultOf(value: unknown, test: string): Record<string, unknown> {
  if (!isMapping(value)) throw new TemplateError(`The '${test}' test expects a dictionary`);
  return value;
}

function fileTest(check: (path: string) => boolean): TemplateFunction {
  return (value) => {
    try {
      return check(pyStr(value));
    } catch {
      return false;
    }
  };
}

/** A mount point: a directory on another device than its parent, or the root. */
function isMount(path: string): boolean {
  const resolved = posix.resolve(path);
  if (resolved === '/') return true;
  const own = lstatSync(resolved);
  if (own.isSymbolicLink() || !own.isDirectory()) return false;
  const parent = lstatSync(posix.dirname(resolved));
  return own.dev !== parent.dev || own.ino === parent.ino;
}

const VAULT_HEADER = '$ANSIBLE_VAULT;';

const fileTests: Record<string, TemplateFunction> = {
  exists: fileTest((p) => existsSync(p)),
  file: fileTest((p) => statSync(p).isFile()),
  directory: fileTest((p) => statSync(p).isDirectory()),
  link: fileTest((p) => lstatSync(p).isSymbolicLink()),
  link_exists: fileTest((p) => lstatSync(p) !== undefined),
  mount: fileTest(isMount),
  abs: fileTest((p) => isAbsolute(p)),
  same_file: (value, other) => {
    try {
      const [a, b] = [statSync(pyStr(value)), statSync(pyStr(other))];
      return a.dev === b.dev && a.ino === b.ino;
    } catch {
      return false;
    }
  },
};

export const moreTests: Record<string, TemplateFunction> = {
  version,
  version_compare: version,
  contains: (value, item) => has(listOf(value, 'contains'), item),
  all: (value) => listOf(value, 'all').every(pyTruthy),
  any: (value) => listOf(value, 'any').some(pyTruthy),
  subset,
  issubset: subset,
  superset,
  issuperset: superset,
  nan: isNan,
  isnan: isNan,
  uri,
  url,
  urn,
  reachable: (value) => !pyTruthy(resultOf(value, 'reachable').unreachable),
  unreachable: (value) => pyTruthy(resultOf(value, 'unreachable').unreachable),
  callable: () => false,
  vault_encrypted: (value) => {
    const text = typeof value === 'string' ? value : null;
    if (text === null) throw new TemplateError(`vault_encrypted: expected a string, got ${pyRepr(value)}`);
    return text.startsWith(VAULT_HEADER);
  },
  ...fileTests,
  is_file: fileTests.file,
  is_dir: fileTests.directory,
  is_link: fileTests.link,
  is_mount: fileTests.mount,
  is_abs: fileTests.abs,
  is_same_file: fileTests.same_file,
};

