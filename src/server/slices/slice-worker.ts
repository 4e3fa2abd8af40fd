/**
 * `castoff worker`: takes slices of runs from the queue and runs each in its own process, as the
 * server runs whole runs, with a lease on the slice it renews. A slice whose worker stopped renewing
 * (killed, machine lost) goes back to the queue, and the worker that takes it runs it again with the
 * jobs the first one launched: their launch keys match, so they are waited on, not launched twice.
 * Whichever worker ends a run's last slice writes the run's recap and its final status; if it dies
 * first, the next heartbeat of any worker or server does (sliced-runs.ts).
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { HostStats, RunEvent } from '../../index.js';
import { RunProcess } from '../runs/run-process.js';
import { RunRecorder } from '../runs/run-recorder.js';
import type { Store } from '../store/store.js';
import { FINAL_STATUSES, type RunRecord } from '../types.js';
import type { SliceJob, SliceQueue } from './slice-queue.js';
import { endSlicedRunIfDone, tendSlicedRuns } from './sliced-runs.js';

export interface SliceWorkerOptions {
  /** Project name to directory, as the server that starts the runs has them. */
  projects: ReadonlyMap<string, string>;
  /** Slices run at once by this worker. */
  slicesAtOnce: number;
  /** Lease renewal period; a lease lasts three periods. */
  heartbeatMs?: number;
  /** Told what the worker could not do (a run of an unknown project, a store that failed). */
  onWarning?: (message: string) => void;
}

interface ActiveSlice {
  runId: number;
  process: RunProcess;
  /** The stop already passed on to the slice's process. */
  stopped?: 'stop' | 'force';
}

const now = () => new Date().toISOString();

