/**
 * The `async_status` action: `jid=<jid> [mode=status|cleanup|terminate]`, run from the controller
 * (a status check is one read of the job file, not a module run).
 */
import type { Connection } from '../connection/index.js';
import { cleanupJob, resolveJob, terminateJob, type JobAddress } from './control.js';
import { JOB_ID_PATTERN } from './job.js';
import type { ModuleResult } from '../core/index.js';
import { finishedResult, missingResult, readJobStatus, runningResult } from './status.js';

export type AsyncStatusMode = 'status' | 'cleanup' | 'terminate';

export interface AsyncStatusArgs extends JobAddress {
  mode?: AsyncStatusMode;
  signal?: AbortSignal;
}

export async function asyncStatus(conn: Connection, args: AsyncStatusArgs): Promise<ModuleResult> {
  const mode = args.mode ?? 'status';
  if (typeof args.jid !== 'string' || !JOB_ID_PATTERN.test(args.jid)) {
    return { failed: true, changed: false, msg: `invalid job id '${String(args.jid)}': it must match ^j\\d+\\.\\d+$` };
  }
  if (mode === 'cleanup') return cleanupJob(conn, args, args.signal);
  if (mode === 'terminate') {
    const final = await terminateJob(conn, args, { signal: args.signal });
    return final.killed ? { ...final, failed: true, changed: true } : final;
  }
  if (mode !== 'status') return { failed: true, changed: false, msg: `unknown mode '${String(mode)}': use status, cleanup or terminate` };
  const job = await resolveJob(conn, args, args.signal);
  const status = await readJobStatus(conn, job, args.signal);
  switch (status.state) {
    case 'running':
      return runningResult(job);
    case 'finished':
      return finishedResult(job, status.record);
    case 'missing':
      return missingResult(job.jid);
    case 'orphaned':
      // Finished for a polling loop (`until: job.finished`), which would otherwise retry to no end.
      return { failed: true, changed: false, msg: status.message, started: 1, finished: 1, ansible_job_id: job.jid, results_file: job.resultsFile };
    default:
      return { failed: true, changed: false, msg: status.message, started: 1, finished: 0, ansible_job_id: job.jid, results_file: job.resultsFile };
  }
}
