/**
 * Splitting a line into words as a POSIX shell (and Python's shlex) does: quotes, backslashes and
 * `#` comments. INI inventory host lines and `ansible_ssh_common_args` are both read this way.
 */

export interface ShellWord {
  text: string;
  /** Offset of the word in the line, for error columns. */
  start: number;
}

export class ShellSyntaxError extends Error {}

/** `comments: false` reads `#` as a plain character, as Python's shlex.split does by default. */
export function shellWords(line: string, { comments = true } = {}): ShellWord[] {
  const words: ShellWord[] = [];
  let current: string | undefined;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (/\s/.test(c)) {
      if (current !== undefined) words.push({ text: current, start });
      current = undefined;
      continue;
    }
    if (current === undefined) {
      if (comments && c === '#') break;
      current = '';
      start = i;
    }
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError('no closing quotation');
      current += line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && '"\\$`'.includes(line[j + 1] ?? '')) j++;
        current += line[j];
      }
      if (j >= line.length) throw new ShellSyntaxError('no closing quotation');
      i = j;
    } else if (c === '\\' && i + 1 < line.length) {
      current += line[++i];
    } else {
      current += c;
    }
  }
  if (current !== undefined) words.push({ text: current, start });
  return words;
}
