/**
 * The controller's poll loop (docs/async-protocol.md section 6): monotonic clock with time on SSH
 * counted, checks on the schedule of check-schedule.ts (the poll cadence, plus fast detection
 * checks while the host does not push the job's end), the end read at once when a connection
 * pushes it, cleanup on success, the remote job terminated when the limit is reached, and polling
 * that survives a lost connection until the limit. A host whose key is refused ends the wait at
 * once: that is the host-key policy's verdict, not a hiccup that waiting could outlast.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { settledWithin, type Connection } from '../connection/index.js';
import { CancelledError, UnreachableError } from '../core/errors.js';
import type { AsyncJob } from './job.js';
import { isFailed, type ModuleResult } from '../core/index.js';
import { deadline as timeLimit } from '../core/deadline.js';
import { removeJobFiles, terminateJob } from './control.js';
import { finishedResult, isMissingJob, missingResult, readJobStatus, runningResult, type JobStatus } from './status.js';
import { CheckSchedule, type DueCheck } from './check-schedule.js';
import { PushedEnd } from './pushed-end.js';

export interface WaitOptions {
  /** Seconds between the checks of the poll cadence (`poll: P`), which onPoll reports. */
  poll: number;
  /** Seconds; default the job's own limit. */
  limit?: number;
  signal?: AbortSignal;
  /** Called once per `poll` seconds while the job runs, as Ansible prints `ASYNC POLL on ...`; never for the checks in between. */
  onPoll?: (job: AsyncJob, status: ModuleResult) => void;
  /** Seconds between TERM and KILL when the limit is reached; default 2. */
  terminateGrace?: number;
  /** Seconds the first status check may go unanswered before the next one is made instead (each one given up doubles it); default 30. */
  checkAnswerSeconds?: number;
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

const CHECK_SLACK_MS = 500;
/**
 * How long one status check may go unanswered before it is given up (its request cancelled on the
 * host) and the next one is made. A check is one small read; one that hangs (a stuck process on the
 * host, a request lost on a loaded machine) must not hide the job's end until the limit. Each check
 * given up in a row doubles the time the next one gets, so that a host merely overloaded, where
 * every read is slow, still gets one answered.
 */
const CHECK_ANSWER_SECONDS = 30;
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

/**
 * Waits until `time`, or until `wake` settles first ('wake'); throws CancelledError at the signal.
 * The timer is rounded up so that a check is never made a hair before it is due.
 */
async function sleepUntil(time: number, signal: AbortSignal | undefined, wake: Promise<void> | undefined): Promise<'time' | 'wake'> {
  const wait = Math.ceil(time - performance.now());
  if (signal?.aborted) throw new CancelledError();
  if (wait <= 0) return 'time';
  const timer = new AbortController();
  try {
    const timeUp = sleep(wait, 'time' as const, { signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal });
    return await (wake ? Promise.race([timeUp, wake.then(() => 'wake' as const)]) : timeUp);
  } catch {
    throw new CancelledError();
  } finally {
    timer.abort();
  }
}

export async function waitForJob(conn: Connection, job: AsyncJob, options: WaitOptions): Promise<WaitOutcome> {
  // The cadence starts now, as Ansible's first `poll` starts once the launch has returned.
  const schedule = new CheckSchedule(job.launchedAt, performance.now(), Math.max(options.poll, 0.001) * 1000);
  const pushedEnd = PushedEnd.start(conn, job);
  try {
    return await follow(conn, job, options, schedule, pushedEnd);
  } finally {
    pushedEnd?.stop();
  }
}

