/**
 * A task with `async:` — launched as a detached job on its Target, journalled through the run's
 * hooks, then polled to its end (or left running with `poll: 0`).
 */
import type { ActionContext } from '../../modules/index.js';
import { launchAsyncJob, launchReply, terminateJob, waitForJob, type AsyncJob, type JobStart, type LaunchIntent, type ModulePayload } from '../../async/index.js';
import type { ModuleResult } from '../../core/index.js';
import { CancelledError } from '../../core/errors.js';
import { deadline } from '../../core/deadline.js';
import { asyncPollEvent } from '../../events/index.js';
import type { Target } from '../../target/index.js';
import type { TaskRun } from './run-task.js';

export interface AsyncJobRun {
  run: TaskRun;
  target: Target;
  actionCtx: ActionContext;
  payload: ModulePayload;
  /** `async:` seconds. */
  limit: number;
  /** `poll:` seconds; 0 fires and forgets. */
  poll: number;
  /** The task's signal (the run's and the task's timeout). */
  signal: AbortSignal;
}

/** The job as the run's hooks get it; the journal keeps only what it needs of it. */
function report<T>(job: T, { run, target, poll }: AsyncJobRun, key: string): JobStart<T> {
  return { host: run.where.host, job, connection: target.connectionSpec(), poll, key };
}

/**
 * This launch's key (see JobStart): host, task position, loop item, and how many times that item
 * launched there before (retries). A loop's async items start together, so the item itself, not
 * the order of their launches, tells them apart; two equal items may swap keys, which is harmless.
 */
function launchKey({ run, actionCtx }: AsyncJobRun): string {
  const { file, line, col } = run.task.position;
  const { vars } = actionCtx;
  const loopVar = vars.ansible_loop_var;
  const item = typeof loopVar === 'string' ? (JSON.stringify(vars[loopVar]) ?? 'undefined') : '';
  const place = JSON.stringify([run.where.host, `${file}:${line}:${col}`, item]);
  const count = run.ctx.launchCounts.get(place) ?? 0;
  run.ctx.launchCounts.set(place, count + 1);
  // JSON: printable, so any store keeps it as it is.
  return JSON.stringify([run.where.host, `${file}:${line}:${col}`, item, count]);
}

/** Starts the job, or takes up the one an earlier run of this launch started; no job when the launch ran out of time. */
async function startJob(job: AsyncJobRun, key: string): Promise<{ job?: AsyncJob; result: ModuleResult; resumed: boolean }> {
  const { run, target, actionCtx, limit, signal } = job;
  const { ctx } = run;
  const resumed = await ctx.resumeJob?.({ host: run.where.host, key, connection: actionCtx.connection, become: target.become, signal });
  if (resumed) return { job: resumed, result: launchReply(resumed), resumed: true };
  // The async limit bounds the launch too, so a host frozen before its job starts still fails
  // at the limit when the task has no `timeout:`.
  const launchLimit = deadline(limit * 1000, signal);
  try {
    const launched = await launchAsyncJob(actionCtx.connection, job.payload, {
      limit,
      become: target.become,
      python: target.python,
      asyncDir: target.asyncDir,
      environment: target.environment,
      signal: launchLimit.signal,
      onLaunching: (intent: LaunchIntent) => ctx.onJobLaunching?.(report(intent, job, key)),
    });
    return { ...launched, resumed: false };
  } catch (err) {
    if (err instanceof CancelledError && launchLimit.signal.aborted && !signal.aborted) {
      return { result: { failed: true, changed: false, msg: `async task did not complete within the requested time - ${limit}s`, finished: 0 }, resumed: false };
    }
    throw err;
  } finally {
    launchLimit.clear();
  }
}

export async function runAsyncJob(job: AsyncJobRun): Promise<ModuleResult> {
  const { run, poll, signal } = job;
  const { ctx, emit, where } = run;
  const conn = job.actionCtx.connection;
  // The limit starts once connected: reaching the host is ConnectTimeout's business, and a slow
  // connect must not eat the job's time.
  await conn.connect(signal);
  const key = launchKey(job);
  const { job: started, result: launchResult, resumed } = await startJob(job, key);
  if (!started) return launchResult;
  if (!resumed) ctx.onJobLaunched?.(report(started, job, key));
  if (poll === 0) return launchResult;
  try {
    const outcome = await waitForJob(conn, started, {
      poll,
      signal,
      onPoll: (j, status) => emit(asyncPollEvent(where, j, status)),
    });
    emit({ type: 'async_done', ...where, jid: started.jid, ok: outcome.state === 'ok' });
    return outcome.result;
  } catch (err) {
    // The task's timeout or the run's cancellation: the job must not outlive the wait. The result
    // does not wait for the terminate (the host may be frozen); the connection keeps it going.
    if (err instanceof CancelledError) {
      const terminated = terminateJob(conn, started).then(
        (final) => emit({ type: 'async_terminated', ...where, jid: started.jid, killed: final.killed === true || final.finished === 1 }),
        () => emit({ type: 'async_terminated', ...where, jid: started.jid, killed: false }),
      );
      conn.linger(terminated);
    }
    throw err;
  }
}
