/**
 * `--diff`: a module's `diff: {before, after, before_header, after_header}` shown as a unified
 * diff, as Ansible prints it under a changed result.
 */
import type { ModuleResult } from '../core/index.js';

interface DiffRecord {
  before?: unknown;
  after?: unknown;
  before_header?: string;
  after_header?: string;
}

/** Longest-common-subsequence line diff; files shown with --diff are small (modules cap them). */
function lineDiff(before: string[], after: string[]): string[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      out.push(` ${before[i++]}`);
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) out.push(`-${before[i++]}`);
    else out.push(`+${after[j++]}`);
  }
  return out;
}

function asLines(text: unknown): string[] {
  if (typeof text !== 'string' || text === '') return [];
  return text.replace(/\n$/, '').split('\n');
}

export function renderDiff(result: ModuleResult): string | undefined {
  const records = ([] as unknown[]).concat(result.diff ?? []) as DiffRecord[];
  const parts: string[] = [];
  for (const d of records) {
    if (!d || typeof d !== 'object' || (d.before === undefined && d.after === undefined)) continue;
    const before = asLines(d.before);
    const after = asLines(d.after);
    if (before.join('\n') === after.join('\n')) continue;
    parts.push(
      [
        `--- before${d.before_header ? `: ${d.before_header}` : ''}`,
        `+++ after${d.after_header ? `: ${d.after_header}` : ''}`,
        `@@ -${before.length ? 1 : 0},${before.length} +${after.length ? 1 : 0},${after.length} @@`,
        ...lineDiff(before, after),
      ].join('\n'),
    );
  }
  return parts.length ? `${parts.join('\n')}\n` : undefined;
}
