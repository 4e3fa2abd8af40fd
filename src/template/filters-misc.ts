/**
 * Ansible's remaining filters that need no host: digests, Python `%` formatting, sizes, math,
 * JSON/YAML pretty printing, URLs, UUIDs, dates and `comment`.
 */
import { createHash, randomInt } from 'node:crypto';
import { parseAllDocuments } from 'yaml';
import { TemplateError } from '../core/errors.js';
import { argument, splitArgs, type TemplateFunction } from './args.js';
import { isMapping, pyJsonDumps, pyRepr, pyStr, pyTruthy, pyTypeName, type Mapping } from './python.js';
import { PyRandom } from './py-random.js';
import { pyStrftime } from './py-strftime.js';
import { strptime } from './py-strptime.js';
import { pyYamlBlock } from './pyyaml-dump.js';
import { randomSalt, SHA_CRYPT, shaCrypt } from './sha-crypt.js';

function digest(algorithm: string, value: unknown): string {
  try {
    return createHash(algorithm).update(pyStr(value), 'utf8').digest('hex');
  } catch {
    throw new TemplateError(`unsupported hash type ${algorithm}`);
  }
}

const hash: TemplateFunction = (value, ...args) => digest(String(argument(splitArgs(args, ['hashtype']), 0, 'hashtype', 'sha1')), value);

/** One `%` conversion of Python's printf-style formatting. */
function convert(spec: { flags: string; width: string; precision: string; type: string }, value: unknown): string {
  const { flags, width, precision, type } = spec;
  let text: string;
  switch (type) {
    case 's': text = pyStr(value); if (precision !== '') text = text.slice(0, Number(precision)); break;
    case 'r': text = pyRepr(value); break;
    case 'd': case 'i': case 'u': text = String(Math.trunc(Number(value))); break;
    case 'f': case 'F': text = Number(value).toFixed(precision === '' ? 6 : Number(precision)); break;
    case 'e': case 'E': text = Number(value).toExponential(precision === '' ? 6 : Number(precision)).replace(/e([+-])(\d)$/, 'e$10$2'); break;
    case 'x': text = Math.trunc(Number(value)).toString(16); break;
    case 'X': text = Math.trunc(Number(value)).toString(16).toUpperCase(); break;
    case 'o': text = Math.trunc(Number(value)).toString(8); break;
    case 'c': text = typeof value === 'number' ? String.fromCodePoint(value) : pyStr(value); break;
    default: throw new TemplateError(`unsupported format character '${type}'`);
  }
  if (type === 'E') text = text.toUpperCase();
  if (flags.includes('+') && /[dfieEu]/.test(type) && !text.startsWith('-')) text = `+${text}`;
  const size = Number(width || 0);
  if (text.length >= size) return text;
  if (flags.includes('-')) return text.padEnd(size);
  if (flags.includes('0') && type !== 's') return (text.startsWith('-') || text.startsWith('+') ? text[0] + text.slice(1).padStart(size - 1, '0') : text.padStart(size, '0'));
  return text.padStart(size);
}

/** Jinja's `format`: Python's `text % args`, or `text % kwargs` with `%(name)s`. */
const format: TemplateFunction = (value, ...args) => {
  const text = pyStr(value);
  const named = args.length === 1 && isMapping(args[0]) && /%\(/.test(text) ? (args[0] as Mapping) : null;
  let next = 0;
  const out = text.replace(/%(?:\((\w+)\))?([-+ #0]*)(\d*)(?:\.(\d+))?([a-zA-Z%])/g, (_, name: string | undefined, flags: string, width: string, precision: string | undefined, type: string) => {
    if (type === '%') return '%';
    let arg: unknown;
    if (name !== undefined) {
      if (named === null || !Object.hasOwn(named, name)) throw new TemplateError(`format: no value for '${name}'`);
      arg = named[name];
    } else {
      if (next >= args.length) throw new TemplateError('not enough arguments for format string');
      arg = args[next++];
    }
    return convert({ flags, width, precision: precision ?? '', type }, arg);
  });
  if (named === null && next < args.length) throw new TemplateError('not all arguments converted during string formatting');
  return out;
};

const SIZE_UNITS: Array<[string, number]> = ['Y', 'Z', 'E', 'P', 'T', 'G', 'M', 'K', 'B'].map((suffix, i, all) => [suffix, 2 ** (10 * (all.length - 1 - i))]);

/** Ansible's `human_readable(isbits=False, unit=None)`: `1024` is `1.00 KB`. */
const humanReadable: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['isbits', 'unit']);
  const isBits = pyTruthy(argument(call, 0, 'isbits', false));
  const unit = argument(call, 1, 'unit', null);
  const size = Number(value);
  if (Number.isNaN(size)) throw new TemplateError(`human_readable() can't interpret following string: ${pyStr(value)}`);
  const [suffix, limit] = SIZE_UNITS.find(([s, l]) => (unit === null ? size >= l : String(unit).toUpperCase() === s)) ?? ['B', 1];
  const name = limit === 1 ? (isBits ? 'bits' : 'Bytes') : suffix + (isBits ? 'b' : 'B');
  return `${(size / limit).toFixed(2)} ${name}`;
};

