/**
 * The minijinja environments, shared by every render.
 *
 * A JavaScript filter that throws panics the WASM module and leaves it corrupt for good, so every
 * castoff filter and test runs behind `bridge`: it never throws, records the first failure, and the
 * caller of the engine raises it once the engine has returned.
 *
 * The engine can still be left corrupt by a failure inside it (a result too large to hand back,
 * memory exhausted: every later call then fails with "recursive use of an object detected"), and
 * its WASM memory never shrinks. So after an error the engine is probed, after every call its
 * memory is checked, and when it no longer works or holds too much memory, a fresh WASM instance
 * is loaded and the environments rebuilt.
 *
 * Two environments: 'strict' is the norm (Ansible's undefined variables are errors); 'chainable'
 * re-runs a template that failed in strict mode only because `a.b.c | default(..)` or
 * `a.b is defined` walked through an undefined `a`, which Ansible allows.
 */
import { createRequire } from 'node:module';
import type { Environment } from 'minijinja-js';
import { TemplateError } from '../core/errors.js';
import type { TemplateFunction } from './args.js';
import { DEFINED_CHECK, TEXT_FILTER, UNDEFINED_MARKER } from './compile.js';
import { fromEngine, setMethodGuard, toEngine } from './convert.js';
import { customFilters } from './filters.js';
import { customTests } from './jinja-tests.js';
import { setErrorLine } from './error-lines.js';
import { lookupGlobals } from './lookups/index.js';
import { MINUS_FUNCTION } from './minus-rewrite.js';
import { OMIT_PLACEHOLDER } from './omit.js';
import { subtract } from './py-datetime.js';
import { pyStr } from './python.js';

/** Bounds a runaway `{% for %}` nest; ordinary templates stay far below it. */
const FUEL = 10_000_000;

export type UndefinedBehavior = 'strict' | 'chainable';

export type EngineFailure =
  /** An undefined value was used; `at` is the offset of the filter, test or print that got it. */
  | { kind: 'undefined'; at: number | null; filter: string | null; args: unknown[] }
  | { kind: 'syntax'; message: string; line?: number }
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

// A datetime's methods run inside the engine as filters do: behind the bridge.
setMethodGuard((name, method) => {
  const bridged = bridge(name, (_self, ...args) => method(...args));
  return (...raw: unknown[]) => bridged(null, ...raw);
});

function createEnvironment(module: EngineModule, behavior: UndefinedBehavior): Environment {
  const env = new module.Environment();
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
  env.addGlobal(MINUS_FUNCTION, bridge(MINUS_FUNCTION, subtract));
  for (const [name, fn] of Object.entries(lookupGlobals)) env.addGlobal(name, bridge(name, fn));
  for (const [name, fn] of Object.entries(customTests)) {
    const bridged = bridge(name, fn);
    env.addTest(name, (...raw: unknown[]) => bridged(...raw) === true);
  }
  return env;
}

type EngineModule = typeof import('minijinja-js') & { __wasm?: { memory: WebAssembly.Memory } };

const require = createRequire(import.meta.url);
const ENGINE_PATH = require.resolve('minijinja-js');
/** WASM memory beyond which a fresh instance is loaded after a call, to give the memory back. */
const MAX_IDLE_MEMORY = 256 * 1024 * 1024;

/**
 * A new WASM instance: the module is evaluated again, so nothing of a corrupt one is reused. The
 * old one is unlinked from the module tree too, or its memory would stay reachable for good.
 */
function loadEngine(): EngineModule {
  const old = require.cache[ENGINE_PATH];
  if (old !== undefined) {
    delete require.cache[ENGINE_PATH];
    // The module that required it (this file's stand-in made by createRequire) lists it as a child,
    // which would keep the old instance and its memory alive; `parent` is the only way to that list.
    const siblings = old.parent?.children ?? [];
    if (siblings.includes(old)) siblings.splice(siblings.indexOf(old), 1);
  }
  return require(ENGINE_PATH) as EngineModule;
}

interface Engine {
  module: EngineModule;
  environments: Record<UndefinedBehavior, Environment>;
}

function createEngine(): Engine {
  const module = loadEngine();
  return { module, environments: { strict: createEnvironment(module, 'strict'), chainable: createEnvironment(module, 'chainable') } };
}

let engine: Engine | undefined;

/** The engine, its WASM instance made on the first render: loading castoff costs no WASM compile. */
function currentEngine(): Engine {
  engine ??= createEngine();
  return engine;
}

/**
 * A render started while another is running (a lookup that renders a template or reads a
 * variable written as one) cannot re-enter the environment in use: each nesting level gets
 * environments of its own on the same WASM instance.
 */
let depth = 0;
let nested: Array<Record<UndefinedBehavior, Environment>> = [];
/** Bounds a lookup that renders itself (a template that looks itself up). */
const MAX_DEPTH = 32;

function environments(): Record<UndefinedBehavior, Environment> {
  const { environments: outermost, module } = currentEngine();
  if (depth <= 1) return outermost;
  const level = depth - 2;
  nested[level] ??= { strict: createEnvironment(module, 'strict'), chainable: createEnvironment(module, 'chainable') };
  return nested[level];
}

/** True when both environments still render; a corrupt engine fails every call. */
function engineWorks(): boolean {
  try {
    const { strict, chainable } = currentEngine().environments;
    return strict.renderStr('{{ 1 }}', {}) === '1' && chainable.evalExpr('1', {}) === 1;
  } catch {
    return false;
  }
}

/** The engine's WASM memory in bytes (exported for tests of its release). */
export function wasmMemory(): number {
  return currentEngine().module.__wasm?.memory.buffer.byteLength ?? 0;
}

/**
 * After a call: a fresh engine when this one holds too much memory (WASM memory only grows), or,
 * after an error, when it no longer works.
 */
