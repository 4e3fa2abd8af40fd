/**
 * Ansible's list filters: combinatorics (itertools' `product`, `permutations`, `combinations`,
 * `zip`, `zip_longest`), `flatten`, the order-keeping set filters of its mathstuff plugin, and
 * `extract`/`subelements`.
 */
import { isDeepStrictEqual } from 'node:util';
import { TemplateError } from '../core/errors.js';
import { argument, splitArgs, type TemplateFunction } from './args.js';
import { isMapping, pyRepr, pyTruthy, pyTypeName } from './python.js';

/** Python's `list(x)` for the iterables a template passes: lists, strings (chars), dicts (keys). */
function asList(value: unknown, filter: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return [...value];
  if (isMapping(value)) return Object.keys(value);
  throw new TemplateError(`${filter}: '${pyTypeName(value)}' object is not iterable`);
}

function contains(list: unknown[], item: unknown): boolean {
  return list.some((other) => isDeepStrictEqual(other, item));
}

function unique(list: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const item of list) if (!contains(out, item)) out.push(item);
  return out;
}

const product: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['repeat']);
  const repeat = Number(call.keywords.repeat ?? 1);
  const pools = [value, ...call.positional].map((pool) => asList(pool, 'product'));
  const all = Array.from({ length: repeat }, () => pools).flat();
  return all.reduce<unknown[][]>((combos, pool) => combos.flatMap((combo) => pool.map((item) => [...combo, item])), [[]]);
};

function rArgument(args: unknown[], length: number): number {
  const r = argument(splitArgs(args, ['r']), 0, 'r', null);
  return r === null ? length : Number(r);
}

const permutations: TemplateFunction = (value, ...args) => {
  const pool = asList(value, 'permutations');
  const r = rArgument(args, pool.length);
  const out: unknown[][] = [];
  const walk = (chosen: number[]) => {
    if (chosen.length === r) {
      out.push(chosen.map((i) => pool[i]));
      return;
    }
    for (let i = 0; i < pool.length; i += 1) if (!chosen.includes(i)) walk([...chosen, i]);
  };
  if (r <= pool.length) walk([]);
  return out;
};

const combinations: TemplateFunction = (value, ...args) => {
  const pool = asList(value, 'combinations');
  const r = rArgument(args, pool.length);
  const out: unknown[][] = [];
  const walk = (start: number, chosen: unknown[]) => {
    if (chosen.length === r) {
      out.push(chosen);
      return;
    }
    for (let i = start; i < pool.length; i += 1) walk(i + 1, [...chosen, pool[i]]);
  };
  walk(0, []);
  return out;
};

const zip: TemplateFunction = (value, ...args) => {
  const lists = [value, ...args].map((list) => asList(list, 'zip'));
  const length = Math.min(...lists.map((list) => list.length));
  return Array.from({ length }, (_, i) => lists.map((list) => list[i]));
};

const zipLongest: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['fillvalue']);
  const fill = call.keywords.fillvalue ?? null;
  const lists = [value, ...call.positional].map((list) => asList(list, 'zip_longest'));
  const length = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length }, (_, i) => lists.map((list) => (i < list.length ? list[i] : fill)));
};

function flattenList(list: unknown[], levels: number | null, skipNulls: boolean): unknown[] {
  const out: unknown[] = [];
  for (const item of list) {
    if (skipNulls && (item === null || item === 'None' || item === 'null')) continue;
    if (Array.isArray(item) && (levels === null || levels > 0)) out.push(...flattenList(item, levels === null ? null : levels - 1, skipNulls));
    else out.push(item);
  }
  return out;
}

const flatten: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['levels', 'skip_nulls']);
  const levels = argument(call, 0, 'levels', null);
  const skipNulls = pyTruthy(argument(call, 1, 'skip_nulls', true));
  if (!Array.isArray(value)) throw new TemplateError(`flatten: expected a list, got ${pyTypeName(value)}`);
  return flattenList(value, levels === null ? null : Number(levels), skipNulls);
};

function setFilter(name: string, combine: (a: unknown[], b: unknown[]) => unknown[]): TemplateFunction {
  return (value, other) => combine(asList(value, name), asList(other, name));
}

const union = (a: unknown[], b: unknown[]) => unique([...a, ...b]);
const intersect = (a: unknown[], b: unknown[]) => unique(a.filter((item) => contains(b, item)));
const difference = (a: unknown[], b: unknown[]) => unique(a.filter((item) => !contains(b, item)));
const symmetricDifference = (a: unknown[], b: unknown[]) => {
  const both = intersect(a, b);
  return union(a, b).filter((item) => !contains(both, item));
};

function index(container: unknown, key: unknown): unknown {
  if (Array.isArray(container) && typeof key === 'number') return container.at(key);
  if (isMapping(container) && Object.hasOwn(container, String(key))) return container[String(key)];
  return undefined;
}

/** `key | extract(container, morekeys)`: container[key], then each of morekeys. */
const extract: TemplateFunction = (value, container, morekeys) => {
  const keys = [value, ...(morekeys === undefined || morekeys === null ? [] : Array.isArray(morekeys) ? morekeys : [morekeys])];
  let current: unknown = container;
  for (const key of keys) {
    current = index(current, key);
    if (current === undefined) throw new TemplateError(`${pyRepr(container)} has no attribute ${pyRepr(key)}`);
  }
  return current;
};

/** `list | subelements('a.b', skip_missing=False)`: a [item, subitem] pair for each subitem. */
const subelements: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['skip_missing']);
  const path = argument(call, 0, 'subelements', null);
  const skipMissing = pyTruthy(argument(call, 1, 'skip_missing', false));
  const items = isMapping(value) ? Object.values(value) : value;
  if (!Array.isArray(items)) throw new TemplateError('obj must be a list of dicts or a nested dict');
  const keys = typeof path === 'string' ? path.split('.') : Array.isArray(path) ? path.map(String) : null;
  if (keys === null) throw new TemplateError('subelements must be a list or a string');
  const out: unknown[][] = [];
  for (const item of items) {
    let values: unknown = item;
    let missing = false;
    for (const key of keys) {
      if (!isMapping(values) || !Object.hasOwn(values, key)) {
        if (skipMissing) {
          missing = true;
          break;
        }
        throw new TemplateError(`could not find ${pyRepr(key)} key in iterated item ${pyRepr(values)}`);
      }
      values = values[key];
    }
    if (missing) continue;
    if (!Array.isArray(values)) throw new TemplateError(`the key ${pyRepr(keys.at(-1))} should point to a list, got ${pyRepr(values)}`);
    for (const sub of values) out.push([item, sub]);
  }
  return out;
};

export const listFilters: Record<string, TemplateFunction> = {
  product,
  permutations,
  combinations,
  zip,
  zip_longest: zipLongest,
  flatten,
  union: setFilter('union', union),
  intersect: setFilter('intersect', intersect),
  difference: setFilter('difference', difference),
  symmetric_difference: setFilter('symmetric_difference', symmetricDifference),
  extract,
  subelements,
};
