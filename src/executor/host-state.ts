/** What the executor remembers about each host during a run. */
import type { HostStats } from '../events/index.js';

export interface HostState {
  name: string;
  /** Registered results and set_fact values: above play vars, below extra vars. */
  facts: Record<string, unknown>;
  /**
   * Facts modules returned (`setup`, or any module's `ansible_facts`), unsafe, under the names the
   * module gave them: above inventory vars, below play vars (see facts.ts for how they show).
   * Replaced, never changed, when facts arrive.
   */
  hostFacts: Record<string, unknown>;
  /** Facts were gathered for the host in this run (`gathering = smart` gathers once). */
  factsGathered: boolean;
  /** Failed a task (not ignored, not rescued): no more tasks in this play. */
  failed: boolean;
  unreachable: boolean;
  /** `meta: end_host`, or the play was ended for it. */
  ended: boolean;
  /** Handler names and listen topics this host notified. */
  notified: Set<string>;
  /** The last failed task and its result: a rescue section sees them as ansible_failed_task/_result. */
  lastFailure?: { task: Record<string, unknown>; result: unknown };
  stats: HostStats;
  /**
   * The failed/unreachable counts `meta: clear_host_errors` forgave: like Ansible, a run whose
   * every failure was cleared ends with success, though the recap still counts them.
   */
  cleared: { failed: number; unreachable: number };
}

export function newHostState(name: string): HostState {
  return {
    name,
    facts: {},
    hostFacts: {},
    factsGathered: false,
    failed: false,
    unreachable: false,
    ended: false,
    notified: new Set(),
    stats: { ok: 0, changed: 0, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0 },
    cleared: { failed: 0, unreachable: 0 },
  };
}

/** A host still takes tasks in this play. */
export function isActive(state: HostState): boolean {
  return !state.failed && !state.unreachable && !state.ended;
}
