/**
 * The controller's poll loop (docs/async-protocol.md section 6): monotonic clock with time on SSH counted, a first
 * check within 0.25 s then doubling up to `poll`, cleanup on success, the remote job terminated when
 * the limit is reached, and polling that survives a lost connection until the limit. A host whose
 * key is refused ends the wait at once: that is the host-key policy's verdict, not a hiccup that
 * waiting could outlast.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { settledWithin, type Connection } from '../connection/index.js';
import { CancelledError, UnreachableError } from '../core/errors.js';
import type { AsyncJob } from './job.js';
import { isFailed, type ModuleResult } from '../core/index.js';
import { removeJobFiles, terminateJob } from './control.js';
import { finishedResult, isMissingJob, missingResult, readJobStatus, runningResult, type JobStatus } from './status.js';

export interface WaitOptions {
  /** Seconds between checks once backed off (`poll: P`). */
  poll: number;
  /** Seconds; default the job's own limit. */
  limit?: number;
  signal?: AbortSignal;
  /** Called after every check that found the job still running (`ASYNC POLL on ...`). */
  onPoll?: (job: AsyncJob, status: ModuleResult) => void;
  /** Seconds between TERM and KILL when the limit is reached; default 2. */
  terminateGrace?: number;
}

/** `missing`: the job has no status file (its result is `missingResult`), a failure of its own kind. */
export type WaitState = 'ok' | 'failed' | 'timeout' | 'missing';

export interface WaitOutcome {
  state: WaitState;
  /** The task result: the module's result (`finished: 1`), or the timeout failure. */
  result: ModuleResult;
  /** How many status checks were made. */
  checks: number;
}

const FIRST_CHECK_MS = 250;
const CHECK_SLACK_MS = 500;
/**
 * How long a result waits for the host-side work that follows it (terminate at the limit, removing
 * the job's files). A host that answers is done well within it; a frozen one must not hold the
 * result, so the work goes on lingering on the connection and the result is reported.
 */
const FOLLOW_UP_WAIT_MS = 1500;

/** `host key mismatch`, `host key unknown` and every other refusal of the host's key. */
function hostKeyRefused(err: UnreachableError): boolean {
  return err.reason.startsWith('host key');
}

/** How the work ended when it did within FOLLOW_UP_WAIT_MS; undefined while it still runs. */
async function followUp<T>(conn: Connection, work: Promise<T>): Promise<PromiseSettledResult<T> | undefined> {
  conn.linger(work);
  const outcome = work.then(
    (value): PromiseSettledResult<T> => ({ status: 'fulfilled', value }),
    (reason: unknown): PromiseSettledResult<T> => ({ status: 'rejected', reason }),
  );
  return (await settledWithin(work, FOLLOW_UP_WAIT_MS)) ? outcome : undefined;
}

function timeoutResult(job: AsyncJob, limit: number, last: ModuleResult | undefined): ModuleResult {
  return {
    failed: true,
    changed: false,
    msg: `async task did not complete within the requested time - ${limit}s`,
    ansible_job_id: job.jid,
    finished: 0,
    async_result: last ?? runningResult(job),
  };
}

function problemResult(job: AsyncJob, status: Extract<JobStatus, { state: 'unreadable' | 'corrupt' | 'refused' }>): ModuleResult {
  return { failed: true, changed: false, msg: status.message, ansible_job_id: job.jid, results_file: job.resultsFile, finished: 0 };
}

async function finish(conn: Connection, job: AsyncJob, record: ModuleResult): Promise<WaitOutcome['state']> {
  if (isFailed(record)) return 'failed';
  // A successful job leaves nothing behind on the host (docs/async-protocol.md section 6).
  await followUp(conn, removeJobFiles(conn, job));
  return 'ok';
}

