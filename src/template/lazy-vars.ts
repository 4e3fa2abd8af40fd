/**
 * Variables resolved as Ansible resolves them: lazily and once. A variable written as a template
 * (`url: "http://{{ host }}"`) is rendered when something first reads it, against the same
 * variables, and the result is kept for the rest of the resolution (one task on one host). So
 * within a resolution a value is rendered exactly once (what its template produced is not rendered
 * a second time, as repeated passes would), and unsafe text never at all. A variable whose
 * template fails fails where it is read, so only the tasks that use it fail; one that needs
 * itself is Ansible's "recursive loop" error.
 */
import { TemplateError } from '../core/errors.js';
import { isTemplated, renderValue, type Vars } from './render.js';
import { isUnsafeData } from './unsafe.js';

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

interface Resolution {
  /** Values as written in the playbook and inventory: rendered when first read. */
  written: Vars;
  /** Values used as they are (a loop item, a registered result for `until`); they win over written ones. */
  resolved: Vars;
  outcomes: Map<string, Outcome>;
  /** The variables being rendered right now, to catch one that needs itself. */
  inProgress: Set<string>;
}

const resolutions = new WeakMap<object, Resolution>();

function needsRendering(value: unknown): boolean {
  if (typeof value === 'string') return isTemplated(value);
  if (typeof value !== 'object' || value === null || isUnsafeData(value)) return false;
  return (Array.isArray(value) ? value : Object.values(value)).some(needsRendering);
}

function isDefined(resolution: Resolution, name: string): boolean {
  return Object.hasOwn(resolution.resolved, name) || Object.hasOwn(resolution.written, name);
}

function read(resolution: Resolution, vars: Vars, name: string): unknown {
  if (Object.hasOwn(resolution.resolved, name)) return resolution.resolved[name];
  if (!Object.hasOwn(resolution.written, name)) return undefined;
  const known = resolution.outcomes.get(name);
  if (known !== undefined) {
    if (known.ok) return known.value;
    throw known.error;
  }
  const written = resolution.written[name];
  if (resolution.inProgress.has(name)) {
    throw new TemplateError(`recursive loop detected in template string: ${typeof written === 'string' ? written : JSON.stringify(written)}`);
  }
  resolution.inProgress.add(name);
  try {
    const value = needsRendering(written) ? renderValue(written, vars) : written;
    resolution.outcomes.set(name, { ok: true, value });
    return value;
  } catch (error) {
    resolution.outcomes.set(name, { ok: false, error });
    throw error;
  } finally {
    resolution.inProgress.delete(name);
  }
}

/**
 * Variables that render `written` values on first read. Reading is the only operation: the object
 * cannot be changed, and spreading it renders every variable (use `withVars` to add some).
 */
export function lazyVars(written: Vars, resolved: Vars = {}): Vars {
  const resolution: Resolution = { written, resolved, outcomes: new Map(), inProgress: new Set() };
  const names = () => [...new Set([...Object.keys(written), ...Object.keys(resolved)])];
  const vars: Vars = new Proxy(Object.create(null) as Vars, {
    get: (_, name) => (typeof name === 'string' ? read(resolution, vars, name) : undefined),
    has: (_, name) => typeof name === 'string' && isDefined(resolution, name),
    ownKeys: names,
    // A getter, so asking whether a variable exists does not render it.
    getOwnPropertyDescriptor: (_, name) =>
      typeof name === 'string' && isDefined(resolution, name) ? { get: () => read(resolution, vars, name), enumerable: true, configurable: true } : undefined,
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
  resolutions.set(vars, resolution);
  return vars;
}

/**
 * `vars` with `extra` on top, used as they are. A new resolution: written values may read what
 * `extra` sets (`vars: {x: "{{ item }}"}` in a loop), so nothing rendered before is reused.
 */
export function withVars(vars: Vars, extra: Vars): Vars {
  const resolution = resolutions.get(vars);
  if (resolution === undefined) return { ...vars, ...extra };
  return lazyVars(resolution.written, { ...resolution.resolved, ...extra });
}
