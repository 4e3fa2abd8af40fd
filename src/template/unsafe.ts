/**
 * Ansible's `unsafe`: text that is never rendered as a template. Two sources: strings tagged
 * `!unsafe` in YAML, and every string that came from a host (registered results, facts), which a
 * host could otherwise fill with `{{ ansible_password }}` for the controller to expand.
 *
 * A JavaScript string cannot carry a mark, so unsafe text is an `UnsafeText` object wherever it
 * travels as a variable: through set_fact, vars, loops and templates (see render.ts for how a
 * template's result inherits the mark). At the edges where data leaves the variable world (module
 * arguments, events) `toPlain` turns it back into strings; `String()` and JSON give the text too.
 */
import { isUnsafe, UnsafeText } from '../core/unsafe-text.js';

export { isUnsafe, UnsafeText };


/** True for an object or array literal, the only containers variables hold. */
function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function mapStrings(value: unknown, onString: (text: string | UnsafeText) => unknown): unknown {
  if (typeof value === 'string' || value instanceof UnsafeText) return onString(value);
  if (!isPlainContainer(value)) return value;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, onString));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // Own data property even for a key named `__proto__` (host JSON may hold one).
    Object.defineProperty(out, key, { value: mapStrings(item, onString), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Containers `taint` made. Their keys came from the host too, and a key cannot be marked, so such
 * a container counts as unsafe as a whole: a template reading it yields unsafe text even when its
 * only strings are keys (`{{ r | dict2items }}`).
 */
const unsafeContainers = new WeakSet<object>();

function markContainers(value: unknown): void {
  if (!isPlainContainer(value) || unsafeContainers.has(value)) return;
  unsafeContainers.add(value);
  for (const item of Array.isArray(value) ? value : Object.values(value)) markContainers(item);
}

/** A copy of `value` with every string inside it unsafe: what data from a host becomes. */
export function taint<T>(value: T): T {
  const copy = mapStrings(value, (text) => (text instanceof UnsafeText ? text : new UnsafeText(text)));
  markContainers(copy);
  return copy as T;
}

/** Unsafe text, or a container `taint` made: nothing in it is ever rendered. */
export function isUnsafeData(value: unknown): boolean {
  return value instanceof UnsafeText || (typeof value === 'object' && value !== null && unsafeContainers.has(value));
}

/** `value` with unsafe text as plain strings (a copy where there was any), for modules, results and output. */
export function toPlain<T>(value: T): T {
  return containsUnsafe(value) ? (mapStrings(value, (text) => String(text)) as T) : value;
}

/** Containers are checked once; variables' containers are not changed after they are stored. */
const checked = new WeakMap<object, boolean>();

/** True when unsafe text is anywhere inside `value`. */
export function containsUnsafe(value: unknown): boolean {
  if (isUnsafeData(value)) return true;
  if (!isPlainContainer(value)) return false;
  let known = checked.get(value);
  if (known === undefined) {
    known = (Array.isArray(value) ? value : Object.values(value)).some(containsUnsafe);
    checked.set(value, known);
  }
  return known;
}
