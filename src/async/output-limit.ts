/**
 * How the output limit reaches the Python on a host, and what the controller restores of a result
 * the host had to shrink to fit the limit.
 */
import type { ModuleResult } from './job.js';

/** The module argument carrying the limit (bytes per stream) to the modules that run commands. */
export const OUTPUT_LIMIT_ARG = '_castoff_output_limit';

function lines(text: unknown): string[] {
  if (typeof text !== 'string' || text === '') return [];
  return text.replace(/\r?\n$/, '').split(/\r?\n/);
}

/**
 * `stdout_lines`/`stderr_lines` from `stdout`/`stderr` where the result has none: a result cut to
 * the limit drops them on the host (for a short-lined output they are bigger than the output).
 */
export function withDerivedLines(result: ModuleResult): ModuleResult {
  if (typeof result.stdout === 'string' && !('stdout_lines' in result)) result.stdout_lines = lines(result.stdout);
  if (typeof result.stderr === 'string' && !('stderr_lines' in result)) result.stderr_lines = lines(result.stderr);
  return result;
}
