/**
 * Python's view of JavaScript data: truthiness, `str()`, `repr()`, `json.dumps()` and type names.
 * Ansible renders values through Python, so users expect `True`, `None` and `{'a': 1}` in text.
 */
import { temporalRepr, temporalText } from './py-datetime.js';

export type Mapping = Record<string, unknown>;

export function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.length > 0;
  if (typeof value === 'number') return value !== 0;
  if (Array.isArray(value)) return value.length > 0;
  if (isMapping(value)) return Object.keys(value).length > 0;
  return Boolean(value);
}

/** Python's type name as Jinja prints it in "'dict object' has no attribute 'x'". */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (Array.isArray(value)) return 'list';
  const temporal = temporalRepr(value);
  if (temporal !== null) return temporal.slice('datetime.'.length, temporal.indexOf('('));
  return 'dict';
}

function pyNumber(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  return String(value);
}

function pyStringRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pyNumber(value);
  if (typeof value === 'string') return pyStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  const temporal = temporalRepr(value);
  if (temporal !== null) return temporal;
  if (isMapping(value)) {
    return `{${Object.entries(value).map(([k, v]) => `${pyStringRepr(k)}: ${pyRepr(v)}`).join(', ')}}`;
  }
  return String(value);
}

/** Python's `str()`: strings as they are, everything else as its repr. */
export function pyStr(value: unknown): string {
  return typeof value === 'string' ? value : (temporalText(value) ?? pyRepr(value));
}

export interface JsonDumpOptions {
  indent?: number;
  sortKeys?: boolean;
  ensureAscii?: boolean;
}

const JSON_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function jsonString(value: string, ensureAscii: boolean): string {
  let out = '"';
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i];
    const code = value.charCodeAt(i);
    if (JSON_ESCAPES[ch] !== undefined) out += JSON_ESCAPES[ch];
    else if (code < 0x20 || (ensureAscii && code > 0x7e)) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Python's `json.dumps`: `", "` and `": "` separators, non-ASCII escaped unless `ensureAscii` is false. */
export function pyJsonDumps(value: unknown, options: JsonDumpOptions = {}, level = 0): string {
  const ensureAscii = options.ensureAscii ?? true;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return String(value);
  }
  if (typeof value === 'string') return jsonString(value, ensureAscii);
  const entries: Array<[string | null, unknown]> = Array.isArray(value)
    ? value.map((v) => [null, v])
    : Object.entries(isMapping(value) ? value : {});
  if (options.sortKeys && !Array.isArray(value)) entries.sort(([a], [b]) => ((a ?? '') < (b ?? '') ? -1 : 1));
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return open + close;
  const items = entries.map(([k, v]) => (k === null ? '' : `${jsonString(k, ensureAscii)}: `) + pyJsonDumps(v, options, level + 1));
  if (options.indent === undefined) return open + items.join(', ') + close;
  const pad = ' '.repeat(options.indent * (level + 1));
  const closePad = ' '.repeat(options.indent * level);
  return `${open}\n${pad}${items.join(`,\n${pad}`)}\n${closePad}${close}`;
}
