/**
 * The exit codes of castoff-playbook and castoff, Ansible's: 0 all well, 1 an error, 2 a host
 * failed or bad options, 4 a host unreachable or a parse error, 99 interrupted, 250 a bug.
 */
import type { RunOutcome } from '../index.js';

export const EXIT = { ok: 0, error: 1, failed: 2, badOptions: 2, unreachable: 4, parseError: 4, interrupted: 99, internal: 250 } as const;

const OUTCOME_EXIT: Readonly<Record<RunOutcome, number>> = { ok: EXIT.ok, failed: EXIT.failed, unreachable: EXIT.unreachable, cancelled: EXIT.interrupted };

/** The exit code of a run that ended so. */
export function exitCodeFor(outcome: RunOutcome): number {
  return OUTCOME_EXIT[outcome];
}