export class SliceWorker {
  readonly owner = `worker-${process.pid}-${randomUUID()}`;
  private readonly heartbeatMs: number;
  private readonly active = new Map<string, ActiveSlice>();
  private heartbeat: NodeJS.Timeout | undefined;
  /** Slices being run, for close() to wait on. */
  private readonly handling = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly queue: SliceQueue,
    private readonly options: SliceWorkerOptions,
  ) {
    this.heartbeatMs = options.heartbeatMs ?? 2000;
  }

  async open(): Promise<void> {
    for (let i = 0; i < this.options.slicesAtOnce; i++) {
      await this.queue.work((job) => {
        const handled = this.runSlice(job);
        this.handling.add(handled);
        return handled.finally(() => this.handling.delete(handled));
      });
    }
    this.heartbeat = setInterval(() => void this.tick().catch((err: Error) => this.options.onWarning?.(`heartbeat: ${err.message}`)), this.heartbeatMs);
  }

  private leaseEnd(): string {
    return new Date(Date.now() + 3 * this.heartbeatMs).toISOString();
  }

  /** Renews this worker's leases, passes stops on, and puts back the slices of workers that are gone. */
  private async tick(): Promise<void> {
    await this.store.renewSlices(this.owner, this.leaseEnd());
    for (const slice of this.active.values()) {
      const run = await this.store.getRun(slice.runId);
      const request = run?.stopRequest;
      if (!request || slice.stopped === request || slice.stopped === 'force') continue;
      slice.stopped = request;
      if (request === 'force') slice.process.forceStop();
      else slice.process.stop();
    }
    await tendSlicedRuns(this.store, this.owner);
    for (const waiting of await this.store.queuedSlices()) await this.queue.send(waiting);
  }

  private async runSlice({ runId, idx }: SliceJob): Promise<void> {
    // Closing: the slice stays queued, and the next tick of any worker sends it again.
    if (this.closed) return;
    const slice = await this.store.claimSlice(runId, idx, this.owner, this.leaseEnd());
    if (!slice) return;
    const run = await this.store.getRun(runId);
    const dir = run && this.options.projects.get(run.project);
    if (!run || !dir || run.stopRequest || FINAL_STATUSES.has(run.status)) {
      const why = !run ? 'its run is gone' : !dir ? `this worker has no project named '${run.project}'` : 'the run was stopped before it started';
      if (run && !dir) this.options.onWarning?.(`run ${runId} slice ${idx}: ${why}`);
      await this.store.finishSlice(runId, idx, this.owner, { exitCode: run?.stopRequest ? 99 : 1, cancelled: Boolean(run?.stopRequest), stats: {} });
      if (run && !dir) await this.store.record(runId, { events: [{ type: 'warning', message: `slice ${idx} (${slice.hosts.length} hosts) did not run: ${why}`, time: now() }], hosts: [], jobs: [] });
      await endSlicedRunIfDone(this.store, runId, this.owner);
      return;
    }
    if (run.status === 'queued') await this.store.updateRun(runId, { status: 'running', startedAt: now() });
    await this.execute(run, dir, slice.idx, slice.hosts, slice.attempts);
    await endSlicedRunIfDone(this.store, runId, this.owner);
  }

  private async execute(run: RunRecord, dir: string, idx: number, hosts: string[], attempts: number): Promise<void> {
    const mine = new Set(hosts);
    // The server's streams notice what is stored here by looking again every second.
    const recorder = new RunRecorder(this.store, run.id, () => undefined);
    recorder.adopt((await this.store.jobs(run.id)).filter((j) => mine.has(j.host)));
    const resume = (await this.store.jobLaunches(run.id)).filter((l) => mine.has(l.host));
    const starting = (await this.store.jobIntents(run.id)).filter((l) => mine.has(l.host));
    if (attempts > 1) {
      const known = new Set(resume.map((l) => l.key));
      const inFlight = starting.filter((l) => !known.has(l.key)).length;
      const looked = inFlight > 0 ? `, ${inFlight} launches that were in flight looked for on their hosts` : '';
      recorder.add({ type: 'warning', message: `slice ${idx} (${hosts.length} hosts) taken over by ${this.owner}: ${resume.length} remote jobs reattached${looked}`, time: now() });
    }
    let stats: Record<string, HostStats> = {};
    let runEnd: Extract<RunEvent, { type: 'run_end' }> | undefined;
    const child = new RunProcess(
      dir,
      {
        playbook: resolve(dir, run.playbook),
        inventory: run.inventory.map((i) => (i.includes(',') ? i : resolve(dir, i))),
        limit: hosts.join(','),
        extraVars: await this.store.extraVarsOf(run.id),
        check: run.check,
        resume,
        starting,
        reportLaunching: true,
      },
      {
        onEvents: (events) => {
          for (const event of events) {
            // The run's own recap and end are written once, from every slice's, by the last one.
            if (event.type === 'recap') {
              stats = event.stats;
              recorder.apply(event);
            } else if (event.type === 'run_end') runEnd = event;
            else recorder.add(event);
          }
        },
        onJob: (job) => recorder.jobLaunched(job.launch, job.task),
        onLaunching: (job) => recorder.jobLaunching(job.launch, job.task),
      },
    );
    const key = `${run.id}/${idx}`;
    this.active.set(key, { runId: run.id, process: child });
    const end = await child.ended;
    this.active.delete(key);
    if (end.forced) recorder.settleRunningJobs('may_run', 'Force stop left it running');
    if (!runEnd && !end.forced) {
      const why = end.error ?? `the slice's process ended (${end.exit.signal ?? `exit code ${end.exit.code}`}) before its run did: ${end.exit.stderr.split('\n').slice(-3).join(' | ')}`;
      recorder.add({ type: 'warning', message: `slice ${idx}: ${why}`, time: now() });
    }
    await recorder.flush();
    if (recorder.failed) this.options.onWarning?.(`run ${run.id} slice ${idx}: its events stopped being stored: ${recorder.failed.message}`);
    const cancelled = end.forced || runEnd?.cancelled === true;
    await this.store.finishSlice(run.id, idx, this.owner, { exitCode: runEnd?.exitCode ?? (cancelled ? 99 : 1), cancelled, stats });
  }

  /** Stops taking slices; the slices running are stopped as Stop does, and their ends recorded. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const slice of this.active.values()) slice.process.stop();
    await Promise.allSettled([...this.handling]);
    await this.queue.close();
  }
}
