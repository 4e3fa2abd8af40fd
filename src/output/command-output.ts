import type { HostStatus } from '../core/index.js';
import type { RunEvent } from '../events/index.js';

/**
 * Whether the one-host-per-line formats (minimal, oneline) show a result as a command's rc and
 * output rather than as JSON: as Ansible does for its command-like modules (display kind
 * `command`), unless the result is an async launch (its job id is what matters then).
 */
export function showsCommandOutput(event: Extract<RunEvent, { type: 'host_result' }>): boolean {
  return event.display === 'command' && typeof event.result.rc === 'number' && event.result.ansible_job_id === undefined;
}

const STATE_WORDS: Record<HostStatus, string> = { ok: 'SUCCESS', changed: 'CHANGED', skipped: 'SKIPPED', failed: 'FAILED', cancelled: 'FAILED', unreachable: 'UNREACHABLE' };

/** Ansible's state word for a result in the minimal and oneline formats (a cancelled task failed). */
export function stateWord(status: HostStatus): string {
  return STATE_WORDS[status];
}