/** Ansible's `human_to_bytes(default_unit=None, isbits=False)`: `'10M'` is 10485760. */
const humanToBytes: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['default_unit', 'isbits']);
  const defaultUnit = argument(call, 0, 'default_unit', null);
  const isBits = pyTruthy(argument(call, 1, 'isbits', false));
  const text = pyStr(value);
  const match = /^\s*(\d*\.?\d*)\s*([A-Za-z]+)?\s*$/.exec(text);
  if (match === null || match[1] === '' || match[1] === '.') throw new TemplateError(`human_to_bytes() can't interpret following string: ${text}`);
  const number = Number(match[1]);
  const unit = match[2] ?? (defaultUnit === null ? null : String(defaultUnit));
  if (unit === null) return Math.round(number);
  const limit = SIZE_UNITS.find(([s]) => s === unit[0].toUpperCase())?.[1];
  const unitClass = isBits ? 'b' : 'B';
  const valid = limit !== undefined && (unit.length === 1 || unit.slice(1) === unitClass || (!isBits && /^[Bb]ytes?$/.test(unit)) || (isBits && /^bits?$/.test(unit)));
  if (!valid) throw new TemplateError(`human_to_bytes() failed to convert ${text}. Value is not a valid string (${isBits ? 'expected a bit value' : 'expected a byte value'})`);
  return Math.round(number * limit);
};

function number(value: unknown, filter: string): number {
  const n = Number(value);
  if (typeof value === 'boolean' || value === null || Number.isNaN(n)) throw new TemplateError(`${filter}() can only be used on numbers: must be real number, not ${pyTypeName(value)}`);
  return n;
}

const log: TemplateFunction = (value, ...args) => {
  const base = argument(splitArgs(args, ['base']), 0, 'base', null);
  const x = Math.log(number(value, 'log'));
  return base === null ? x : x / Math.log(number(base, 'log'));
};

const power: TemplateFunction = (value, y) => number(value, 'pow') ** number(y, 'pow');

const root: TemplateFunction = (value, ...args) => {
  const base = number(argument(splitArgs(args, ['base']), 0, 'base', 2), 'root');
  const x = number(value, 'root');
  return base === 2 ? Math.sqrt(x) : x ** (1 / base);
};

const toNiceJson: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['indent', 'sort_keys', 'ensure_ascii']);
  return pyJsonDumps(value, {
    indent: Number(argument(call, 0, 'indent', 4)),
    sortKeys: pyTruthy(argument(call, 1, 'sort_keys', true)),
    ensureAscii: pyTruthy(call.keywords.ensure_ascii ?? true),
  });
};

const toNiceYaml: TemplateFunction = (value, ...args) => pyYamlBlock(value, Number(argument(splitArgs(args, ['indent']), 0, 'indent', 4)));

const fromYamlAll: TemplateFunction = (value) => {
  if (typeof value !== 'string') return value;
  return parseAllDocuments(value, { version: '1.1' }).flatMap((doc) => {
    if (doc.errors.length > 0) throw new TemplateError(`from_yaml_all: ${doc.errors[0].message}`);
    return doc.contents === null ? [] : [doc.toJS() as unknown];
  });
};

