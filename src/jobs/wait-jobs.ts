/**
 * Waiting on jobs of earlier runs (`castoff wait`): every job at once, each reported through the
 * same events a run's poll emits (`async_poll` while it runs, `async_done`, then its result as a
 * `host_result` of `async_status`), so any output renders a reattached wait as it renders a run.
 */
import type { ModuleResult } from '../core/index.js';
import { CancelledError, UnreachableError } from '../core/errors.js';
import { asyncPollEvent, EventEmitter, type RunEvent } from '../events/index.js';
import type { JobControl } from './control.js';
import type { KnownJob } from './journal.js';

/** The job id, or its prefix while the host has not been asked for the rest. */
export function knownJobId(job: KnownJob): string {
  return job.launch.jid ?? job.launch.prefix;
}

/** A thrown error as a failed result of the job, so one bad host never stops the others. */
export function jobErrorResult(job: KnownJob, err: unknown): ModuleResult {
  const unreachable = err instanceof UnreachableError ? { unreachable: true } : {};
  return { failed: true, changed: false, ...unreachable, msg: (err as Error).message, ansible_job_id: knownJobId(job) };
}

/** How the wait on one job ended. */
export interface WaitedJob {
  host: string;
  jid: string;
  /** The job finished and succeeded. */
  ok: boolean;
  /** Its final status record, or the failure that kept it from being read. */
  result: ModuleResult;
}

export interface WaitJobsOptions {
  /** Seconds between status checks of each job. */
  poll: number;
  /** Stops waiting (rejecting with CancelledError); the jobs themselves run on. */
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
}

/**
 * Waits on every job at once and resolves with each job's outcome, in the order given. A job that
 * cannot be reached or read ends failed with the reason; only the signal stops the wait as a whole.
 */
export async function waitForJobs(control: JobControl, jobs: readonly KnownJob[], options: WaitJobsOptions): Promise<WaitedJob[]> {
  const emitter = new EventEmitter();
  if (options.onEvent) emitter.on(options.onEvent);
  return Promise.all(
    jobs.map(async (job): Promise<WaitedJob> => {
      const base = { play: '', task: knownJobId(job), host: job.launch.host, jid: knownJobId(job) };
      let ok = false;
      let result: ModuleResult;
      try {
        const outcome = await control.wait(job, {
          poll: options.poll,
          signal: options.signal,
          onPoll: (j, status) => emitter.emit(asyncPollEvent(base, j, status)),
        });
        ok = outcome.state === 'ok';
        result = outcome.result;
        emitter.emit({ type: 'async_done', ...base, jid: String(result.ansible_job_id ?? base.jid), ok });
      } catch (err) {
        if (err instanceof CancelledError) throw err;
        result = jobErrorResult(job, err);
      }
      const status = !ok ? 'failed' : result.changed === true ? 'changed' : 'ok';
      emitter.emit({ type: 'host_result', play: '', task: base.task, action: 'async_status', display: 'default', host: base.host, status, ignored: false, result });
      return { host: base.host, jid: String(result.ansible_job_id ?? base.jid), ok, result };
    }),
  );
}
