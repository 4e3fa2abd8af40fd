/** Keyword values as the task runner reads them: rendered with the task's variables first. */
import { isTrueValue } from '../../target/index.js';
import { isOmit, isUnsafe, renderValue, type Vars } from '../../template/index.js';

export function bool(value: unknown, vars: Vars, fallback = false): boolean {
  if (value === undefined || value === null) return fallback;
  return isTrueValue(renderValue(value, vars));
}

export function num(value: unknown, vars: Vars, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  const n = Number(renderValue(value, vars));
  return Number.isFinite(n) ? n : fallback;
}

/** `value` without the entries a template set to `omit`. */
export function withoutOmit(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isOmit(v)).map(withoutOmit);
  if (value && typeof value === 'object' && !isUnsafe(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!isOmit(v)) out[k] = withoutOmit(v);
    return out;
  }
  return value;
}

/** A keyword rendered for a Target: templates filled in, omitted entries gone. */
export function renderKeyword(value: unknown, vars: Vars): unknown {
  return withoutOmit(renderValue(value, vars));
}
