import type { ModuleResult } from '../core/index.js';
import type { RunEventInput } from './types.js';

/** What the poll event shows of a job; an async engine's job record has these fields and more. */
export interface PolledJob {
  jid: string;
  /** `performance.now()` at the launch. */
  launchedAt: number;
  /** The job's time limit in seconds (`async: N`). */
  limit: number;
}

/** The `async_poll` event for a status check that found `job` still running. */
export function asyncPollEvent(where: { play: string; task: string; host: string }, job: PolledJob, status: ModuleResult): RunEventInput {
  return {
    type: 'async_poll',
    ...where,
    jid: job.jid,
    started: Number(status.started ?? 1),
    finished: Number(status.finished ?? 0),
    elapsed: Math.round((performance.now() - job.launchedAt) / 100) / 10,
    limit: job.limit,
  };
}
