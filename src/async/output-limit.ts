/**
 * How the output limit reaches the Python on a host, and what the controller restores of a result
 * the host had to shrink to fit the limit.
 */
import type { ModuleResult } from '../core/index.js';

/** The module argument carrying the limit (bytes per stream) to the modules that run commands. */
export const OUTPUT_LIMIT_ARG = '_castoff_output_limit';

/**
 * Lines kept of a stream that was cut to the limit: its first and last LINES_KEPT / 2 lines, and
 * the marker between. A stream of short lines would otherwise turn its 10 MiB into millions of
 * strings; they are found by scanning from both ends, never by splitting the whole text.
 */
export const LINES_KEPT = 100_000;

function lines(text: unknown, truncated: boolean): string[] {
  if (typeof text !== 'string' || text === '') return [];
  const body = text.replace(/\r?\n$/, '');
  return truncated ? endLines(body, LINES_KEPT / 2) : body.split(/\r?\n/);
}

const withoutCr = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);

/** The lines of `body`, at most `half` from each end with a marker line between. */
function endLines(body: string, half: number): string[] {
  const head: string[] = [];
  let from = 0;
  while (head.length < half) {
    const end = body.indexOf('\n', from);
    if (end < 0) return [...head, body.slice(from)].map(withoutCr);
    head.push(body.slice(from, end));
    from = end + 1;
  }
  const rest = body.slice(from);
  const tail: string[] = [];
  for (let to = rest.length; tail.length < half; ) {
    const start = to > 0 ? rest.lastIndexOf('\n', to - 1) : -1;
    tail.push(rest.slice(start + 1, to));
    if (start < 0) return [...head, ...tail.reverse()].map(withoutCr);
    to = start;
  }
  return [...head, `[castoff: lines omitted, the first and last ${half} are kept]`, ...tail.reverse()].map(withoutCr);
}

/**
 * `stdout_lines`/`stderr_lines` from `stdout`/`stderr` where the result has none: a result cut to
 * the limit drops them on the host (for a short-lined output they are bigger than the output).
 */
export function withDerivedLines(result: ModuleResult): ModuleResult {
  const truncated = result.truncated === true;
  if (typeof result.stdout === 'string' && !('stdout_lines' in result)) result.stdout_lines = lines(result.stdout, truncated);
  if (typeof result.stderr === 'string' && !('stderr_lines' in result)) result.stderr_lines = lines(result.stderr, truncated);
  return result;
}
