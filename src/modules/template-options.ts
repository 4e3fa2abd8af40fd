/**
 * The `template` module's Jinja options, read from its arguments: which whitespace and newline
 * rules the render uses and how the text is encoded. castoff's engine has Jinja's default
 * delimiters only, so a task that changes them gets a clear error instead of a wrong file.
 */
import type { BlockWhitespace } from '../template/index.js';
import { isTrue, textArg } from './args.js';

export interface TemplateOptions {
  whitespace: BlockWhitespace;
  newline: '\n' | '\r' | '\r\n';
  encoding: BufferEncoding;
}

const JINJA_DELIMITERS: Readonly<Record<string, string>> = {
  block_start_string: '{%',
  block_end_string: '%}',
  variable_start_string: '{{',
  variable_end_string: '}}',
  comment_start_string: '{#',
  comment_end_string: '#}',
};

/** Ansible takes the sequence as the characters or written with backslashes (`'\r\n'` single-quoted). */
const NEWLINES: Readonly<Record<string, TemplateOptions['newline']>> = { '\n': '\n', '\r': '\r', '\r\n': '\r\n', '\\n': '\n', '\\r': '\r', '\\r\\n': '\r\n' };

/** Python's codec names for the encodings Node can write. */
const ENCODINGS: Readonly<Record<string, BufferEncoding>> = {
  'utf-8': 'utf8',
  utf8: 'utf8',
  utf_8: 'utf8',
  'latin-1': 'latin1',
  latin1: 'latin1',
  latin_1: 'latin1',
  'iso-8859-1': 'latin1',
  'iso8859-1': 'latin1',
  ascii: 'ascii',
  'us-ascii': 'ascii',
  'utf-16-le': 'utf16le',
  'utf-16le': 'utf16le',
  utf_16_le: 'utf16le',
};

function flag(args: Record<string, unknown>, name: string, fallback: boolean): boolean {
  return args[name] === undefined || args[name] === null ? fallback : isTrue(args[name]);
}

/** The options of a task's arguments, or the message it fails with. */
export function templateOptions(args: Record<string, unknown>): TemplateOptions | { error: string } {
  for (const [name, standard] of Object.entries(JINJA_DELIMITERS)) {
    const value = textArg(args, name);
    if (value !== undefined && value !== standard) {
      return { error: `castoff's template engine does not support changing ${name} (to '${value}'); only Jinja's default '${standard}' works` };
    }
  }
  const newline = NEWLINES[textArg(args, 'newline_sequence') ?? '\n'];
  if (newline === undefined) return { error: 'newline_sequence needs to be one of: \n, \r or \r\n' };
  const encodingName = (textArg(args, 'output_encoding') ?? 'utf-8').toLowerCase();
  const encoding = ENCODINGS[encodingName];
  if (encoding === undefined) {
    return { error: `castoff cannot write output_encoding '${encodingName}'; it writes utf-8, latin-1, ascii and utf-16-le` };
  }
  return { whitespace: { trimBlocks: flag(args, 'trim_blocks', true), lstripBlocks: flag(args, 'lstrip_blocks', false) }, newline, encoding };
}

/** Jinja writes the template's own line breaks with the chosen sequence; values keep theirs. */
export function withNewlines(source: string, newline: TemplateOptions['newline']): string {
  return newline === '\n' ? source.replace(/\r\n?/g, '\n') : source.replace(/\r\n|\r|\n/g, newline);
}

/** Python's str() of a datetime in local time: `2024-05-01 12:30:00.123456`, no fraction when it is zero. */
export function pythonDateTime(epochMicros: bigint): string {
  const date = new Date(Number(epochMicros / 1000n));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const micros = Number(((epochMicros % 1_000_000n) + 1_000_000n) % 1_000_000n);
  const base = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return micros === 0 ? base : `${base}.${pad(micros, 6)}`;
}
