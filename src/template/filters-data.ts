/** Filters over structured data: JSON and YAML, dict/list reshaping, `combine`, and aggregates. */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parse as parseYaml, visit } from 'yaml';
import { TemplateError } from '../core/errors.js';
import { argument, getAttribute, splitArgs, stringArgument, type TemplateFunction } from './args.js';
import { isMapping, pyJsonDumps, pyRepr, pyTruthy, pyTypeName, type Mapping } from './python.js';

const toJson: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['indent', 'sort_keys', 'ensure_ascii']);
  const indent = argument(call, 0, 'indent', null);
  return pyJsonDumps(value, {
    indent: typeof indent === 'number' ? indent : undefined,
    sortKeys: pyTruthy(call.keywords.sort_keys),
    ensureAscii: pyTruthy(call.keywords.ensure_ascii ?? true),
  });
};

const fromJson: TemplateFunction = (value) => {
  if (typeof value !== 'string') throw new TemplateError(`from_json expects a string, got ${pyTypeName(value)}`);
  try {
    return JSON.parse(value) as unknown;
  } catch (error) {
    throw new TemplateError(`from_json: ${(error as Error).message}`);
  }
};

/** PyYAML's `dump` as Ansible calls it: sorted keys, collections of scalars in flow style. */
const toYaml: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['indent', 'sort_keys', 'default_flow_style']);
  const indent = argument(call, 0, 'indent', 2);
  const flowStyle = call.keywords.default_flow_style ?? null;
  const doc = new Document(value, { sortMapEntries: pyTruthy(call.keywords.sort_keys ?? true), version: '1.1' });
  visit(doc, {
    Map(_, node) {
      node.flow = flowStyle === null ? node.items.every((pair) => isScalar(pair.value)) : pyTruthy(flowStyle);
    },
    Seq(_, node) {
      node.flow = flowStyle === null ? node.items.every((item) => isScalar(item)) : pyTruthy(flowStyle);
    },
  });
  if (!isMap(doc.contents) && !isSeq(doc.contents) && !isScalar(doc.contents)) return 'null\n';
  return doc.toString({ indent: typeof indent === 'number' ? indent : 2, flowCollectionPadding: false, lineWidth: 0, singleQuote: true });
};

const fromYaml: TemplateFunction = (value) => {
  if (typeof value !== 'string') return value;
  try {
    return parseYaml(value, { version: '1.1' }) as unknown;
  } catch (error) {
    throw new TemplateError(`from_yaml: ${(error as Error).message}`);
  }
};

function keyNames(args: unknown[]): { keyName: string; valueName: string } {
  const call = splitArgs(args, ['key_name', 'value_name']);
  return { keyName: stringArgument(call, 0, 'key_name', 'key'), valueName: stringArgument(call, 1, 'value_name', 'value') };
}

const dict2items: TemplateFunction = (value, ...args) => {
  if (!isMapping(value)) throw new TemplateError(`dict2items requires a dictionary, got <class '${pyTypeName(value)}'> instead.`);
  const { keyName, valueName } = keyNames(args);
  return Object.entries(value).map(([key, item]) => ({ [keyName]: key, [valueName]: item }));
};

const items2dict: TemplateFunction = (value, ...args) => {
  if (!Array.isArray(value)) throw new TemplateError(`items2dict requires a list, got <class '${pyTypeName(value)}'> instead.`);
  const { keyName, valueName } = keyNames(args);
  return Object.fromEntries(
    value.map((item: unknown) => {
      if (!isMapping(item) || !(keyName in item) || !(valueName in item)) {
        throw new TemplateError(`items2dict requires each dictionary in the list to contain the keys '${keyName}' and '${valueName}', got ${pyRepr(item)} instead.`);
      }
      return [String(item[keyName]), item[valueName]];
    }),
  );
};

const LIST_MERGES = ['replace', 'keep', 'append', 'prepend', 'append_rp', 'prepend_rp'];

