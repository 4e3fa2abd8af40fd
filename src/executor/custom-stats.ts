/**
 * The statistics `set_stats` sets, kept as Ansible keeps them: per host or for the whole run, and
 * with `aggregate` (the default) a new value adds to the old one of the same type (numbers sum,
 * lists and strings join, mappings merge recursively) while a value of another type is dropped;
 * without it the new value replaces the old.
 */
import type { ModuleResult } from '../core/index.js';
import type { CustomStats } from '../events/index.js';

type Stats = Record<string, unknown>;

function isMapping(value: unknown): value is Stats {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeMappings(old: Stats, added: Stats): Stats {
  const merged: Stats = { ...old };
  for (const [key, value] of Object.entries(added)) {
    const current = merged[key];
    merged[key] = isMapping(current) && isMapping(value) ? mergeMappings(current, value) : value;
  }
  return merged;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'null';
  return typeof value;
}

/** The aggregated value, or undefined when the types differ and the old value stays. */
export function aggregateStat(old: unknown, added: unknown): unknown {
  if (kindOf(old) !== kindOf(added)) return undefined;
  if (isMapping(old) && isMapping(added)) return mergeMappings(old, added);
  if (Array.isArray(old) && Array.isArray(added)) return [...old, ...added];
  if (typeof old === 'number' && typeof added === 'number') return old + added;
  if (typeof old === 'string' && typeof added === 'string') return old + added;
  // Booleans and nulls cannot be added together in Ansible either; the old value stays.
  return undefined;
}

export class CustomStatsKeeper {
  private readonly hosts: Record<string, Stats> = {};
  private run: Stats = {};

  private update(which: Stats, data: Stats, aggregate: boolean): void {
    for (const [key, value] of Object.entries(data)) {
      if (!aggregate || !Object.hasOwn(which, key)) {
        which[key] = value;
        continue;
      }
      const sum = aggregateStat(which[key], value);
      if (sum !== undefined) which[key] = sum;
    }
  }

  /** Takes the `ansible_stats` of a host's result, and of each of its loop items. */
  add(host: string, result: ModuleResult): void {
    const items = Array.isArray(result.results) ? (result.results as ModuleResult[]) : [result];
    for (const item of items) {
      const stats = item.ansible_stats;
      if (!isMapping(stats) || item.failed === true || !isMapping(stats.data)) continue;
      const target = stats.per_host === true ? (this.hosts[host] ??= {}) : this.run;
      this.update(target, stats.data, stats.aggregate !== false);
    }
  }

  snapshot(): CustomStats {
    return { hosts: structuredClone(this.hosts), run: structuredClone(this.run) };
  }
}
