import type { AsyncJob } from '../async/index.js';
import type { ModuleResult } from '../core/index.js';
import type { RunEventInput } from './types.js';

/** The `async_poll` event for a status check that found `job` still running. */
export function asyncPollEvent(where: { play: string; task: string; host: string }, job: AsyncJob, status: ModuleResult): RunEventInput {
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
