/**
 * How INI inventories read words and values, as Ansible does: host lines are split like a POSIX
 * shell (quotes, backslashes, `#` comments), and values are read as Python literals when they are
 * one (`2222` is a number, `True` a boolean, `"a b"` a string), else kept as text.
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

const PYTHON_CONSTANTS: Record<string, unknown> = { True: true, False: false, None: null };

function pythonString(text: string): string | undefined {
  const match = /^(['"])((?:\\.|(?!\1).)*)\1$/s.exec(text);
  if (!match) return undefined;
  return match[2].replace(/\\(.)/gs, (_, c: string) => ({ n: '\n', t: '\t', r: '\r', '0': '\0' })[c] ?? c);
}

/** A value as Python's `ast.literal_eval` would read it, or the text itself. */
export function iniValue(raw: string): unknown {
  const text = raw.trim();
  if (text in PYTHON_CONSTANTS) return PYTHON_CONSTANTS[text];
  if (/^[-+]?(?:0|[1-9][0-9_]*)$/.test(text)) return Number(text.replace(/_/g, ''));
  if (/^[-+]?0[xX][0-9a-fA-F]+$/.test(text)) return Number.parseInt(text, 16);
  if (/^[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?$/.test(text)) return Number(text);
  const quoted = pythonString(text);
  if (quoted !== undefined) return quoted;
  if (/^[[{]/.test(text)) {
    // Lists and mappings are read when written as JSON, the common subset of both syntaxes.
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}