function mergeLists(left: unknown[], right: unknown[], listMerge: string): unknown[] {
  const leftOnly = () => left.filter((item) => !right.some((other) => isDeepStrictEqual(item, other)));
  switch (listMerge) {
    case 'keep': return left;
    case 'append': return [...left, ...right];
    case 'prepend': return [...right, ...left];
    case 'append_rp': return [...leftOnly(), ...right];
    case 'prepend_rp': return [...right, ...leftOnly()];
    default: return right;
  }
}

function mergeHash(left: Mapping, right: Mapping, recursive: boolean, listMerge: string): Mapping {
  const merged: Mapping = { ...left };
  for (const [key, rightValue] of Object.entries(right)) {
    const leftValue = merged[key];
    if (!(key in merged)) merged[key] = rightValue;
    else if (isMapping(leftValue) && isMapping(rightValue)) merged[key] = recursive ? mergeHash(leftValue, rightValue, recursive, listMerge) : rightValue;
    else if (Array.isArray(leftValue) && Array.isArray(rightValue)) merged[key] = mergeLists(leftValue, rightValue, listMerge);
    else merged[key] = rightValue;
  }
  return merged;
}

/** Ansible's `combine(*dicts, recursive=False, list_merge='replace')`; the input may be a list of dicts. */
const combine: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['recursive', 'list_merge']);
  const listMerge = String(call.keywords.list_merge ?? 'replace');
  if (!LIST_MERGES.includes(listMerge)) {
    throw new TemplateError(`merge_hash: 'list_merge' argument can only be equal to ${LIST_MERGES.map((m) => `'${m}'`).join(', ')}`);
  }
  const dicts = [value, ...call.positional].flatMap((term) => (Array.isArray(term) ? term : [term]));
  if (!dicts.every(isMapping)) throw new TemplateError(`|combine expects dictionaries, got ${pyRepr(dicts)}`);
  const recursive = pyTruthy(call.keywords.recursive);
  return dicts.reduce<Mapping>((merged, next) => mergeHash(merged, next, recursive, listMerge), {});
};

function iterate(value: unknown, filter: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return [...value];
  if (isMapping(value)) return Object.keys(value);
  throw new TemplateError(`${filter}: '${pyTypeName(value)}' object is not iterable`);
}

/** Python's `sum`, as Jinja extends it: `sum(attribute='size')`, `sum(start=[])` to flatten. */
const sum: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['attribute', 'start']);
  const attribute = argument(call, 0, 'attribute', null);
  const items = iterate(value, 'sum').map((item) => (attribute === null ? item : getAttribute(item, String(attribute))));
  return items.reduce((total: unknown, item) => {
    if (Array.isArray(total) && Array.isArray(item)) return [...total, ...item];
    if (typeof total === 'number' && typeof item === 'number') return total + item;
    if (typeof total === 'number' && typeof item === 'boolean') return total + Number(item);
    throw new TemplateError(`unsupported operand type(s) for +: '${pyTypeName(total)}' and '${pyTypeName(item)}'`);
  }, argument(call, 1, 'start', 0));
};

function extreme(direction: 1 | -1, filter: string): TemplateFunction {
  return (value, ...args) => {
    const call = splitArgs(args, ['attribute', 'case_sensitive']);
    const attribute = call.keywords.attribute;
    const caseSensitive = pyTruthy(call.keywords.case_sensitive);
    const sortKey = (item: unknown): unknown => {
      const picked = attribute === undefined ? item : getAttribute(item, String(attribute));
      return typeof picked === 'string' && !caseSensitive ? picked.toLowerCase() : picked;
    };
    let best: unknown = null;
    let bestKey: unknown;
    let found = false;
    for (const item of iterate(value, filter)) {
      const key = sortKey(item);
      if (!found || (direction === 1 ? (key as number) > (bestKey as number) : (key as number) < (bestKey as number))) {
        best = item;
        bestKey = key;
        found = true;
      }
    }
    return best;
  };
}

export const dataFilters: Record<string, TemplateFunction> = {
  to_json: toJson,
  from_json: fromJson,
  to_yaml: toYaml,
  from_yaml: fromYaml,
  dict2items,
  items2dict,
  combine,
  sum,
  min: extreme(-1, 'min'),
  max: extreme(1, 'max'),
};