export async function waitForJob(conn: Connection, job: AsyncJob, options: WaitOptions): Promise<WaitOutcome> {
  const limit = options.limit ?? job.limit;
  const deadline = job.launchedAt + limit * 1000;
  const pollMs = Math.max(options.poll, 0.001) * 1000;
  const { signal } = options;
  let delay = Math.min(FIRST_CHECK_MS, pollMs);
  let checks = 0;
  let last: ModuleResult | undefined;
  let lastError: UnreachableError | undefined;

  // The first check is due 0.25 s after the launch, not after this call.
  let nextCheck = job.launchedAt + delay;
  for (;;) {
    const wait = Math.min(nextCheck, deadline) - performance.now();
    if (wait > 0) {
      try {
        await sleep(wait, undefined, { signal });
      } catch {
        throw new CancelledError();
      }
    }
    if (signal?.aborted) throw new CancelledError();

    // A check on a hung connection must not outlast the limit by much.
    const checkTimeout = AbortSignal.timeout(Math.ceil(Math.max(deadline - performance.now(), 0) + CHECK_SLACK_MS));
    const checkSignal = signal ? AbortSignal.any([signal, checkTimeout]) : checkTimeout;
    let status: JobStatus | undefined;
    try {
      checks++;
      status = await readJobStatus(conn, job, checkSignal);
      lastError = undefined;
    } catch (err) {
      if (signal?.aborted) throw new CancelledError();
      if (err instanceof UnreachableError && hostKeyRefused(err)) throw err;
      if (err instanceof UnreachableError) lastError = err;
      else if (!(err instanceof CancelledError)) throw err;
    }

    if (status?.state === 'finished') {
      // The host's watchdog reached the limit first: same outcome as our own deadline.
      if (status.record.timedout === true) return { state: 'timeout', result: timeoutResult(job, limit, finishedResult(job, status.record)), checks };
      const result = finishedResult(job, status.record);
      return { state: await finish(conn, job, result), result, checks };
    }
    if (status?.state === 'missing') return { state: 'missing', result: missingResult(job.jid), checks };
    // The wrapper's --terminate refuses such a directory too: there is nothing more to do here.
    if (status?.state === 'refused') return { state: 'failed', result: problemResult(job, status), checks };
    if (status?.state === 'unreadable' || status?.state === 'corrupt') {
      // Nobody can follow the job any more, so it must not run on unseen until its limit.
      await followUp(conn, terminateJob(conn, job, { grace: options.terminateGrace }));
      return { state: 'failed', result: problemResult(job, status), checks };
    }
    if (status?.state === 'running') last = runningResult(job);

    if (performance.now() >= deadline) {
      if (lastError) throw lastError;
      return timeoutAtLimit(conn, job, limit, last, options, checks);
    }
    if (status?.state === 'running') options.onPoll?.(job, last!);
    nextCheck = performance.now() + delay;
    delay = Math.min(delay * 2, pollMs);
  }
}

/**
 * At the limit the job is terminated (Ansible leaves it running). Terminating returns the final
 * record, so a job that finished in the last moment still gets its real result. The terminate is
 * not tied to the task's signal: a cancelled run must still stop the job.
 */
async function timeoutAtLimit(
  conn: Connection,
  job: AsyncJob,
  limit: number,
  last: ModuleResult | undefined,
  options: WaitOptions,
  checks: number,
): Promise<WaitOutcome> {
  const outcome = await followUp(conn, terminateJob(conn, job, { grace: options.terminateGrace }));
  // The connection was found dead meanwhile (a keepalive verdict): as in Ansible, a wait that ends
  // on a connection failure makes the host unreachable.
  if (outcome?.status === 'rejected' && outcome.reason instanceof UnreachableError) throw outcome.reason;
  const final = outcome?.status === 'fulfilled' ? outcome.value : undefined;
  if (final && final.finished === 1 && !final.killed && !final.timedout && !isMissingJob(final)) {
    return { state: await finish(conn, job, final), result: final, checks };
  }
  return { state: 'timeout', result: timeoutResult(job, limit, last), checks };
}