/** Python's `re.escape`: a backslash before each character special in a pattern. */
const regexEscape: TemplateFunction = (value, ...args) => {
  const type = String(argument(splitArgs(args, ['re_type']), 0, 're_type', 'python'));
  if (type === 'posix_basic') return pyStr(value).replace(/[.^$*[\]\\]/g, '\\$&');
  if (type !== 'python') throw new TemplateError('Invalid regex type (%s)'.replace('%s', type));
  return pyStr(value).replace(/[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/g, (c) => `\\${c}`);
};

const urldecode: TemplateFunction = (value) => {
  try {
    return decodeURIComponent(pyStr(value).replaceAll('+', ' '));
  } catch {
    throw new TemplateError(`urldecode: invalid percent-encoding in ${pyRepr(value)}`);
  }
};

/** Python's `urlsplit`, as Ansible's `urlsplit(query='')` returns it. */
const urlsplit: TemplateFunction = (value, ...args) => {
  const query = String(argument(splitArgs(args, ['query']), 0, 'query', ''));
  const m = /^(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s.exec(pyStr(value)) ?? [];
  const netloc = m[2] ?? '';
  const userinfo = netloc.includes('@') ? netloc.slice(0, netloc.lastIndexOf('@')) : null;
  const hostport = netloc.slice(netloc.lastIndexOf('@') + 1);
  const hostMatch = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hostport);
  const host = hostMatch?.[1].replace(/^\[|\]$/g, '') ?? '';
  const parts: Mapping = {
    fragment: m[5] ?? '',
    hostname: host === '' ? null : host.toLowerCase(),
    netloc,
    password: userinfo?.includes(':') ? userinfo.slice(userinfo.indexOf(':') + 1) : null,
    path: m[3] ?? '',
    port: hostMatch?.[2] ? Number(hostMatch[2]) : null,
    query: m[4] ?? '',
    scheme: (m[1] ?? '').toLowerCase(),
    username: userinfo === null ? null : userinfo.split(':')[0],
  };
  if (query === '') return parts;
  if (!Object.hasOwn(parts, query)) throw new TemplateError(`urlsplit: unknown URL component: ${query}`);
  return parts[query];
};

const UUID_NAMESPACE_ANSIBLE = '361E6D51-FAEC-444A-9079-341386DA8E2E';

/** Python's `uuid.uuid5(namespace, name)`. */
const toUuid: TemplateFunction = (value, ...args) => {
  const namespace = String(argument(splitArgs(args, ['namespace']), 0, 'namespace', UUID_NAMESPACE_ANSIBLE));
  const nsHex = namespace.replace(/[{}-]/g, '').replace(/^urn:uuid:/, '');
  if (!/^[0-9a-fA-F]{32}$/.test(nsHex)) throw new TemplateError('badly formed hexadecimal UUID string');
  const bytes = createHash('sha1').update(Buffer.from(nsHex, 'hex')).update(pyStr(value), 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** Ansible's `strftime(format, second=None, utc=False)`. */
const strftime: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['second', 'utc']);
  const second = argument(call, 0, 'second', null);
  const utc = pyTruthy(argument(call, 1, 'utc', false));
  const seconds = second === null ? Date.now() / 1000 : Number(second);
  if (Number.isNaN(seconds)) throw new TemplateError(`Invalid value for epoch value (${pyStr(second)})`);
  return pyStrftime(pyStr(value), new Date(seconds * 1000), utc);
};

/** Ansible's `to_datetime(format='%Y-%m-%d %H:%M:%S')`: Python's `datetime.strptime`. */
const toDatetime: TemplateFunction = (value, ...args) => {
  const pattern = argument(splitArgs(args, ['format']), 0, 'format', '%Y-%m-%d %H:%M:%S');
  return strptime(pyStr(value), pyStr(pattern));
};

/** Ansible's `comment(style, **options)`: text framed as a comment of the given language. */
const comment: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['style', 'newline', 'beginning', 'prefix', 'prefix_count', 'decoration', 'postfix', 'postfix_count', 'end']);
  const style = String(argument(call, 0, 'style', 'plain'));
  const styles: Record<string, Mapping> = {
    plain: { decoration: '# ' }, erlang: { decoration: '% ' }, c: { decoration: '// ' },
    cblock: { beginning: '/*', decoration: ' * ', end: ' */' }, xml: { beginning: '<!--', decoration: ' - ', end: '-->' },
  };
  if (!Object.hasOwn(styles, style)) throw new TemplateError(`comment: unknown style '${style}'`);
  const frame = String(call.keywords.decoration ?? styles[style].decoration).trimEnd();
  const p: Mapping = { newline: '\n', beginning: '', prefix: frame, prefix_count: 1, decoration: '', postfix: frame, postfix_count: 1, end: '', ...styles[style], ...call.keywords };
  const nl = String(p.newline);
  const decoration = String(p.decoration);
  const prefix = String(p.prefix);
  const beginning = p.beginning ? `${String(p.beginning)}${nl}` : '';
  const head = prefix ? (prefix !== nl ? `${prefix}${nl}` : nl).repeat(Number(p.prefix_count)) : '';
  const body = (decoration + pyStr(value).replaceAll(nl, nl + decoration)).replaceAll(decoration + nl, decoration.trimEnd() + nl);
  const tail = ['', ...Array.from({ length: Number(p.postfix_count) }, () => String(p.postfix))].join(nl);
  const end = p.end ? `${nl}${String(p.end)}` : '';
  return `${beginning}${head}${body}${tail}${end}`;
};

