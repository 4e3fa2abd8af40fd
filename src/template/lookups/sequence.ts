/** The sequence lookup: numbers from `start=1 end=10 stride=2 format=%02d` or `[start-]end[/stride][:format]`. */
import { TemplateError } from '../../core/errors.js';
import { keyValues, splitWords } from './terms.js';
import type { Lookup } from './types.js';

const NUMBER = '([0-9]+|0x[0-9a-f]+|0[0-7]+)';
const SHORTCUT = new RegExp(`^(${NUMBER}-)?${NUMBER}(/${NUMBER})?(:(.+))?$`, 'i');

interface Spec {
  start: number;
  end: number | undefined;
  count: number | undefined;
  stride: number;
  format: string;
}

/** Python's int(x, 0): decimal, 0x hex, 0o/0 octal. */
function parseInt0(name: string, text: string): number {
  const t = text.trim().toLowerCase();
  const negative = t.startsWith('-');
  const body = negative ? t.slice(1) : t;
  let value: number;
  if (/^0x[0-9a-f]+$/.test(body)) value = parseInt(body.slice(2), 16);
  else if (/^0o?[0-7]+$/.test(body)) value = parseInt(body.replace(/^0o?/, ''), 8);
  else if (/^[0-9]+$/.test(body)) value = parseInt(body, 10);
  else throw new TemplateError(`can't parse ${name}=${text} as integer`);
  return negative ? -value : value;
}

function parseTerm(term: string): Spec {
  const spec: Spec = { start: 1, end: undefined, count: undefined, stride: 1, format: '%d' };
  const apply = (params: Record<string, unknown>): void => {
    for (const [name, value] of Object.entries(params)) {
      if (name === 'format') spec.format = String(value);
      else if (name === 'start' || name === 'end' || name === 'count' || name === 'stride') spec[name] = parseInt0(name, String(value));
      else throw new TemplateError(`unrecognized arguments to with_sequence: ['${name}']`);
    }
  };
  const words = splitWords(term);
  const shortcut = words.length === 1 ? SHORTCUT.exec(words[0]) : null;
  if (shortcut !== null && !words[0].includes('=')) {
    if (shortcut[2] !== undefined) spec.start = parseInt0('start', shortcut[2]);
    spec.end = parseInt0('end', shortcut[3]);
    if (shortcut[5] !== undefined) spec.stride = parseInt0('stride', shortcut[5]);
    if (shortcut[7] !== undefined) spec.format = shortcut[7];
  } else if (words.length > 0) {
    apply(keyValues(words, 'with_sequence'));
  }
  return spec;
}

/** Python's `format % number` for the one conversion a sequence format holds. */
function formatNumber(format: string, n: number): string {
  const match = /%([-+ 0#]*)(\d*)(?:\.(\d+))?([diouxXeEfFgGcrs%])/.exec(format);
  if (match === null || (format.match(/%/g) ?? []).length !== 1) throw new TemplateError(`bad formatting string: ${format}`);
  const [whole, flags, width, precision, conversion] = match;
  let body: string;
  switch (conversion) {
    case 'x':
    case 'X':
    case 'o': {
      const radix = conversion === 'o' ? 8 : 16;
      body = Math.abs(n).toString(radix);
      if (conversion === 'X') body = body.toUpperCase();
      if (flags.includes('#')) body = (conversion === 'o' ? '0o' : `0${conversion}`) + body;
      break;
    }
    case 'f':
    case 'F':
      body = Math.abs(n).toFixed(precision === undefined ? 6 : Number(precision));
      break;
    case 'e':
    case 'E':
      body = Math.abs(n).toExponential(precision === undefined ? 6 : Number(precision)).replace(/e([+-])(\d)$/, 'e$10$2');
      if (conversion === 'E') body = body.toUpperCase();
      break;
    case 'c':
      return format.replace(whole, String.fromCodePoint(n));
    case '%':
      throw new TemplateError(`bad formatting string: ${format}`);
    default:
      body = String(Math.abs(n));
  }
  const sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const size = width === '' ? 0 : Number(width);
  let text = sign + body;
  if (text.length < size) {
    if (flags.includes('-')) text = text.padEnd(size);
    else if (flags.includes('0') && !['s', 'r'].includes(conversion)) text = sign + body.padStart(size - sign.length, '0');
    else text = text.padStart(size);
  }
  return format.replace(whole, text);
}

function generate(spec: Spec): string[] {
  let { start, end, stride } = spec;
  if (spec.count === undefined && end === undefined) throw new TemplateError('must specify count or end in with_sequence');
  if (spec.count !== undefined && end !== undefined) throw new TemplateError("can't specify both count and end in with_sequence");
  if (spec.count !== undefined) {
    if (spec.count !== 0) end = start + spec.count * stride - 1;
    else [start, end, stride] = [0, 0, 0];
  }
  const last = end as number;
  if (stride > 0 && last < start) throw new TemplateError('to count backwards make stride negative');
  if (stride < 0 && last > start) throw new TemplateError("to count forward don't make stride negative");
  if ((spec.format.match(/%/g) ?? []).length !== 1) throw new TemplateError(`bad formatting string: ${spec.format}`);
  if (stride === 0) return [];
  const out: string[] = [];
  for (let i = start; stride > 0 ? i <= last : i >= last; i += stride) out.push(formatNumber(spec.format, i));
  return out;
}

/** Ansible 2.14 accepts these as keywords and then reads only the terms; so does castoff. */
export const sequence: Lookup = {
  options: ['start', 'end', 'count', 'stride', 'format'],
  run: (terms) => terms.flatMap((term) => generate(parseTerm(String(term)))),
};
