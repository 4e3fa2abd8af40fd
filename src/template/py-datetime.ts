/**
 * Python's `datetime` and `timedelta` as far as playbooks use them after `to_datetime`:
 * `(a | to_datetime - b | to_datetime).days`, `.total_seconds()`, `.strftime(..)`, comparisons.
 *
 * Both are plain data (they cross into the engine and back): a mapping whose first key, in the
 * engine's sorted order, is the instant in microseconds, so the engine's own comparison of
 * mappings orders them as Python does. Their methods are added on the way into the engine
 * (convert.ts); the engine cannot subtract mappings, so `-` next to `to_datetime` becomes a call
 * of `subtract` (see minus-rewrite.ts).
 */
import { TemplateError } from '../core/errors.js';
import { pyStrftime } from './py-strftime.js';

/** Microseconds since 1970 of the wall clock (naive) or of the UTC instant (with an offset). */
export const DATETIME_KEY = ' datetime';
/** The whole duration in microseconds. */
export const TIMEDELTA_KEY = ' timedelta';

export interface PyDatetime {
  [DATETIME_KEY]: number;
  /** Minutes east of UTC, or null for a naive datetime (what strptime gives without `%z`). */
  ' offset': number | null;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
}

export interface PyTimedelta {
  [TIMEDELTA_KEY]: number;
  days: number;
  seconds: number;
  microseconds: number;
}

const US_PER_DAY = 86_400_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isDatetime(value: unknown): value is PyDatetime {
  return isRecord(value) && typeof value[DATETIME_KEY] === 'number';
}

export function isTimedelta(value: unknown): value is PyTimedelta {
  return isRecord(value) && typeof value[TIMEDELTA_KEY] === 'number';
}

/** A datetime from its wall-clock fields; `offset` in minutes east of UTC or null. */
export function makeDatetime(wall: Date, microsecond: number, offset: number | null): PyDatetime {
  const wallUs = wall.getTime() * 1000 + microsecond;
  return {
    [DATETIME_KEY]: wallUs - (offset ?? 0) * 60_000_000,
    ' offset': offset,
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    microsecond,
  };
}

/** Python normalises a timedelta to whole days (possibly negative), seconds and microseconds. */
export function makeTimedelta(totalUs: number): PyTimedelta {
  const days = Math.floor(totalUs / US_PER_DAY);
  const rest = totalUs - days * US_PER_DAY;
  return { [TIMEDELTA_KEY]: totalUs, days, seconds: Math.floor(rest / 1_000_000), microseconds: rest % 1_000_000 };
}

function wallUs(value: PyDatetime): number {
  return value[DATETIME_KEY] + (value[' offset'] ?? 0) * 60_000_000;
}

function shifted(value: PyDatetime, us: number): PyDatetime {
  const wall = wallUs(value) + us;
  const micro = ((wall % 1_000_000) + 1_000_000) % 1_000_000;
  return makeDatetime(new Date((wall - micro) / 1000), micro, value[' offset']);
}

function typeName(value: unknown): string {
  if (isDatetime(value)) return 'datetime.datetime';
  if (isTimedelta(value)) return 'datetime.timedelta';
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  return Array.isArray(value) ? 'list' : 'dict';
}

/** Python's `a - b` for numbers, datetimes and timedeltas. */
export function subtract(a: unknown, b: unknown): unknown {
  const number = (v: unknown) => (typeof v === 'boolean' ? Number(v) : v);
  const [x, y] = [number(a), number(b)];
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (isDatetime(x) && isDatetime(y)) {
    if ((x[' offset'] === null) !== (y[' offset'] === null)) throw new TemplateError("can't subtract offset-naive and offset-aware datetimes");
    return makeTimedelta(x[DATETIME_KEY] - y[DATETIME_KEY]);
  }
  if (isDatetime(x) && isTimedelta(y)) return shifted(x, -y[TIMEDELTA_KEY]);
  if (isTimedelta(x) && isTimedelta(y)) return makeTimedelta(x[TIMEDELTA_KEY] - y[TIMEDELTA_KEY]);
  throw new TemplateError(`unsupported operand type(s) for -: '${typeName(a)}' and '${typeName(b)}'`);
}

