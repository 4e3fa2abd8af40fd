/**
 * The contract every strategy fulfils: given a batch of hosts and a walk that takes a group of
 * hosts through the play together, decide which groups walk and when. A strategy knows nothing of
 * tasks, handlers, results or connections; the play runner owns those.
 */

export interface StrategyWork<H> {
  /** The hosts of the current `serial` batch, in play order. */
  hosts: readonly H[];
  /**
   * Runs the play on these hosts in step: each task on all of them before the next task, and at
   * the end of each section (pre_tasks, tasks, post_tasks) the handlers they notified.
   */
  walk: (hosts: readonly H[]) => Promise<void>;
  /** Hosts worked on at once (`-f`, `forks`); every host-task also passes the run's fork queue. */
  forks: number;
}

export interface Strategy {
  /** The name a play's `strategy:` keyword (or `ANSIBLE_STRATEGY`) selects it by. */
  readonly name: string;
  run<H>(work: StrategyWork<H>): Promise<void>;
}
