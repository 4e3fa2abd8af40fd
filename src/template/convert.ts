/**
 * Data crossing into and out of the WASM engine. Into it only plain data goes: functions and
 * symbols are dropped (the engine would make a function callable from a template), OMIT becomes
 * its placeholder, unsafe text its plain string (the caller keeps track of the taint). Out of it,
 * the engine's Maps become plain objects and none becomes null. The one exception to "no functions":
 * a datetime or timedelta gets its Python methods (`strftime()`, `total_seconds()`), each behind
 * the engine's guard, which keeps a throwing function from corrupting the engine.
 */
import { OMIT, OMIT_PLACEHOLDER } from './omit.js';
import { isDatetime, isTimedelta, temporalData, temporalMethods } from './py-datetime.js';
import { UnsafeText } from './unsafe.js';

type Method = (...args: unknown[]) => unknown;

let guardMethod: (name: string, method: Method) => Method = (_name, method) => method;

/** Set once by the engine: wraps every method handed to it. */
export function setMethodGuard(guard: (name: string, method: Method) => Method): void {
  guardMethod = guard;
}

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
      if (isDatetime(value) || isTimedelta(value)) {
        const methods = Object.entries(temporalMethods(value)).map(([name, method]) => [name, guardMethod(name, method)]);
        return { ...value, ...Object.fromEntries(methods) };
      }
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toEngine(v)]));
    default:
      return undefined;
  }
}

export function fromEngine(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(fromEngine);
  if (value instanceof Map) {
    const plain = Object.fromEntries([...value].map(([k, v]) => [String(k), fromEngine(v)]));
    return temporalData(plain) ?? plain;
  }
  return value;
}
