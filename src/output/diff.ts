/**
 * `--diff`: a module's `diff` (`{before, after, before_header, after_header}`, `prepared`, or the
 * binary/size notes) shown as Ansible's default callback shows it: a unified diff with 3 lines of
 * context in the format of Python's difflib (`--- before: path`, `+++ after: path`, `@@ -1,7 +1,8 @@`),
 * each added line green, removed line red and hunk line cyan when colour is on. jsdiff finds the
 * hunks; the text is escaped with `printable` before it is coloured, as host data.
 */
import { structuredPatch } from 'diff';
import type { ModuleResult } from '../core/index.js';
import { printable } from './printable.js';
import { sortedJson } from './sorted-json.js';

/** Lines of context around each change, Ansible's `DIFF_CONTEXT`. */
const CONTEXT = 3;
const COLORS = { add: '0;32', remove: '0;31', hunk: '0;36' } as const;

type Diff = Record<string, unknown>;

/** Ansible's `stringc`: every line of `text` wrapped in the colour on its own, empty ones too. */
function paint(text: string, code: string): string {
  return text
    .split('\n')
    .map((t) => `\u001b[${code}m${t}\u001b[0m`)
    .join('\n');
}

/** A side of the diff as text: a mapping as indented JSON with sorted keys, as Ansible serialises it. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && !Array.isArray(value)) return `${sortedJson(value, 4)}\n`;
  return String(value);
}

/** difflib's range: `start,length`, `start` alone for one line, the line before for none. */
function range(start: number, length: number): string {
  if (length === 1) return `${start}`;
  return `${length === 0 ? start - 1 : start},${length}`;
}

/**
 * The unified diff of one before/after pair, ending in an empty line, or '' when the two are the
 * same. As in Ansible, where difflib sees a last line without its newline as that line plus a
 * `\ No newline at end of file` line, the marker is part of the line it follows, colour included.
 */
function unifiedDiff(diff: Diff, color: boolean): string {
  const { hunks } = structuredPatch('', '', asText(diff.before), asText(diff.after), '', '', { context: CONTEXT });
  if (hunks.length === 0) return '';
  const lines = [`--- ${header('before', diff.before_header)}`, `+++ ${header('after', diff.after_header)}`];
  for (const hunk of hunks) {
    lines.push(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`);
    for (const line of hunk.lines) {
      if (line.startsWith('\\')) lines[lines.length - 1] += `\n${line}`;
      else lines.push(printable(line));
    }
  }
  return `${lines.map((line) => colored(`${line}\n`, color)).join('')}\n`;
}

function header(side: 'before' | 'after', path: unknown): string {
  return path === undefined ? side : `${side}: ${printable(String(path), { oneLine: true })}`;
}

/** A diff line in its colour: added green, removed red, a hunk's `@@` line cyan. */
function colored(line: string, color: boolean): string {
  const code = line.startsWith('+') ? COLORS.add : line.startsWith('-') ? COLORS.remove : line.startsWith('@@') ? COLORS.hunk : undefined;
  return color && code ? paint(line, code) : line;
}

/** What Ansible's default callback prints for a result's `diff`, or undefined when nothing. */
export function renderDiff(result: ModuleResult, color = false): string | undefined {
  const diffs = ([] as unknown[]).concat(result.diff ?? []).filter((d): d is Diff => typeof d === 'object' && d !== null && !Array.isArray(d));
  let out = '';
  for (const d of diffs) {
    if ('dst_binary' in d) out += 'diff skipped: destination file appears to be binary\n';
    if ('src_binary' in d) out += 'diff skipped: source file appears to be binary\n';
    if ('dst_larger' in d) out += `diff skipped: destination file size is greater than ${Number(d.dst_larger)}\n`;
    if ('src_larger' in d) out += `diff skipped: source file size is greater than ${Number(d.src_larger)}\n`;
    if ('before' in d && 'after' in d) out += unifiedDiff(d, color);
    if (typeof d.prepared === 'string') out += printable(d.prepared);
  }
  return out === '' ? undefined : out;
}