const two = (n: number) => String(n).padStart(2, '0');

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${two(Math.floor(abs / 60))}${colon ? ':' : ''}${two(abs % 60)}`;
}

/** `str(datetime)` (`2024-03-01 12:05:09`) or `isoformat()` (with `T`). */
export function datetimeText(value: PyDatetime, separator = ' '): string {
  const date = `${String(value.year).padStart(4, '0')}-${two(value.month)}-${two(value.day)}`;
  const time = `${two(value.hour)}:${two(value.minute)}:${two(value.second)}${value.microsecond ? `.${String(value.microsecond).padStart(6, '0')}` : ''}`;
  return `${date}${separator}${time}${value[' offset'] === null ? '' : offsetText(value[' offset'], true)}`;
}

/** `str(timedelta)`: `1:00:00`, `3 days, 5:29:45`, `-1 day, 23:59:59.000001`. */
export function timedeltaText(value: PyTimedelta): string {
  const { days, seconds, microseconds } = value;
  const clock = `${Math.floor(seconds / 3600)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}${microseconds ? `.${String(microseconds).padStart(6, '0')}` : ''}`;
  return days === 0 ? clock : `${days} day${Math.abs(days) === 1 ? '' : 's'}, ${clock}`;
}

/** Python's `str()` of a datetime or timedelta, or null for anything else. */
export function temporalText(value: unknown): string | null {
  if (isDatetime(value)) return datetimeText(value);
  if (isTimedelta(value)) return timedeltaText(value);
  return null;
}

/** Python's `repr()` of a datetime or timedelta, or null for anything else. */
export function temporalRepr(value: unknown): string | null {
  if (isDatetime(value)) {
    const { year, month, day, hour, minute, second, microsecond } = value;
    const fields = [year, month, day, hour, minute, second, microsecond];
    while (fields.length > 5 && fields.at(-1) === 0) fields.pop();
    return `datetime.datetime(${fields.join(', ')})`;
  }
  if (isTimedelta(value)) {
    const parts = Object.entries({ days: value.days, seconds: value.seconds, microseconds: value.microseconds }).filter(([, v]) => v !== 0);
    return `datetime.timedelta(${parts.length === 0 ? '0' : parts.map(([k, v]) => `${k}=${v}`).join(', ')})`;
  }
  return null;
}

/** Python's `datetime.strftime`: naive values have empty `%z`/`%Z`. */
function formatDatetime(value: PyDatetime, pattern: string): string {
  const offset = value[' offset'];
  const zone = pattern.replace(/%%|%z|%Z/g, (d) => (d === '%%' ? d : offset === null ? '' : d === '%z' ? offsetText(offset, false) : `UTC${offsetText(offset, true)}`));
  return pyStrftime(zone, new Date((wallUs(value) - value.microsecond) / 1000), true).replace(/%f/g, String(value.microsecond).padStart(6, '0'));
}

/** The methods a template may call on a datetime or timedelta; they take engine values. */
export function temporalMethods(value: PyDatetime | PyTimedelta): Record<string, (...args: unknown[]) => unknown> {
  if (isTimedelta(value)) return { total_seconds: () => value[TIMEDELTA_KEY] / 1_000_000 };
  return {
    strftime: (pattern) => {
      if (typeof pattern !== 'string') throw new TemplateError(`strftime() argument 1 must be str, not ${typeName(pattern)}`);
      return formatDatetime(value, pattern);
    },
    isoformat: (separator) => datetimeText(value, typeof separator === 'string' ? separator : 'T'),
    timestamp: () => (value[' offset'] === null ? new Date(value.year, value.month - 1, value.day, value.hour, value.minute, value.second).getTime() / 1000 + value.microsecond / 1e6 : value[DATETIME_KEY] / 1e6),
    weekday: () => (new Date(Date.UTC(value.year, value.month - 1, value.day)).getUTCDay() + 6) % 7,
    isoweekday: () => ((new Date(Date.UTC(value.year, value.month - 1, value.day)).getUTCDay() + 6) % 7) + 1,
  };
}

/** The data fields of a datetime or timedelta back from the engine, without its methods. */
export function temporalData(value: Record<string, unknown>): PyDatetime | PyTimedelta | null {
  if (isDatetime(value)) return { ...makeDatetime(new Date(0), 0, null), ...pick(value, [DATETIME_KEY, ' offset', 'year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond']) } as PyDatetime;
  if (isTimedelta(value)) return makeTimedelta(value[TIMEDELTA_KEY]);
  return null;
}

function pick(value: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, value[k] ?? null]));
}
