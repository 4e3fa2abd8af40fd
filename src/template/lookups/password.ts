/**
 * The password lookup: the password kept in a controller file, made and written there (mode 0600,
 * directories 0700, a trailing newline, as Ansible writes it) when the file does not exist yet.
 */
import { randomInt } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { TemplateError } from '../../core/errors.js';
import { baseDir, expandHome } from './context.js';
import { keyValues, splitWords } from './terms.js';
import type { Lookup } from './types.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Python's `string` constants a `chars` entry may name. */
const CHARACTER_SETS: Record<string, string> = {
  ascii_letters: LETTERS,
  ascii_lowercase: LETTERS.slice(0, 26),
  ascii_uppercase: LETTERS.slice(26),
  digits: '0123456789',
  hexdigits: '0123456789abcdefABCDEF',
  octdigits: '01234567',
  punctuation: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};
CHARACTER_SETS.printable = `${CHARACTER_SETS.digits}${LETTERS}${CHARACTER_SETS.punctuation} \t\n\r\x0b\x0c`;
const DEFAULT_CHARS = ['ascii_letters', 'digits', '.,:-_'];

/** `chars=ascii_letters,digits,,` : names of sets or literal characters, `,,` a literal comma. */
function charsList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return String(value).replace(/,,/g, '\u0000').split(',').map((part) => part.replace(/\u0000/g, ','));
}

function alphabet(chars: string[]): string {
  return [...new Set(chars.flatMap((entry) => [...(CHARACTER_SETS[entry] ?? entry)]))].join('');
}

function generate(length: number, chars: string): string {
  if (chars.length === 0) throw new TemplateError('chars must not be empty');
  return Array.from({ length }, () => chars[randomInt(chars.length)]).join('');
}

/** The password part of a file that may also hold ` salt=...` and ` ident=...`. */
function storedPassword(content: string): string {
  const at = content.search(/ (salt|ident)=/);
  return at === -1 ? content : content.slice(0, at);
}

export const password: Lookup = {
  options: ['length', 'chars', 'encrypt', 'ident', 'seed'],
  run: (terms, options, vars) =>
    terms.map((term) => {
      const words = splitWords(String(term));
      if (words.length === 0) throw new TemplateError('password lookup needs a file path');
      const params: Record<string, unknown> = { length: 20, chars: DEFAULT_CHARS, ...options, ...keyValues(words.slice(1), 'password') };
      for (const refused of ['encrypt', 'seed', 'ident']) {
        if (params[refused] !== undefined && params[refused] !== null) {
          throw new TemplateError(`castoff's password lookup does not support '${refused}' yet`);
        }
      }
      const length = Number(params.length);
      if (!Number.isInteger(length) || length < 0) throw new TemplateError(`length must be an integer, got ${String(params.length)}`);
      const path = resolve(baseDir(vars), expandHome(words[0]));
      if (path === '/dev/null') return generate(length, alphabet(charsList(params.chars)));
      if (existsSync(path)) return storedPassword(readFileSync(path, 'utf8').replace(/\n+$/, ''));
      const made = generate(length, alphabet(charsList(params.chars)));
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      writeFileSync(path, `${made}\n`, { mode: 0o600 });
      chmodSync(path, 0o600);
      return made;
    }),
};