async function follow(conn: Connection, job: AsyncJob, options: WaitOptions, schedule: CheckSchedule, pushedEnd: PushedEnd | undefined): Promise<WaitOutcome> {
  const limit = options.limit ?? job.limit;
  const deadline = job.launchedAt + limit * 1000;
  const { signal } = options;
  let checks = 0;
  let last: ModuleResult | undefined;
  let lastError: UnreachableError | undefined;
  const firstAnswerMs = (options.checkAnswerSeconds ?? CHECK_ANSWER_SECONDS) * 1000;
  let answerMs = firstAnswerMs;

  for (;;) {
    // While the host watches the job, its end is pushed: only the cadence's checks are needed.
    const watching = pushedEnd?.watching === true;
    const due = schedule.next(!watching);
    // A push that came while the last check was on its way is read at once too.
    const woke = pushedEnd?.pushed ? 'wake' : await sleepUntil(Math.min(due.at, deadline), signal, watching ? pushedEnd?.settled : undefined);
    // A lost watch: back to the schedule, which now detects the end on its own.
    if (woke === 'wake' && !pushedEnd?.pushed) continue;
    pushedEnd?.read();
    // The check at the limit is the last of the cadence, as Ansible's last check is.
    const scheduled: DueCheck = woke === 'wake' ? { at: performance.now(), cadence: false } : due.at > deadline ? { at: deadline, cadence: true } : due;

    // A check on a hung connection must not outlast the limit by much, nor hold the wait for long.
    const untilLimit = Math.max(deadline - performance.now(), 0) + CHECK_SLACK_MS;
    const checkLimit = timeLimit(Math.ceil(Math.min(untilLimit, answerMs)), signal);
    let status: JobStatus | undefined;
    try {
      checks++;
      status = await readJobStatus(conn, job, checkLimit.signal);
      lastError = undefined;
      answerMs = firstAnswerMs;
    } catch (err) {
      if (signal?.aborted) throw new CancelledError();
      if (err instanceof UnreachableError && hostKeyRefused(err)) throw err;
      if (err instanceof UnreachableError) lastError = err;
      else if (!(err instanceof CancelledError)) throw err;
      else answerMs *= 2;
    } finally {
      checkLimit.clear();
    }
    const cadence = schedule.checked(scheduled, performance.now());

    if (status?.state === 'finished') {
      // The host's watchdog reached the limit first: same outcome as our own deadline.
      if (status.record.timedout === true) return { state: 'timeout', result: timeoutResult(job, limit, finishedResult(job, status.record)), checks };
      const result = finishedResult(job, status.record);
      return { state: await finish(conn, job, result), result, checks };
    }
    if (status?.state === 'missing') return { state: 'missing', result: missingResult(job.jid), checks };
    if (status?.state === 'orphaned') return orphanedEnd(conn, job, status, options, checks);
    // The wrapper's --terminate refuses such a directory too: there is nothing more to do here.
    if (status?.state === 'refused') return { state: 'failed', result: problemResult(job, status), checks };
    if (status?.state === 'unreadable' || status?.state === 'corrupt') {
      // Nobody can follow the job any more, so it must not run on unseen until its limit.
      await followUp(conn, terminateJob(conn, job, { grace: options.terminateGrace }));
      return { state: 'failed', result: problemResult(job, status), checks };
    }
    if (status?.state === 'running') {
      last = runningResult(job);
      // As Ansible: one ASYNC POLL line per `poll` seconds that the job runs, not one per check.
      if (cadence) options.onPoll?.(job, last);
    }

    if (performance.now() >= deadline) {
      if (lastError) throw lastError;
      return timeoutAtLimit(conn, job, limit, last, options, checks);
    }
  }
}

/**
 * A job whose watchdog is gone never finishes, so the wait ends now rather than at the limit. What
 * is left of the job is killed (the terminate also writes its final record on the host); a real
 * result that the watchdog wrote just before it went is still the job's result.
 */
async function orphanedEnd(
  conn: Connection,
  job: AsyncJob,
  status: Extract<JobStatus, { state: 'orphaned' }>,
  options: WaitOptions,
  checks: number,
): Promise<WaitOutcome> {
  const outcome = await followUp(conn, terminateJob(conn, job, { grace: options.terminateGrace }));
  const final = outcome?.status === 'fulfilled' ? outcome.value : undefined;
  if (final && final.finished === 1 && !final.killed && !isMissingJob(final)) {
    const result = finishedResult(job, final);
    return { state: await finish(conn, job, result), result, checks };
  }
  return { state: 'failed', result: { failed: true, changed: false, msg: status.message, ansible_job_id: job.jid, results_file: job.resultsFile, finished: 1 }, checks };
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
