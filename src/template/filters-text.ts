/** String filters with Python's semantics: regexes, `replace`, shell `quote`, paths, base64. */
import { TemplateError } from '../core/errors.js';
import { argument, splitArgs, stringArgument, type TemplateFunction } from './args.js';
import { pyStr, pyTruthy } from './python.js';
import { compilePattern, expandReplacement, matchGroup } from './pyregex.js';
import { findMatches, firstMatch } from './regex-runner.js';

const FLAG_NAMES = ['ignorecase', 'multiline'] as const;

/** Python's `str.replace(old, new, count)`. */
const replace: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['old', 'new', 'count']);
  const text = pyStr(value);
  const old = pyStr(argument(call, 0, 'old', ''));
  const replacement = pyStr(argument(call, 1, 'new', ''));
  const count = argument(call, 2, 'count', null);
  const parts = text.split(old);
  if (count === null || typeof count !== 'number' || count < 0 || count >= parts.length - 1) return parts.join(replacement);
  return parts.slice(0, count + 1).join(replacement) + old + parts.slice(count + 1).join(old);
};

/** Ansible's `regex_search(pattern, '\\1', '\\g<name>', ignorecase=, multiline=)`. */
const regexSearch: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['regex', ...FLAG_NAMES]);
  const pattern = stringArgument(call, 0, 'regex', '');
  const groups = call.positional.slice(1).map((ref) => {
    const group = /^\\(?:g<(\S+)>|(\d+))$/.exec(pyStr(ref));
    if (group === null) throw new TemplateError(`Unknown argument ${pyStr(ref)}`);
    return group[1] ?? group[2];
  });
  const flags = { ignorecase: pyTruthy(call.keywords.ignorecase), multiline: pyTruthy(call.keywords.multiline) };
  const match = firstMatch(compilePattern(pattern, flags), pyStr(value), pattern);
  if (match === null) return null;
  return groups.length === 0 ? match[0] : groups.map((ref) => matchGroup(match, ref));
};

/** Python's `re.sub`: `regex_replace(pattern, replacement, ignorecase=, multiline=, count=)`. */
const regexReplace: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['pattern', 'replacement', ...FLAG_NAMES, 'count']);
  const pattern = stringArgument(call, 0, 'pattern', '');
  const replacement = pyStr(argument(call, 1, 'replacement', ''));
  const flags = {
    ignorecase: pyTruthy(argument(call, 2, 'ignorecase', false)),
    multiline: pyTruthy(argument(call, 3, 'multiline', false)),
  };
  const count = Number(argument(call, 4, 'count', 0));
  const text = pyStr(value);
  let out = '';
  let copied = 0;
  let done = 0;
  for (const match of findMatches(compilePattern(pattern, flags, 'g'), text, pattern)) {
    if (count > 0 && done === count) break;
    out += text.slice(copied, match.index) + expandReplacement(replacement, match);
    copied = match.index + match[0].length;
    done += 1;
  }
  return out + text.slice(copied);
};

/** Python's `re.findall`: whole matches, the one group's values, or a list per match of every group. */
const regexFindall: TemplateFunction = (value, ...args) => {
  const call = splitArgs(args, ['regex', ...FLAG_NAMES]);
  const pattern = stringArgument(call, 0, 'regex', '');
  const flags = {
    ignorecase: pyTruthy(argument(call, 1, 'ignorecase', false)),
    multiline: pyTruthy(argument(call, 2, 'multiline', false)),
  };
  return findMatches(compilePattern(pattern, flags, 'g'), pyStr(value), pattern).map((match) => {
    const groups = match.slice(1).map((group) => group ?? '');
    return groups.length === 0 ? match[0] : groups.length === 1 ? groups[0] : groups;
  });
};

/** Python's `shlex.quote`: safe for one POSIX shell word. */
const quote: TemplateFunction = (value) => {
  const text = value === null ? '' : pyStr(value);
  if (text === '') return "''";
  if (/^[\w@%+=:,./-]+$/.test(text) && /^[\x00-\x7f]*$/.test(text)) return text;
  return `'${text.replaceAll("'", `'"'"'`)}'`;
};

/** Python's `os.path.basename`: `a/b/` has an empty basename. */
const basename: TemplateFunction = (value) => {
  const path = pyStr(value);
  return path.slice(path.lastIndexOf('/') + 1);
};

/** Python's `os.path.dirname`: trailing slashes of the head go, unless the head is all slashes. */
const dirname: TemplateFunction = (value) => {
  const path = pyStr(value);
  const head = path.slice(0, path.lastIndexOf('/') + 1);
  return /^\/*$/.test(head) ? head : head.replace(/\/+$/, '');
};

const ENCODINGS: Record<string, BufferEncoding> = {
  'utf-8': 'utf8', utf8: 'utf8', 'utf-16-le': 'utf16le', 'utf-16le': 'utf16le', 'latin-1': 'latin1', latin1: 'latin1', ascii: 'ascii',
};

function encodingArgument(args: unknown[]): BufferEncoding {
  const name = stringArgument(splitArgs(args, ['encoding']), 0, 'encoding', 'utf-8').toLowerCase();
  const encoding = ENCODINGS[name];
  if (encoding === undefined) throw new TemplateError(`unknown encoding: ${name}`);
  return encoding;
}

const b64encode: TemplateFunction = (value, ...args) => Buffer.from(pyStr(value), encodingArgument(args)).toString('base64');

const b64decode: TemplateFunction = (value, ...args) => {
  const text = pyStr(value).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) throw new TemplateError('b64decode: invalid base64-encoded string');
  return Buffer.from(text, 'base64').toString(encodingArgument(args));
};

export const textFilters: Record<string, TemplateFunction> = {
  replace,
  regex_search: regexSearch,
  regex_replace: regexReplace,
  regex_findall: regexFindall,
  quote,
  basename,
  dirname,
  b64encode,
  b64decode,
};
