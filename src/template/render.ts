/**
 * Rendering as the executor needs it, per task and host: strings, nested task arguments, and
 * conditions. Pure functions of (text, vars); the only state is a cache of compiled texts.
 */
import { TemplateError } from '../core/errors.js';
import { compileExpression, compileTemplate, type Compiled } from './compile.js';
import { toEngine } from './convert.js';
import { evaluateInEngine, renderInEngine, syntaxErrorOf, type BlockWhitespace, type EngineFailure, type EngineOutcome, type UndefinedBehavior } from './engine.js';
import { mandatoryMessage } from './filters-convert.js';
import { OMIT, OMIT_PLACEHOLDER } from './omit.js';
import { temporalText } from './py-datetime.js';
import { pyStr, pyTruthy } from './python.js';
import { setLookupVars } from './lookups/index.js';
import { setErrorLine } from './error-lines.js';
import { explainUndefined, lookupChain } from './undefined.js';
import { containsUnsafe, isUnsafe, isUnsafeData, taint, toPlain, UnsafeText } from './unsafe.js';

export type Vars = Record<string, unknown>;

const MAX_CACHED = 10_000;
const templates = new Map<string, Compiled>();
const templateFiles = new Map<string, Compiled>();
const expressions = new Map<string, Compiled>();

function cached(cache: Map<string, Compiled>, text: string, compile: (text: string) => Compiled): Compiled {
  let compiled = cache.get(text);
  if (compiled === undefined) {
    compiled = compile(text);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, compiled);
  }
  return compiled;
}

/** True when `text` contains template syntax; anything else renders to itself. */
export function isTemplated(text: string): boolean {
  return text.includes('{{') || text.includes('{%') || text.includes('{#');
}

interface EngineContext {
  context: Record<string, unknown>;
  /**
   * A variable the template reads holds unsafe text somewhere inside, so what the template yields
   * is unsafe too. Conservative: which parts of a variable reach the result is not tracked.
   */
  tainted: boolean;
}

const UNRESOLVED: unique symbol = Symbol('unresolved');

/**
 * A variable whose own template fails (see lazy-vars.ts) is undefined to this template, so
 * `| default` and `is defined` treat it as Ansible does; if the template needs it after all,
 * explaining the undefined error reads it again and raises its own error.
 */
function readVariable(vars: Vars, name: string): unknown {
  try {
    return vars[name];
  } catch (error) {
    if (error instanceof TemplateError) return UNRESOLVED;
    throw error;
  }
}

function engineContext(compiled: Compiled, vars: Vars): EngineContext {
  const entries: Array<[string, unknown]> = [];
  let tainted = false;
  for (const name of compiled.names) {
    if (!Object.hasOwn(vars, name)) continue;
    const value = readVariable(vars, name);
    if (value === UNRESOLVED) continue;
    tainted ||= containsUnsafe(value);
    entries.push([name, toEngine(value)]);
  }
  // Lookups in the template read the variables by name, beyond those the template mentions.
  setLookupVars(vars);
  return { context: Object.fromEntries(entries), tainted };
}

/** The line of `text` holding offset `at` (1-based). */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

function toError(failure: EngineFailure, compiled: Compiled, text: string, vars: Vars): Error {
  switch (failure.kind) {
    case 'syntax': {
      const error = new TemplateError(`template error while templating string: ${syntaxErrorOf(text, isTemplated(text)) ?? failure.message}. String: ${text}`);
      return setErrorLine(error, failure.line);
    }
    case 'error':
      return failure.error;
    case 'undefined': {
      const { name, message } = explainUndefined(compiled, vars, failure.at);
      const error = new TemplateError(failure.filter === 'mandatory' ? mandatoryMessage(name, failure.args) : message);
      // The compiled text only adds code within lines, so an offset's line is the user's line.
      return setErrorLine(error, failure.at === null ? undefined : lineAt(text, failure.at));
    }
  }
}

function runWithFallback<T>(compiled: Compiled, text: string, vars: Vars, attempt: (behavior: UndefinedBehavior) => EngineOutcome<T>): T {
  const strict = attempt('strict');
  if (strict.ok) return strict.value;
  if (strict.failure.kind === 'undefined' && compiled.guarded) {
    const chainable = attempt('chainable');
    if (chainable.ok) return chainable.value;
  }
  throw toError(strict.failure, compiled, text, vars);
}

