/**
 * Arguments of filters and tests written in TypeScript. minijinja hands keyword arguments to a
 * JavaScript function as a trailing map, indistinguishable from a dict passed by position; a
 * trailing mapping is taken as keywords when every key is one the function accepts.
 */
import { TemplateError } from '../core/errors.js';
import { isMapping, pyTypeName, type Mapping } from './python.js';

/** A filter (`value | name(args)`) or a test (`value is name(args)`); throws TemplateError on misuse. */
export type TemplateFunction = (value: unknown, ...args: unknown[]) => unknown;

export interface CallArgs {
  positional: unknown[];
  keywords: Mapping;
}

export function splitArgs(args: unknown[], keywordNames: readonly string[]): CallArgs {
  const last = args.at(-1);
  if (isMapping(last)) {
    const keys = Object.keys(last);
    if (keys.length > 0 && keys.every((k) => keywordNames.includes(k))) {
      return { positional: args.slice(0, -1), keywords: last };
    }
  }
  return { positional: args, keywords: {} };
}

/** Positional argument `index`, else keyword `name`, else `fallback`. */
export function argument<T>(call: CallArgs, index: number, name: string, fallback: T): unknown {
  if (index < call.positional.length) return call.positional[index];
  return name in call.keywords ? call.keywords[name] : fallback;
}

export function stringArgument(call: CallArgs, index: number, name: string, fallback: string): string {
  const value = argument(call, index, name, fallback);
  if (typeof value !== 'string') throw new TemplateError(`'${name}' must be a string, got ${pyTypeName(value)}`);
  return value;
}

/** Jinja's attribute getter: `a.b.0` walks keys and list indexes; a missing step yields undefined. */
export function getAttribute(item: unknown, path: string): unknown {
  let current = item;
  for (const part of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(part)) current = current[Number(part)];
    else if (isMapping(current) && Object.hasOwn(current, part)) current = current[part];
    else return undefined;
  }
  return current;
}
