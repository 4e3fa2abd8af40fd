/**
 * Names what was undefined, in Jinja's (and so Ansible's) words: `'x' is undefined`,
 * `'dict object' has no attribute 'y'`, `list object has no element 3`. The engine only says
 * "undefined value", so the chains of the template are looked up in the variables here.
 */
import { ENGINE_GLOBALS, type Chain, type ChainStep, type Compiled } from './compile.js';
import { isMapping, pyRepr, pyTypeName } from './python.js';

/** On failure, `name` is what Jinja calls the undefined name: the root, or the missing attribute. */
export type ChainLookup = { found: true; value: unknown } | { found: false; name: string; message: string };

function missingStep(container: unknown, step: ChainStep): string {
  const type = container === null || container === undefined ? 'None' : `${pyTypeName(container)} object`;
  return typeof step === 'number' ? `${type} has no element ${step}` : `'${type}' has no attribute ${pyRepr(step)}`;
}

/** Follows `chain` through `vars` as Jinja's attribute and item lookup would. */
export function lookupChain(chain: Chain, vars: Record<string, unknown>): ChainLookup {
  if (!Object.hasOwn(vars, chain.root)) return { found: false, name: chain.root, message: `'${chain.root}' is undefined` };
  let current = vars[chain.root];
  for (const step of chain.path) {
    if (Array.isArray(current) && typeof step === 'number' && step < current.length) current = current[step];
    else if (isMapping(current) && Object.hasOwn(current, String(step))) current = current[String(step)];
    else return { found: false, name: String(step), message: missingStep(current, step) };
  }
  return { found: true, value: current };
}

function checkable(chain: Chain, compiled: Compiled): boolean {
  return !compiled.locals.has(chain.root) && !ENGINE_GLOBALS.has(chain.root);
}

export interface UndefinedExplanation {
  name: string | null;
  message: string;
}

function firstMissing(chains: Chain[], vars: Record<string, unknown>): UndefinedExplanation | null {
  for (const chain of chains) {
    const lookup = lookupChain(chain, vars);
    if (!lookup.found) return lookup;
  }
  return null;
}

/**
 * Explains an undefined error. With `at` (where the value was consumed), the nearest chain before
 * it is the culprit; otherwise the first unguarded chain that does not resolve, then any.
 */
export function explainUndefined(compiled: Compiled, vars: Record<string, unknown>, at: number | null): UndefinedExplanation {
  const chains = compiled.chains.filter((c) => checkable(c, compiled));
  const before = at === null ? [] : chains.filter((c) => c.end <= at).reverse();
  const found =
    firstMissing(before.slice(0, 1), vars) ??
    firstMissing(chains.filter((c) => c.guard === null), vars) ??
    firstMissing(chains, vars);
  return found ?? { name: null, message: 'undefined value' };
}
