/**
 * Python `re` patterns and replacement strings on top of JavaScript's RegExp. Playbooks are written
 * against Python's dialect: `(?P<name>...)`, `\A`, `\Z`, `$` before a final newline, `\1` and
 * `\g<name>` in replacements.
 */
import { TemplateError } from '../core/errors.js';

export interface RegexFlags {
  ignorecase?: boolean;
  multiline?: boolean;
}

const INLINE_FLAGS = /^\(\?([aiLmsux]+)\)/;
const compiled = new Map<string, RegExp>();
const MAX_CACHED = 1000;

function translate(pattern: string, multiline: boolean): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      i += 1;
      if (!inClass && next === 'A') out += '(?<![\\s\\S])';
      else if (!inClass && next === 'Z') out += '(?![\\s\\S])';
      else out += c + next;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (pattern[i + 1] === ']') out += pattern[++i];
    } else if (pattern.startsWith('(?P<', i)) {
      out += '(?<';
      i += 3;
    } else if (pattern.startsWith('(?P=', i)) {
      const close = pattern.indexOf(')', i);
      out += `\\k<${pattern.slice(i + 4, close)}>`;
      i = close;
    } else if (c === '$' && !multiline) {
      out += '(?=\\n?(?![\\s\\S]))';
    } else {
      out += c;
    }
  }
  return out;
}

/** Compiles a Python pattern; `extraFlags` adds JavaScript flags such as `g` or `y`. */
export function compilePattern(pattern: string, flags: RegexFlags, extraFlags = ''): RegExp {
  const key = `${flags.ignorecase ? 'i' : ''}${flags.multiline ? 'm' : ''}${extraFlags}\0${pattern}`;
  const cached = compiled.get(key);
  if (cached) {
    cached.lastIndex = 0;
    return cached;
  }
  let body = pattern;
  let jsFlags = extraFlags;
  const inline = INLINE_FLAGS.exec(body);
  if (inline) {
    body = body.slice(inline[0].length);
    if (inline[1].includes('x')) throw new TemplateError(`unsupported regular expression flag (?x) in '${pattern}'`);
    for (const f of ['i', 'm', 's']) if (inline[1].includes(f)) jsFlags += f;
  }
  if (flags.ignorecase && !jsFlags.includes('i')) jsFlags += 'i';
  if (flags.multiline && !jsFlags.includes('m')) jsFlags += 'm';
  let regex: RegExp;
  try {
    regex = new RegExp(translate(body, jsFlags.includes('m')), jsFlags);
  } catch (error) {
    throw new TemplateError(`invalid regular expression '${pattern}': ${(error as Error).message}`);
  }
  if (compiled.size >= MAX_CACHED) compiled.clear();
  compiled.set(key, regex);
  return regex;
}

/** The value of group `ref` (a number or a name) in `match`, as Python's `Match.group` returns it. */
export function matchGroup(match: RegExpExecArray, ref: string): string | null {
  const value = /^\d+$/.test(ref) ? match[Number(ref)] : match.groups?.[ref];
  if (value === undefined && !(/^\d+$/.test(ref) ? Number(ref) < match.length : ref in (match.groups ?? {}))) {
    throw new TemplateError(`invalid group reference ${ref}`);
  }
  return value ?? null;
}

/** Expands a Python replacement template (`\1`, `\g<1>`, `\g<name>`, `\n`, `\\`) for one match. */
export function expandReplacement(template: string, match: RegExpExecArray): string {
  return template.replace(/\\(?:g<([^>]+)>|(\d{1,2})|(.))/gs, (whole, named?: string, numbered?: string, other?: string) => {
    if (named !== undefined) return matchGroup(match, named) ?? '';
    if (numbered !== undefined) return matchGroup(match, numbered) ?? '';
    if (other === 'n') return '\n';
    if (other === 't') return '\t';
    if (other === 'r') return '\r';
    if (other === '\\') return '\\';
    return whole;
  });
}
