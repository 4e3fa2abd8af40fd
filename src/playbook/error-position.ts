/**
 * Ansible's pointer to where in a playbook a task's error comes from, appended to the message:
 * the file, line and column, then the line before, the line and a caret under the column.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourcePosition } from '../core/errors.js';

/** The line at `index` (0-based) and the one before it, moving up past blank lines as Ansible does. */
function excerpt(lines: string[], index: number): { line: string; previous: string } | undefined {
  let at = Math.min(index, lines.length - 1);
  while (at >= 0 && lines[at].trim() === '') at -= 1;
  if (at < 0) return undefined;
  return { line: lines[at], previous: at > 0 ? lines[at - 1] : '' };
}

/**
 * `\n\nThe error appears to be in '<file>': line L, column C, ...` with the offending lines when
 * the file reads; nothing for a playbook given as data (`<plays>`, `<ad-hoc>`).
 */
export function errorPositionText(position: SourcePosition): string {
  const { line, col } = position;
  if (position.file.startsWith('<')) return '';
  const where = (file: string) => `\n\nThe error appears to be in '${file}': line ${line}, column ${col}, but may\nbe elsewhere in the file depending on the exact syntax problem.\n`;
  let lines: string[];
  try {
    lines = readFileSync(position.file, 'utf8').split(/\r?\n/);
  } catch {
    // Since removed, or a name given to playbook text: the position alone, as named.
    return where(position.file);
  }
  let text = where(resolve(position.file));
  const found = excerpt(lines, line - 1);
  if (found !== undefined) text += `\nThe offending line appears to be:\n\n${found.previous.trimEnd()}\n${found.line.trimEnd()}\n${' '.repeat(Math.max(0, col - 1))}^ here\n`;
  return text;
}
