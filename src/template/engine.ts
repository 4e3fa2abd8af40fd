/**
 * The minijinja environments, created once per process and shared by every render.
 *
 * A JavaScript filter that throws panics the WASM module and leaves it corrupt for good, so every
 * castoff filter and test runs behind `bridge`: it never throws, records the first failure, and the
 * caller of the engine raises it once the engine has returned.
 *
 * Two environments: 'strict' is the norm (Ansible's undefined variables are errors); 'chainable'
 * re-runs a template that failed in strict mode only because `a.b.c | default(..)` or
 * `a.b is defined` walked through an undefined `a`, which Ansible allows.
 */
import { Environment } from 'minijinja-js';
import { TemplateError } from '../errors.js';
import type { TemplateFunction } from './args.js';
import { DEFINED_CHECK, TEXT_FILTER, UNDEFINED_MARKER } from './compile.js';
import { fromEngine, toEngine } from './convert.js';
import { customFilters } from './filters.js';
import { customTests } from './jinja-tests.js';
import { OMIT_PLACEHOLDER } from './omit.js';
import { pyStr } from './python.js';

/** Bounds a runaway `{% for %}` nest; ordinary templates stay far below it. */
const FUEL = 10_000_000;

export type UndefinedBehavior = 'strict' | 'chainable';

export type EngineFailure =
  /** An undefined value was used; `at` is the offset of the filter, test or print that got it. */
  | { kind: 'undefined'; at: number | null; filter: string | null; args: unknown[] }
  | { kind: 'syntax'; message: string }
  | { kind: 'error'; error: Error };

export type EngineOutcome<T> = { ok: true; value: T } | { ok: false; failure: EngineFailure };

let pending: EngineFailure | null = null;

function undefinedAt(value: unknown): number | null {
  if (typeof value !== 'string' || !value.startsWith(UNDEFINED_MARKER)) return null;
  return Number(value.slice(UNDEFINED_MARKER.length));
}

function bridge(name: string, fn: TemplateFunction): (...raw: unknown[]) => unknown {
  return (...raw: unknown[]) => {
    if (pending !== null) return undefined;
    const [value, ...args] = raw.map(fromEngine);
    const at = undefinedAt(value);
    if (at !== null) {
      pending = { kind: 'undefined', at, filter: name, args };
      return undefined;
    }
    try {
      return toEngine(fn(value, ...args));
    } catch (error) {
      pending = { kind: 'error', error: error instanceof Error ? error : new TemplateError(String(error)) };
      return undefined;
    }
  };
}

function createEnvironment(behavior: UndefinedBehavior): Environment {
  const env = new Environment();
  env.enablePyCompat();
  env.undefinedBehavior = behavior;
  env.trimBlocks = true;
  env.keepTrailingNewline = true;
  env.fuel = FUEL;
  env.removeGlobal('debug');
  env.addGlobal('omit', OMIT_PLACEHOLDER);
  for (const [name, fn] of Object.entries(customFilters)) env.addFilter(name, bridge(name, fn));
  env.addFilter(TEXT_FILTER, bridge(TEXT_FILTER, pyStr));
  env.addFilter(DEFINED_CHECK, bridge(DEFINED_CHECK, (value) => value));
  for (const [name, fn] of Object.entries(customTests)) {
    const bridged = bridge(name, fn);
    env.addTest(name, (...raw: unknown[]) => bridged(...raw) === true);
  }
  return env;
}

const environments: Record<UndefinedBehavior, Environment> = {
  strict: createEnvironment('strict'),
  chainable: createEnvironment('chainable'),
};

function engineFailure(error: unknown): EngineFailure {
  const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const message = firstLine.replace(/ \(in <(?:string|expression)>:\d+\)$/, '');
  if (message.startsWith('syntax error')) return { kind: 'syntax', message };
  if (/\bundefined\b/.test(message)) return { kind: 'undefined', at: null, filter: null, args: [] };
  return { kind: 'error', error: new TemplateError(message) };
}

function run<T>(call: () => T): EngineOutcome<T> {
  pending = null;
  try {
    const value = call();
    const failure = pending as EngineFailure | null;
    return failure === null ? { ok: true, value } : { ok: false, failure };
  } catch (error) {
    return { ok: false, failure: pending ?? engineFailure(error) };
  } finally {
    pending = null;
  }
}

export function evaluateInEngine(expression: string, context: Record<string, unknown>, behavior: UndefinedBehavior): EngineOutcome<unknown> {
  const outcome = run(() => environments[behavior].evalExpr(expression, context) as unknown);
  if (!outcome.ok) return outcome;
  const at = undefinedAt(outcome.value);
  if (at !== null) return { ok: false, failure: { kind: 'undefined', at, filter: null, args: [] } };
  return { ok: true, value: fromEngine(outcome.value) };
}

export function renderInEngine(source: string, context: Record<string, unknown>, behavior: UndefinedBehavior): EngineOutcome<string> {
  return run(() => environments[behavior].renderStr(source, context));
}

/**
 * The engine's complaint about `text` as the user wrote it; the compiled source wraps and
 * rewrites the code, so its own syntax errors would point at castoff's additions.
 */
export function syntaxErrorOf(text: string, isTemplate: boolean): string | null {
  const outcome = run(() => (isTemplate ? environments.strict.renderStr(text, {}) : environments.strict.evalExpr(text, {})) as unknown);
  return !outcome.ok && outcome.failure.kind === 'syntax' ? outcome.failure.message : null;
}
