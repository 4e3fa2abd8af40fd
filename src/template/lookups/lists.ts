/** The lookups that reshape lists: items, list, dict, indexed_items, nested, together, subelements. */
import { TemplateError } from '../../core/errors.js';
import { isMapping, pyStr } from '../python.js';
import type { Lookup } from './types.js';

/** One level of nesting removed, as `with_items` does. */
export function flattenOnce(terms: unknown[]): unknown[] {
  return terms.flatMap((term) => (Array.isArray(term) ? term : [term]));
}

/** A term of nested/together: a list as it is, anything else a list of one. */
function listify(term: unknown): unknown[] {
  return Array.isArray(term) ? term : [term];
}

const items: Lookup = { options: [], run: (terms) => flattenOnce(terms) };

const list: Lookup = { options: [], run: (terms) => terms };

const dict: Lookup = {
  options: [],
  run: (terms) =>
    terms.flatMap((term) => {
      if (!isMapping(term)) throw new TemplateError('with_dict expects a dict');
      return Object.entries(term).map(([key, value]) => ({ key, value }));
    }),
};

const indexedItems: Lookup = {
  options: [],
  run: (terms) => flattenOnce(terms).map((item, index) => [index, item]),
};

const nested: Lookup = {
  options: [],
  run: (terms) => {
    if (terms.length === 0) throw new TemplateError('with_nested requires at least one element in the nested list');
    const lists = terms.map(listify);
    return lists.slice(1).reduce<unknown[]>((acc, next) => acc.flatMap((x) => next.map((y) => flattenOnce([x, y]))), lists[0]);
  },
};

const together: Lookup = {
  options: [],
  run: (terms) => {
    if (terms.length === 0) throw new TemplateError('with_together requires at least one element in each list');
    const lists = terms.map(listify);
    const length = Math.max(...lists.map((l) => l.length));
    return Array.from({ length }, (_, i) => flattenOnce(lists.map((l) => (i < l.length ? l[i] : null))));
  },
};

function termsError(detail: string): never {
  throw new TemplateError(`subelements lookup expects a list of two or three items, ${detail}`);
}

const SUBELEMENT_FLAGS = ['skip_missing'];

/** One element's sub-list at `path` (`a.b.c`), removed from a copy of the element. */
function subList(element: Record<string, unknown>, path: string[], skipMissing: boolean): { parent: Record<string, unknown>; items: unknown[] } {
  const parent = structuredClone(element);
  let value: Record<string, unknown> = parent;
  for (const [i, key] of path.entries()) {
    const last = i === path.length - 1;
    if (!Object.hasOwn(value, key)) {
      if (skipMissing) return { parent, items: [] };
      throw new TemplateError(`could not find '${key}' key in iterated item '${pyStr(value)}'`);
    }
    const next = value[key];
    if (last) {
      if (!Array.isArray(next)) throw new TemplateError(`the key ${key} should point to a list, got '${pyStr(next)}'`);
      delete value[key];
      return { parent, items: next };
    }
    if (!isMapping(next)) {
      if (skipMissing) return { parent, items: [] };
      throw new TemplateError(`the key ${key} should point to a dictionary, got '${pyStr(next)}'`);
    }
    value = next;
  }
  return { parent, items: [] };
}

const subelements: Lookup = {
  options: [],
  run: (terms) => {
    if (terms.length < 2 || terms.length > 3) termsError('');
    const [source, subkey, flags = {}] = terms;
    if ((!Array.isArray(source) && !isMapping(source)) || typeof subkey !== 'string') termsError('first a dict or a list, second a string pointing to the subkey');
    if (!isMapping(flags) || !Object.keys(flags).every((key) => SUBELEMENT_FLAGS.includes(key))) {
      termsError(`the optional third item must be a dict with flags ${pyStr(SUBELEMENT_FLAGS)}`);
    }
    if (isMapping(source) && source.skipped !== undefined && source.skipped !== false) return [];
    const elements = Array.isArray(source) ? source : Object.values(source);
    const skipMissing = [true, 'yes', 'true', 'True', 'on', '1', 1].includes(flags.skip_missing as never);
    const results: unknown[] = [];
    for (const element of elements) {
      if (!isMapping(element)) throw new TemplateError(`subelements lookup expects a dictionary, got '${pyStr(element)}'`);
      if (element.skipped !== undefined && element.skipped !== false) continue;
      const { parent, items: children } = subList(element, subkey.split('.'), skipMissing);
      for (const child of children) results.push([parent, child]);
    }
    return results;
  },
};

export const listLookups: Record<string, Lookup> = {
  items,
  list,
  dict,
  indexed_items: indexedItems,
  nested,
  together,
  subelements,
};
