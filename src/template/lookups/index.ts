/**
 * `lookup()`, `query()` and `q()` in templates. Lookups run on the controller, inside the render:
 * they read controller files, run commands and read the render's variables (see context.ts).
 */
import { TemplateError } from '../../core/errors.js';
import { splitArgs } from '../args.js';
import type { TemplateFunction } from '../args.js';
import type { Vars } from '../render.js';
import { commandLookups } from './commands.js';
import { config } from './config.js';
import { keepingLookupVars, lookupVars } from './context.js';
import { LookupUndefined, lookupErrorMessage } from './errors.js';
import { fileLookups } from './files.js';
import { listLookups } from './lists.js';
import { password } from './password.js';
import { sequence } from './sequence.js';
import type { Lookup } from './types.js';

export { setLookupVars } from './context.js';
export { withLookupEnvironment, type LookupEnvironment } from './controller.js';
export { flattenOnce } from './lists.js';

/** Every lookup castoff has, by short name; `ansible.builtin.<name>` reaches the same one. */
export const LOOKUPS: Readonly<Record<string, Lookup>> = { ...listLookups, ...fileLookups, ...commandLookups, sequence, password, config };

const COMMON_OPTIONS = ['errors', 'wantlist'];

function findLookup(name: unknown): { name: string; lookup: Lookup } {
  const short = typeof name === 'string' ? name.replace(/^ansible\.builtin\./, '') : '';
  const lookup = Object.hasOwn(LOOKUPS, short) ? LOOKUPS[short] : undefined;
  if (lookup === undefined) throw new TemplateError(`lookup plugin (${String(name)}) not found`);
  return { name: short, lookup };
}

/** Ansible's shaping of `lookup()`'s list: strings joined with commas, a single value alone. */
function asLookupValue(results: unknown[]): unknown {
  if (results.length === 0) return results;
  if (results.every((r) => typeof r === 'string')) return results.join(',');
  return results.length === 1 ? results[0] : results;
}

/**
 * Runs lookup `name` on `terms` with the caller's variables. `errors` decides what a failure
 * does: strict raises, warn and ignore give None (an empty list for query).
 */
export function runLookup(name: unknown, terms: unknown[], options: Record<string, unknown>, vars: Vars, wantlist: boolean): unknown {
  const found = findLookup(name);
  const errors = options.errors ?? 'strict';
  if (!['strict', 'warn', 'ignore'].includes(String(errors))) {
    throw new TemplateError(`Invalid value "${String(errors)}" for "errors", valid values are "strict", "warn" or "ignore".`);
  }
  const lookupOptions = Object.fromEntries(Object.entries(options).filter(([key]) => !COMMON_OPTIONS.includes(key)));
  let results: unknown[];
  try {
    results = keepingLookupVars(() => found.lookup.run(terms, lookupOptions, vars));
  } catch (error) {
    if (error instanceof LookupUndefined || !(error instanceof Error)) throw error;
    if (errors === 'strict') throw new TemplateError(lookupErrorMessage(found.name, error));
    return wantlist ? [] : null;
  }
  return wantlist ? results : asLookupValue(results);
}

/** A template call: the lookup's name, its terms, and a trailing mapping of its keyword options. */
function templateCall(forceList: boolean): TemplateFunction {
  return (name, ...args) => {
    const known = Object.hasOwn(LOOKUPS, String(name).replace(/^ansible\.builtin\./, '')) ? findLookup(name).lookup.options : [];
    const call = splitArgs(args, [...COMMON_OPTIONS, ...known]);
    const wantlist = forceList || call.keywords.wantlist === true;
    return runLookup(name, call.positional, call.keywords, lookupVars(), wantlist);
  };
}

/** The globals the template engine registers. */
export const lookupGlobals: Record<string, TemplateFunction> = {
  lookup: templateCall(false),
  query: templateCall(true),
  q: templateCall(true),
};

export function hasLookup(name: string): boolean {
  return Object.hasOwn(LOOKUPS, name.replace(/^ansible\.builtin\./, ''));
}

/**
 * The items of a `with_<name>` loop whose value rendered to `value`: a list gives the lookup's
 * terms, anything else is the only term (so `with_items: a_string` loops once). A failure is the
 * lookup's own message, as Ansible reports a loop's lookup error.
 */
export function loopItemsOf(name: string, value: unknown, vars: Vars): unknown[] {
  const terms = Array.isArray(value) ? value : [value];
  return keepingLookupVars(() => findLookup(name).lookup.run(terms, {}, vars));
}
