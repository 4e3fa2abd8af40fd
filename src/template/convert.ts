/**
 * Data crossing into and out of the WASM engine. Into it only plain data goes: functions and
 * symbols are dropped (the engine would make a function callable from a template), OMIT becomes
 * its placeholder, unsafe text its plain string (the caller keeps track of the taint). Out of it,
 * the engine's Maps become plain objects and none becomes null.
 */
import { OMIT, OMIT_PLACEHOLDER } from './omit.js';
import { UnsafeText } from './unsafe.js';

export function toEngine(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return Number(value);
    case 'symbol':
      return value === OMIT ? OMIT_PLACEHOLDER : undefined;
    case 'object':
      if (value === null) return null;
      if (value instanceof UnsafeText) return value.text;
      if (Array.isArray(value)) return value.map(toEngine);
      if (value instanceof Date) return value.toISOString();
      if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), toEngine(v)]));
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toEngine(v)]));
    default:
      return undefined;
  }
}

export function fromEngine(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(fromEngine);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), fromEngine(v)]));
  return value;
}