/** A seeded generator as Python's `Random(seed)`, or none for the system's. */
function generator(seed: unknown, filter: string): PyRandom | null {
  if (seed === null || seed === undefined) return null;
  if (typeof seed !== 'string' && typeof seed !== 'number' && typeof seed !== 'boolean') {
    throw new TemplateError(`${filter}: the only supported seed types are: None, int, float and str, not ${pyTypeName(seed)}`);
  }
  return new PyRandom(seed);
}

/** Ansible's `random(start=None, step=None, seed=None)`: Python's `randrange` or `choice`. */
const random: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['start', 'step', 'seed']);
  const seeded = generator(argument(call, 2, 'seed', null), 'random');
  const start = argument(call, 0, 'start', null);
  const step = argument(call, 1, 'step', null);
  if (typeof value === 'number' && Number.isInteger(value)) {
    const from = pyTruthy(start) ? Number(start) : 0;
    const by = pyTruthy(step) ? Number(step) : 1;
    if (seeded !== null) return seeded.randrange(from, value, by);
    const count = by > 0 ? Math.ceil((value - from) / by) : Math.ceil((from - value) / -by);
    if (by === 0) throw new TemplateError('zero step for randrange()');
    if (count <= 0) throw new TemplateError(`empty range for randrange() (${from}, ${value}, ${value - from})`);
    return from + by * randomInt(count);
  }
  const items = Array.isArray(value) ? value : typeof value === 'string' ? [...value] : null;
  if (items === null) throw new TemplateError('random can only be used on sequences and integers');
  if (pyTruthy(start) || pyTruthy(step)) throw new TemplateError('start and step can only be used with integer values');
  if (seeded !== null) return seeded.choice(items);
  if (items.length === 0) throw new TemplateError('Cannot choose from an empty sequence');
  return items[randomInt(items.length)];
};

/** Ansible's `shuffle(seed=None)`: a falsy seed shuffles unseeded, as Ansible's `if seed:` does. */
const shuffle: TemplateFunction = (value, ...args) => {
  const seed = argument(splitArgs(args, ['seed']), 0, 'seed', null);
  const items = Array.isArray(value) ? [...value] : typeof value === 'string' ? [...value] : isMapping(value) ? Object.keys(value) : [value];
  if (pyTruthy(seed)) return (generator(seed, 'shuffle') as PyRandom).shuffle(items);
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
};

/** passlib's default rounds, which Ansible's `password_hash` uses when none are given. */
const DEFAULT_ROUNDS: Record<string, number> = { sha256: 535000, sha512: 656000 };

/** Ansible's `password_hash(hashtype='sha512', salt=None, rounds=None)`, for SHA-crypt. */
const passwordHash: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['hashtype', 'salt', 'salt_size', 'rounds', 'ident']);
  const type = pyStr(argument(call, 0, 'hashtype', 'sha512')).replace(/_crypt$/, '');
  if (type !== 'sha256' && type !== 'sha512') throw new TemplateError(`password_hash: castoff supports sha256 and sha512, not ${type}`);
  const salt = argument(call, 1, 'salt', null);
  const rounds = argument(call, 2, 'rounds', null);
  const saltText = salt === null ? randomSalt() : pyStr(salt);
  if (saltText.length > 16) throw new TemplateError(`Could not hash the secret.. salt too large (${type}_crypt requires <= 16 chars)`);
  if (!/^[./0-9A-Za-z]*$/.test(saltText)) throw new TemplateError('invalid characters in sha512_crypt salt'.replace('sha512', type));
  return shaCrypt(pyStr(value), saltText, rounds === null ? DEFAULT_ROUNDS[type] : Number(rounds), SHA_CRYPT[type]);
};

export const miscFilters: Record<string, TemplateFunction> = {
  password_hash: passwordHash,
  hash,
  md5: (value) => digest('md5', value),
  sha1: (value) => digest('sha1', value),
  checksum: (value) => digest('sha1', value),
  format,
  human_readable: humanReadable,
  human_to_bytes: humanToBytes,
  log,
  pow: power,
  root,
  to_nice_json: toNiceJson,
  to_nice_yaml: toNiceYaml,
  from_yaml_all: fromYamlAll,
  regex_escape: regexEscape,
  urldecode,
  urlsplit,
  to_uuid: toUuid,
  strftime,
  to_datetime: toDatetime,
  comment,
  random,
  shuffle,
  type_debug: (value) => pyTypeName(value),
};