function recoverEngine(afterError: boolean): void {
  if (wasmMemory() <= MAX_IDLE_MEMORY && (!afterError || engineWorks())) return;
  for (const env of [currentEngine().environments, ...nested].flatMap((set) => Object.values(set))) {
    try {
      env.free();
    } catch {
      // A corrupt instance may refuse even this; dropping it is enough.
    }
  }
  nested = [];
  engine = createEngine();
}

/** What the engine's panic hook said during the current call, e.g. `capacity overflow`. */
let panicMessage: string | null = null;

/**
 * Stands in for console.error during an engine call: the engine's panic hook writes a Rust panic
 * with a stack there, which belongs in the template error, not on the user's terminal.
 */
function recordPanic(...args: unknown[]): void {
  const text = args.map(String).join(' ');
  panicMessage ??= /panicked at [^\n]*\n([^\n]+)/.exec(text)?.[1]?.trim() ?? text.split('\n')[0];
}

function engineFailure(error: unknown): EngineFailure {
  const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const where = / \(in <(?:string|expression)>:(\d+)\)$/.exec(firstLine);
  const message = where === null ? firstLine : firstLine.slice(0, where.index);
  const line = where === null ? undefined : Number(where[1]);
  const outOfRoom = error instanceof WebAssembly.RuntimeError || error instanceof RangeError || message.startsWith('Cannot create a string longer');
  if (panicMessage !== null || outOfRoom) {
    return { kind: 'error', error: new TemplateError(`the template engine crashed (${panicMessage ?? message}), most likely on a value too large; castoff restarted it`) };
  }
  if (message.startsWith('syntax error')) return { kind: 'syntax', message, line };
  // Jinja2's wording, which Ansible users search for, in place of minijinja's "filter x is unknown".
  const unknown = /^unknown (filter|test): \w+ (\S+) is unknown/.exec(message);
  if (unknown !== null) return { kind: 'syntax', message: `no ${unknown[1]} named '${unknown[2]}'`, line };
  if (/\bundefined\b/.test(message)) return { kind: 'undefined', at: null, filter: null, args: [] };
  return { kind: 'error', error: setErrorLine(new TemplateError(message), line) };
}

function run<T>(call: () => T): EngineOutcome<T> {
  if (depth >= MAX_DEPTH) return { ok: false, failure: { kind: 'error', error: new TemplateError(`templates nested more than ${MAX_DEPTH} deep (a lookup that renders itself?)`) } };
  // A nested call starts while the outer one has no failure yet (the bridge stops at the first).
  const outerPanic = panicMessage;
  pending = null;
  panicMessage = null;
  const consoleError = console.error;
  console.error = recordPanic;
  depth++;
  // Only the outermost call may replace the engine: the nested ones run inside its environments.
  const recover = (afterError: boolean): void => {
    if (depth === 1) recoverEngine(afterError);
  };
  try {
    const value = call();
    const failure = pending as EngineFailure | null;
    recover(false);
    return failure === null ? { ok: true, value } : { ok: false, failure };
  } catch (error) {
    const failure = pending ?? engineFailure(error);
    recover(true);
    return { ok: false, failure };
  } finally {
    depth--;
    console.error = consoleError;
    pending = null;
    panicMessage = outerPanic;
  }
}

export function evaluateInEngine(expression: string, context: Record<string, unknown>, behavior: UndefinedBehavior): EngineOutcome<unknown> {
  const outcome = run(() => environments()[behavior].evalExpr(expression, context) as unknown);
  if (!outcome.ok) return outcome;
  const at = undefinedAt(outcome.value);
  if (at !== null) return { ok: false, failure: { kind: 'undefined', at, filter: null, args: [] } };
  return { ok: true, value: fromEngine(outcome.value) };
}

/** Jinja's block whitespace options; Ansible's defaults (trim on, lstrip off) unless a render asks otherwise. */
export interface BlockWhitespace {
  trimBlocks: boolean;
  lstripBlocks: boolean;
}

const ANSIBLE_WHITESPACE: BlockWhitespace = { trimBlocks: true, lstripBlocks: false };

export function renderInEngine(
  source: string,
  context: Record<string, unknown>,
  behavior: UndefinedBehavior,
  whitespace: BlockWhitespace = ANSIBLE_WHITESPACE,
): EngineOutcome<string> {
  const custom = whitespace.trimBlocks !== ANSIBLE_WHITESPACE.trimBlocks || whitespace.lstripBlocks !== ANSIBLE_WHITESPACE.lstripBlocks;
  if (!custom) return run(() => environments()[behavior].renderStr(source, context));
  // The environments are shared: the options hold for this one call only.
  return run(() => {
    const env = environments()[behavior];
    env.trimBlocks = whitespace.trimBlocks;
    env.lstripBlocks = whitespace.lstripBlocks;
    try {
      return env.renderStr(source, context);
    } finally {
      env.trimBlocks = ANSIBLE_WHITESPACE.trimBlocks;
      env.lstripBlocks = ANSIBLE_WHITESPACE.lstripBlocks;
    }
  });
}

/**
 * The engine's complaint about `text` as the user wrote it; the compiled source wraps and
 * rewrites the code, so its own syntax errors would point at castoff's additions.
 */
export function syntaxErrorOf(text: string, isTemplate: boolean): string | null {
  const outcome = run(() => (isTemplate ? environments().strict.renderStr(text, {}) : environments().strict.evalExpr(text, {})) as unknown);
  // The user's own literals may hold escapes minijinja refuses (`\d`); castoff rewrites those, so
  // that complaint is not the template's fault.
  if (outcome.ok || outcome.failure.kind !== 'syntax' || outcome.failure.message.includes('bad string escape')) return null;
  return outcome.failure.message;
}
