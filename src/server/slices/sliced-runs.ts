/**
 * What every process of the service (server or worker) does for sliced runs, so that no run waits on
 * one particular process: the run's ending once its slices are all done, whoever ended the last
 * slice and even if that process died before ending the run; a stopped run's untaken slices
 * cancelled even when no worker is left to take them; and slices whose worker stopped renewing its
 * lease put back in the queue.
 */
import type { Store } from '../store/store.js';
import { ACTIVE_STATUSES, FINAL_STATUSES, STOP_REASON } from '../types.js';
import { mergeSlices } from './merge.js';

const now = () => new Date().toISOString();

/** Ends the run if every slice of it is done: its merged recap, run end and final status, written once; true if this call wrote them. */
export async function endSlicedRunIfDone(store: Store, runId: number, owner: string): Promise<boolean> {
  const run = await store.getRun(runId);
  if (!run || FINAL_STATUSES.has(run.status)) return false;
  const slices = await store.slices(runId);
  if (slices.some((s) => s.status !== 'done')) return false;
  // A slice once done stays done, so what is merged here is what the store checks again.
  const merged = mergeSlices(slices);
  const stopped = run.stopRequest === 'force' ? 'Force stop: its slices left at once' : STOP_REASON;
  return store.endSlicedRun(runId, owner, {
    events: [
      { type: 'recap', stats: merged.stats, time: now() },
      { type: 'run_end', exitCode: merged.exitCode, cancelled: merged.cancelled, connections: {}, time: now() },
    ],
    update: {
      status: merged.cancelled ? 'stopped' : merged.exitCode === 0 ? 'succeeded' : 'failed',
      ...(merged.cancelled ? { reason: stopped } : {}),
      exitCode: merged.exitCode,
      endedAt: now(),
    },
  });
}

/** One heartbeat's care of every sliced run not over; says which runs it ended. */
export async function tendSlicedRuns(store: Store, owner: string): Promise<number[]> {
  await store.requeueExpiredSlices(now());
  const ended: number[] = [];
  for (const run of await store.runsIn(ACTIVE_STATUSES)) {
    if (run.sliceSize === undefined) continue;
    if (run.stopRequest) await store.cancelQueuedSlices(run.id);
    if (await endSlicedRunIfDone(store, run.id, owner)) ended.push(run.id);
  }
  return ended;
}
