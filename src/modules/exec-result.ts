/**
 * The result of a command run without a module (raw, script): Ansible's fields for a command's
 * output, unstripped as Ansible leaves them.
 */
import type { ModuleResult } from '../core/index.js';
import { withDerivedLines } from '../async/output-limit.js';
import { truncationWarning, type ExecResult, type OutputTruncation } from '../connection/index.js';

/** Python's str.splitlines(): no empty last line for a trailing newline. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function commandOutputResult(r: ExecResult): ModuleResult {
  const stdout = r.stdout.toString('utf8');
  const stderr = r.stderr.toString('utf8');
  // A command killed by a signal has no exit code; -1 keeps `rc` a number and the task failed.
  const rc = r.rc ?? -1;
  const result: ModuleResult = {
    rc,
    stdout,
    stderr,
    changed: true,
    failed: rc !== 0,
    msg: rc !== 0 ? 'non-zero return code' : '',
    ...truncationFields(r.truncated),
  };
  // Lines of a truncated output are kept from both ends only (see withDerivedLines).
  if (r.truncated) return withDerivedLines(result);
  return { ...result, stdout_lines: splitLines(stdout), stderr_lines: splitLines(stderr) };
}

/** `truncated: true` and one warning per cut stream, or nothing when the output was kept whole. */
export function truncationFields(truncated: OutputTruncation | undefined): { truncated?: true; warnings?: string[] } {
  if (!truncated) return {};
  const warnings = (['stdout', 'stderr'] as const).flatMap((stream) => {
    const cut = truncated[stream];
    return cut ? [truncationWarning(stream, cut)] : [];
  });
  return { truncated: true, warnings };
}
