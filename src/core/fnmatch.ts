/**
 * Shell-style wildcards as a RegExp, the one reading behind inventory host patterns, Python's
 * `fnmatch` (the fileglob lookup), glob(3) segments (ssh config `Include`) and OpenSSH host
 * patterns: `*`, `?`, and `[seq]` / `[!seq]` classes. A `]` right after `[` or `[!` belongs to
 * the class, as in Python and glob(3); a `[` with no closing `]` is a plain character.
 */
export interface WildcardOptions {
  /** What `*` and `?` may match: any character (fnmatch) or any but `/` (one glob(3) segment). */
  crossSlash?: boolean;
  /** Whether `[...]` is a class (fnmatch, glob) or plain characters (OpenSSH host patterns). */
  classes?: boolean;
  /** Compare case-insensitively. */
  ignoreCase?: boolean;
}

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

export function wildcardRegExp(pattern: string, options: WildcardOptions = {}): RegExp {
  const { crossSlash = true, classes = true, ignoreCase = false } = options;
  const any = crossSlash ? '.' : '[^/]';
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') source += `${any}*`;
    else if (c === '?') source += any;
    else if (c === '[' && classes) {
      const first = pattern[i + 1] === '!' ? i + 2 : i + 1;
      const end = pattern.indexOf(']', first + 1);
      if (end < 0) source += '\\[';
      else {
        const body = pattern.slice(first, end).replace(/[\\^\]]/g, '\\$&');
        source += `[${first === i + 2 ? '^' : ''}${body}]`;
        i = end;
      }
    } else source += c.replace(SPECIAL, '\\$&');
  }
  return new RegExp(`^${source}$`, ignoreCase ? 'si' : 's');
}

/** Whether a string holds a wildcard character. */
export function hasWildcard(text: string): boolean {
  return /[*?[]/.test(text);
}
