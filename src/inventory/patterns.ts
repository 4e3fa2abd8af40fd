import { readFileSync } from 'node:fs';
import { ConfigError } from '../core/errors.js';
import { hasWildcard, wildcardRegExp } from '../core/fnmatch.js';
import { inventoryGeneration } from './dynamic.js';
import { implicitLocalhost, LOCALHOST_NAMES } from './localhost.js';
import type { Host, Inventory } from './types.js';

export interface SelectOptions {
  /** Called for each pattern part that matches nothing (Ansible warns and goes on). */
  onWarning?: (message: string) => void;
}

/**
 * Splits a pattern into its parts: on `,` when there is one (needed for regexes and IPv6
 * addresses with colons), else on `:` outside `[...]`.
 */
export function splitPattern(pattern: string): string[] {
  const parts = pattern.includes(',') ? pattern.split(',') : pattern.split(/:(?![^[]*\])/);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** `~regex` matches from the start of a name, as Python's `re.match` does. */
function patternRegExp(part: string): RegExp {
  try {
    return new RegExp(`^(?:${part.slice(1)})`);
  } catch (error) {
    throw new ConfigError(`invalid regular expression in host pattern '${part}': ${(error as Error).message}`);
  }
}

/** Inventory order of hosts, computed once per inventory and again after add_host. */
const orders = new WeakMap<Inventory, { generation: number; order: Map<string, number> }>();

function inventoryOrder(inventory: Inventory): Map<string, number> {
  const generation = inventoryGeneration(inventory);
  let known = orders.get(inventory);
  if (known?.generation !== generation) {
    known = { generation, order: new Map([...inventory.hosts.keys()].map((name, index) => [name, index])) };
    orders.set(inventory, known);
  }
  return known.order;
}

function groupHosts(inventory: Inventory, groupName: string, into: Set<string>): void {
  const pending = [groupName];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const group = inventory.groups.get(name);
    if (!group) continue;
    for (const host of group.hosts) into.add(host);
    pending.push(...group.children);
  }
}

/** The hosts one pattern part names, in inventory order. */
function matchPart(inventory: Inventory, part: string): Host[] {
  const order = inventoryOrder(inventory);
  const names = new Set<string>();
  if (part === 'all' || part === '*') {
    return [...inventory.hosts.values()];
  }
  const isRegex = part.startsWith('~');
  const isGlob = !isRegex && hasWildcard(part);
  const matcher = isRegex ? patternRegExp(part) : isGlob ? wildcardRegExp(part) : undefined;
  const matches = (name: string): boolean => (matcher ? matcher.test(name) : name === part);
  let groupMatched = false;
  for (const group of inventory.groups.keys()) {
    if (matches(group)) {
      groupMatched = true;
      groupHosts(inventory, group, names);
    }
  }
  if (matcher) {
    for (const host of inventory.hosts.keys()) if (matches(host)) names.add(host);
  } else if ((!groupMatched || part.includes('.')) && inventory.hosts.has(part)) {
    // As in Ansible, a plain name that is a group names the group, not a host of that name.
    names.add(part);
  }
  const hosts = [...names].sort((a, b) => order.get(a)! - order.get(b)!).map((name) => inventory.hosts.get(name)!);
  if (hosts.length === 0 && LOCALHOST_NAMES.includes(part)) return [implicitLocalhost(inventory, part)];
  return hosts;
}

function evaluate(inventory: Inventory, pattern: string, opts: SelectOptions): Host[] {
  const parts = splitPattern(pattern);
  const unions = parts.filter((p) => !p.startsWith('&') && !p.startsWith('!'));
  const intersections = parts.filter((p) => p.startsWith('&')).map((p) => p.slice(1));
  const exclusions = parts.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const matchWarn = (part: string): Host[] => {
    const hosts = matchPart(inventory, part);
    // An empty `all` is the empty inventory, which has its own warning; Ansible is silent here too.
    if (hosts.length === 0 && part !== 'all') opts.onWarning?.(`Could not match supplied host pattern, ignoring: ${part}`);
    return hosts;
  };
  // A pattern of only `&x`/`!x` parts starts from all hosts, as in Ansible.
  const selected = new Map<string, Host>();
  for (const part of unions.length > 0 ? unions : ['all']) for (const host of matchWarn(part)) selected.set(host.name, host);
  for (const part of intersections) {
    const keep = new Set(matchWarn(part).map((h) => h.name));
    for (const name of selected.keys()) if (!keep.has(name)) selected.delete(name);
  }
  for (const part of exclusions) for (const host of matchWarn(part)) selected.delete(host.name);
  return [...selected.values()];
}

/** `--limit @file`: the file's lines (e.g. a retry file) are the pattern. */
function limitPattern(limit: string): string {
  if (!limit.startsWith('@')) return limit;
  const file = limit.slice(1);
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '').join(',');
  } catch (error) {
    throw new ConfigError(`could not read limit file '${file}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/**
 * The hosts a pattern selects (`all`, `*`, groups, hosts, `a:b`, `a,b`, `a:&b`, `a:!b`, `web*`,
 * `~regex`), narrowed by `--limit` (same syntax, or `@file`). Unions come in the order written,
 * each part's hosts in inventory order.
 */
export function selectHosts(inventory: Inventory, pattern: string, limit?: string, opts: SelectOptions = {}): Host[] {
  const hosts = evaluate(inventory, pattern, opts);
  if (limit === undefined) return hosts;
  const allowed = new Set(evaluate(inventory, limitPattern(limit), opts).map((host) => host.name));
  return hosts.filter((host) => allowed.has(host.name));
}