function evaluateCompiled(compiled: Compiled, text: string, vars: Vars): unknown {
  if (compiled.simpleChain !== null && Object.hasOwn(vars, compiled.simpleChain.root)) {
    const lookup = lookupChain(compiled.simpleChain, vars);
    if (!lookup.found) throw new TemplateError(lookup.message);
    return lookup.value === undefined ? null : lookup.value;
  }
  const { context, tainted } = engineContext(compiled, vars);
  const value = runWithFallback(compiled, text, vars, (behavior) => evaluateInEngine(compiled.engineSource, context, behavior));
  if (value === OMIT_PLACEHOLDER) return OMIT;
  // Ansible (not native) hands a datetime or timedelta back as its text.
  if (temporalText(value) !== null) return pyStr(value);
  return tainted ? taint(value) : value;
}

/**
 * Renders one string. A string that is exactly one `{{ expr }}` yields the expression's native
 * value (number, list, dict, ..., or OMIT); any other template yields a string, with values
 * printed as Python prints them (`True`, `None`, `{'a': 1}`). Undefined variables raise
 * TemplateError in Ansible's wording, e.g. `'x' is undefined`. What is built from unsafe text is
 * unsafe (an UnsafeText, or a container whose strings are).
 */
export function renderTemplate(text: string, vars: Vars): unknown {
  if (!isTemplated(text)) return text;
  const compiled = cached(templates, text, (source) => compileTemplate(source, 'task'));
  if (compiled.mode === 'expression') return evaluateCompiled(compiled, text, vars);
  const { context, tainted } = engineContext(compiled, vars);
  const rendered = runWithFallback(compiled, text, vars, (behavior) => renderInEngine(compiled.engineSource, context, behavior));
  return tainted ? new UnsafeText(rendered) : rendered;
}

/**
 * Renders a whole template file (the `template` module) to text: even a file that is one `{{ }}`
 * gives Python's `str()` of the value, as Jinja prints it. Unsafe when built from unsafe values.
 */
export function renderTemplateText(text: string, vars: Vars, whitespace?: BlockWhitespace): string | UnsafeText {
  if (!isTemplated(text)) return text;
  const compiled = cached(templateFiles, text, (source) => compileTemplate(source, 'file'));
  if (compiled.mode === 'expression') {
    const value = evaluateCompiled(compiled, text, vars);
    const printed = pyStr(toPlain(value));
    return containsUnsafe(value) ? new UnsafeText(printed) : printed;
  }
  const { context, tainted } = engineContext(compiled, vars);
  const rendered = runWithFallback(compiled, text, vars, (behavior) => renderInEngine(compiled.engineSource, context, behavior, whitespace));
  return tainted ? new UnsafeText(rendered) : rendered;
}

function renderDeep(value: unknown, vars: Vars): unknown {
  if (typeof value === 'string') return renderTemplate(value, vars);
  if (typeof value !== 'object' || value === null || isUnsafeData(value)) return value;
  if (Array.isArray(value)) return value.map((item) => renderDeep(item, vars));
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renderDeep(item, vars)]));
}

/**
 * Renders every string inside `value` (task arguments, nested lists and dicts), returning new
 * containers. Unsafe text stays as it is. Dict keys are kept.
 */
export function renderValue<T>(value: T, vars: Vars): T {
  return renderDeep(value, vars) as T;
}

function compileCondition(expression: string): Compiled {
  const asTemplate = isTemplated(expression) ? compileTemplate(expression) : null;
  return asTemplate?.mode === 'expression' ? asTemplate : compileExpression(expression);
}

/**
 * Evaluates a condition (`when`, `until`, `failed_when`, `changed_when`, `assert.that`) with
 * Jinja's truthiness. A list means all must hold; a boolean is itself; a string wrapped in
 * `{{ }}` is tolerated as Ansible does.
 */
export function evaluateCondition(expression: string | boolean | Array<string | boolean>, vars: Vars): boolean {
  if (typeof expression === 'boolean') return expression;
  if (Array.isArray(expression)) return expression.every((item) => evaluateCondition(item, vars));
  const trimmed = expression.trim();
  if (trimmed === '') return true;
  const compiled = cached(expressions, trimmed, compileCondition);
  const value = evaluateCompiled(compiled, trimmed, vars);
  return pyTruthy(isUnsafe(value) ? value.text : value);
}
