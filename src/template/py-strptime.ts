/**
 * Python's `datetime.strptime(text, format)` for Ansible's `to_datetime`: the directives' patterns
 * follow CPython's `_strptime` (case-insensitive, whitespace in the format matches any run of
 * whitespace), with its error messages.
 */
import { TemplateError } from '../core/errors.js';
import { makeDatetime, type PyDatetime } from './py-datetime.js';
import { DAYS, MONTHS } from './py-strftime.js';

const names = (list: string[], short: boolean) => list.map((n) => (short ? n.slice(0, 3) : n)).join('|');

const DIRECTIVES: Record<string, { pattern: string; field: string }> = {
  d: { pattern: '3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]', field: 'day' },
  f: { pattern: '[0-9]{1,6}', field: 'fraction' },
  H: { pattern: '2[0-3]|[0-1]\\d|\\d', field: 'hour' },
  I: { pattern: '1[0-2]|0[1-9]|[1-9]', field: 'hour12' },
  j: { pattern: '36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]', field: 'yearday' },
  m: { pattern: '1[0-2]|0[1-9]|[1-9]', field: 'month' },
  M: { pattern: '[0-5]\\d|\\d', field: 'minute' },
  S: { pattern: '6[0-1]|[0-5]\\d|\\d', field: 'second' },
  y: { pattern: '\\d\\d', field: 'year2' },
  Y: { pattern: '\\d\\d\\d\\d', field: 'year' },
  z: { pattern: '[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z', field: 'zone' },
  p: { pattern: 'am|pm', field: 'ampm' },
  b: { pattern: names(MONTHS, true), field: 'monthname' },
  h: { pattern: names(MONTHS, true), field: 'monthname' },
  B: { pattern: names(MONTHS, false), field: 'monthname' },
  a: { pattern: names(DAYS, true), field: 'dayname' },
  A: { pattern: names(DAYS, false), field: 'dayname' },
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function compile(format: string): { regex: RegExp; fields: string[] } {
  const fields: string[] = [];
  let source = '';
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if (c !== '%') {
      const next = format.indexOf('%', i);
      source += escape(format.slice(i, next === -1 ? undefined : next));
      i = next === -1 ? format.length : next;
      continue;
    }
    const directive = format[i + 1];
    if (directive === '%') source += '%';
    else if (directive === undefined) throw new TemplateError(`stray % in format '${format}'`);
    else if (!Object.hasOwn(DIRECTIVES, directive)) throw new TemplateError(`'${directive}' is a bad directive in format '%${directive}'`);
    else {
      fields.push(DIRECTIVES[directive].field);
      source += `(${DIRECTIVES[directive].pattern})`;
    }
    i += 2;
  }
  return { regex: new RegExp(`^(?:${source})`, 'i'), fields };
}

function zoneMinutes(text: string): number {
  if (text.toUpperCase() === 'Z') return 0;
  const digits = text.replace(/:/g, '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return text.startsWith('-') ? -minutes : minutes;
}

/** Python's `datetime.datetime.strptime(text, format)`. */
export function strptime(text: string, format: string): PyDatetime {
  const { regex, fields } = compile(format);
  const match = regex.exec(text);
  if (match === null) throw new TemplateError(`time data '${text}' does not match format '${format}'`);
  if (match[0].length !== text.length) throw new TemplateError(`unconverted data remains: ${text.slice(match[0].length)}`);
  const found = new Map<string, string>(fields.map((field, i) => [field, match[i + 1].trim()]));
  const num = (field: string, fallback: number) => (found.has(field) ? Number(found.get(field)) : fallback);
  let year = num('year', found.has('year2') ? (num('year2', 0) < 69 ? 2000 : 1900) + num('year2', 0) : 1900);
  let month = num('month', 1);
  let day = num('day', 1);
  if (found.has('monthname')) {
    const name = (found.get('monthname') as string).toLowerCase();
    month = MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.slice(0, 3))) + 1;
  }
  let hour = num('hour', 0);
  if (found.has('hour12')) {
    hour = num('hour12', 0) % 12;
    if ((found.get('ampm') ?? '').toLowerCase() === 'pm') hour += 12;
  }
  if (found.has('yearday') && !found.has('month') && !found.has('monthname') && !found.has('day')) {
    const date = new Date(Date.UTC(year, 0, num('yearday', 1)));
    [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  }
  const wall = new Date(Date.UTC(year, month - 1, day, hour, num('minute', 0), Math.min(num('second', 0), 59)));
  wall.setUTCFullYear(year);
  if (wall.getUTCMonth() !== month - 1) throw new TemplateError('day is out of range for month');
  const fraction = found.get('fraction');
  const microsecond = fraction === undefined ? 0 : Number(fraction.padEnd(6, '0'));
  return makeDatetime(wall, microsecond, found.has('zone') ? zoneMinutes(found.get('zone') as string) : null);
}
