/**
 * Runs as the server keeps them: started in their own processes, their events recorded, stopped on
 * request, and never left `running` without a live owner. Each server instance owns the runs it
 * started through a lease it renews; a run whose lease ran out (its server was killed) is marked
 * `lost` with the reason, and its remote async jobs are reattached to and waited for.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { RunEvent } from '../../index.js';
import type { NewRun, Store } from '../store/store.js';
import { ACTIVE_STATUSES, FINAL_STATUSES, STOP_REASON, type RunDetail, type RunRecord, type RunStatus, type StartRunRequest } from '../types.js';
import type { SliceQueue } from '../slices/slice-queue.js';
import { endSlicedRunIfDone, tendSlicedRuns } from '../slices/sliced-runs.js';
import { cutIntoSlices, hostsOfRun } from '../slices/slicing.js';
import { killJobs, reattachJobs, type JobOutcome, type JobsPlace } from './remote-jobs.js';
import { RunProcess, type RunProcessEnd } from './run-process.js';
import { RunNotifier } from './run-notifier.js';
import { RunRecorder } from './run-recorder.js';

/** A bad request: the API answers it with 4xx and this message. */
export class RunRequestError extends Error {
  override name = 'RunRequestError';
  constructor(
    message: string,
    readonly statusCode: 400 | 404 | 409 = 400,
  ) {
    super(message);
  }
}

export interface RunManagerOptions {
  /** Project name to directory; the first is the default project. */
  projects: ReadonlyMap<string, string>;
  /** Runs at once; more wait as `queued`. */
  maxRuns: number;
  /** Renewal period of this instance's leases; a lease lasts three periods. */
  heartbeatMs?: number;
  /** Poll interval (s) when waiting on the jobs of a lost run. */
  reattachPoll?: number;
  /** Who to wake when something of a run is stored; default a new one (see `notifier`). */
  notifier?: RunNotifier;
  /** Split runs into slices of this many hosts, run by workers through `queue`. */
  slicing?: { size: number; queue: SliceQueue };
  /** Told what a heartbeat could not do; the next one tries again. */
  onWarning?: (message: string) => void;
}

interface ActiveRun {
  process: RunProcess;
  recorder: RunRecorder;
  /** The run's last event, once it came. */
  end: { event?: Extract<RunEvent, { type: 'run_end' }> };
  /** Settles once the run's final status is stored. */
  finished: Promise<void>;
}

const now = () => new Date().toISOString();

export class RunManager {
  /** This instance's name in leases. */
  readonly owner = `${process.pid}-${randomUUID()}`;
  private readonly active = new Map<number, ActiveRun>();
  /** Request bodies of queued runs: extra vars stay in memory only. */
  private readonly queued = new Map<number, StartRunRequest>();
  readonly notifier: RunNotifier;
  private readonly heartbeatMs: number;
  private heartbeat: NodeJS.Timeout | undefined;
  /** Background work (reattaching, killing) that close() waits for or aborts. */
  private readonly background = new Set<Promise<unknown>>();
  private readonly closing = new AbortController();

  constructor(
    private readonly store: Store,
    private readonly options: RunManagerOptions,
  ) {
    this.heartbeatMs = options.heartbeatMs ?? 5000;
    this.notifier = options.notifier ?? new RunNotifier();
  }

  /** Takes over runs left by servers that are gone, then keeps this instance's leases alive. */
  async open(): Promise<void> {
    await this.reconcile();
    this.heartbeat = setInterval(() => void this.tick().catch((err: Error) => this.options.onWarning?.(`heartbeat: ${err.message}`)), this.heartbeatMs);
  }

  private leaseEnd(): string {
    return new Date(Date.now() + 3 * this.heartbeatMs).toISOString();
  }

  private async tick(): Promise<void> {
    await this.store.heartbeat(this.owner, this.leaseEnd());
    await this.reconcile();
    for (const id of await tendSlicedRuns(this.store, this.owner)) this.notify(id);
  }

  /** Runs that look active but whose owner's lease ran out: their server is gone. */
  private async reconcile(): Promise<void> {
    for (const run of await this.store.runsIn(ACTIVE_STATUSES)) {
      // A sliced run belongs to its slices' leases, which the workers watch.
      if (this.active.has(run.id) || this.queued.has(run.id) || run.sliceSize !== undefined) continue;
      const lease = await this.store.leaseOf(run.id);
      if (lease && lease.owner !== this.owner && lease.until > now()) continue;
      if (!(await this.store.lease(run.id, this.owner, this.leaseEnd(), now()))) continue;
      await this.markLost(run, lease);
    }
  }

  private async markLost(run: RunRecord, lease: { owner: string; until: string } | undefined): Promise<void> {
    const waiting = (await this.store.jobs(run.id)).filter((j) => j.state === 'running');
    const why = lease ? `its server (${lease.owner}) stopped renewing its lease at ${lease.until}` : 'it had no live server';
    const reason =
      `${run.status === 'queued' ? 'never started' : 'lost mid-run'}: ${why}` +
      (waiting.length > 0 ? `; reattaching to ${waiting.length} remote job${waiting.length === 1 ? '' : 's'} it was waiting on` : '');
    await this.store.updateRun(run.id, { status: 'lost', reason, endedAt: now() });
    this.notify(run.id);
    if (waiting.length === 0) return;
    const place = this.placeOf(run);
    this.track(
      reattachJobs(place, waiting, await this.store.jobLaunches(run.id), this.options.reattachPoll ?? 5, this.closing.signal).then(
        (outcomes) => this.saveOutcomes(run.id, outcomes),
        () => undefined,
      ),
    );
  }

  private track(work: Promise<unknown>): void {
    this.background.add(work);
    void work.finally(() => this.background.delete(work));
  }

  private async saveOutcomes(runId: number, outcomes: JobOutcome[]): Promise<void> {
    const jobs = await this.store.jobs(runId);
    const byKey = new Map(outcomes.map((o) => [`${o.host} ${o.jid}`, o]));
    await this.store.updateJobs(
      runId,
      jobs.flatMap((job) => {
        const outcome = byKey.get(`${job.host} ${job.jid}`);
        return outcome ? [{ ...job, state: outcome.state, note: outcome.note }] : [];
      }),
    );
    this.notify(runId);
  }

  private projectDir(name: string | undefined): [string, string] {
    const project = name ?? [...this.options.projects.keys()][0];
    const dir = project === undefined ? undefined : this.options.projects.get(project);
    if (!project || !dir) throw new RunRequestError(`no project named '${name}' (known: ${[...this.options.projects.keys()].join(', ')})`, 404);
    return [project, dir];
  }

  private placeOf(run: RunRecord): JobsPlace {
    const dir = this.options.projects.get(run.project) ?? process.cwd();
    return { dir, inventory: run.inventory.filter((i) => !i.includes(',')).map((i) => resolve(dir, i)) };
  }

  /** A path of the request, inside the project's directory. */
  private static inside(dir: string, path: string, what: string): string {
    const full = resolve(dir, path);
    const rel = relative(dir, full);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new RunRequestError(`the ${what} '${path}' is outside the project's directory`);
    if (!existsSync(full)) throw new RunRequestError(`the ${what} '${path}' does not exist in the project's directory`);
    return full;
  }

  /** The run as the store records it: of the extra variables, only their names. */
  private static newRun(project: string, request: StartRunRequest, who: string): NewRun {
    return {
      project,
      playbook: request.playbook,
      inventory: request.inventory ?? [],
      limit: request.limit,
      extraVarNames: Object.keys(request.extraVars ?? {}),
      check: request.check === true,
      who,
      createdAt: now(),
    };
  }

  async start(request: StartRunRequest, who: string): Promise<RunRecord> {
    const [project, dir] = this.projectDir(request.project);
    if (typeof request.playbook !== 'string' || request.playbook === '') throw new RunRequestError('a run needs a playbook');
    RunManager.inside(dir, request.playbook, 'playbook');
    // `h1,h2,` is a host list, not a file.
    for (const source of request.inventory ?? []) if (!source.includes(',')) RunManager.inside(dir, source, 'inventory');
    const sliced = await this.sliced(project, dir, request, who);
    if (sliced) return sliced;
    const run = await this.store.createRun(RunManager.newRun(project, request, who));
    await this.store.lease(run.id, this.owner, this.leaseEnd(), now());
    this.queued.set(run.id, request);
    await this.startQueued();
    return (await this.store.getRun(run.id))!;
  }

  /** With slicing on, the run created as slices for the workers; undefined when it runs here (no hosts to slice). */
  private async sliced(project: string, dir: string, request: StartRunRequest, who: string): Promise<RunRecord | undefined> {
    const slicing = this.options.slicing;
    if (!slicing) return undefined;
    const hosts = await hostsOfRun(dir, request.inventory ?? [], request.limit).catch((err: Error) => {
      throw new RunRequestError(`cannot read the run's inventory to slice it: ${err.message}`);
    });
    if (hosts.length === 0) return undefined;
    // Its workers need the extra variables themselves, so a sliced run keeps them.
    const run = await this.store.createRun({ ...RunManager.newRun(project, request, who), extraVars: request.extraVars ?? {}, sliceSize: slicing.size });
    const slices = cutIntoSlices(hosts, slicing.size);
    await this.store.createSlices(run.id, slices);
    for (let idx = 0; idx < slices.length; idx++) await slicing.queue.send({ runId: run.id, idx });
    return run;
  }

  private async startQueued(): Promise<void> {
    for (const [id, request] of this.queued) {
      if (this.active.size >= this.options.maxRuns) return;
      this.queued.delete(id);
      await this.launch(id, request);
    }
  }

  private async launch(id: number, request: StartRunRequest): Promise<void> {
    const run = (await this.store.getRun(id))!;
    const dir = this.options.projects.get(run.project)!;
    const recorder = new RunRecorder(this.store, id, () => this.notify(id));
    const end: ActiveRun['end'] = {};
    const order = {
      playbook: resolve(dir, run.playbook),
      inventory: run.inventory.map((i) => (i.includes(',') ? i : resolve(dir, i))),
      limit: run.limit,
      extraVars: request.extraVars ?? {},
      check: run.check,
    };
    const child = new RunProcess(dir, order, {
      onEvents: (events) => {
        for (const event of events) {
          if (event.type === 'run_end') end.event = event;
          recorder.add(event);
        }
      },
      onJob: (job) => recorder.jobLaunched(job.launch, job.task),
    });
    await this.store.updateRun(id, { status: 'running', startedAt: now() });
    const active: ActiveRun = { process: child, recorder, end, finished: child.ended.then((how) => this.finish(id, active, how)) };
    this.active.set(id, active);
    this.notify(id);
  }

  private async finish(id: number, active: ActiveRun, end: RunProcessEnd): Promise<void> {
    const { status, reason } = RunManager.verdict(active, end);
    if (status !== 'succeeded' && status !== 'failed' && !(status === 'stopped' && !end.forced)) {
      active.recorder.settleRunningJobs('may_run', end.forced ? 'Force stop left it running' : 'its run ended without waiting for it');
    }
    await active.recorder.flush();
    const stored = active.recorder.failed;
    await this.store.updateRun(id, {
      status,
      reason: stored ? `${reason ?? ''}${reason ? '; ' : ''}events stopped being stored: ${stored.message}` : reason,
      endedAt: now(),
      exitCode: active.end.event?.exitCode ?? (end.forced ? 99 : undefined),
    });
    this.active.delete(id);
    this.notify(id);
    await this.startQueued();
  }

  private static verdict(active: ActiveRun, end: RunProcessEnd): { status: RunStatus; reason?: string } {
    if (end.forced) {
      const waited = end.abandoned?.waited.length;
      return { status: 'stopped', reason: `Force stop: left at once${waited ? `; ${waited} remote job${waited === 1 ? '' : 's'} may still run` : ''}` };
    }
    if (end.error) return { status: 'error', reason: end.error };
    const runEnd = active.end.event;
    if (!runEnd) {
      const how = end.exit.signal ? `was killed by ${end.exit.signal}` : `exited with code ${end.exit.code}`;
      return { status: 'error', reason: `the run's process ${how} before the run ended${end.exit.stderr ? `: ${end.exit.stderr.split('\n').slice(-5).join(' | ')}` : ''}` };
    }
    if (runEnd.cancelled) return { status: 'stopped', reason: STOP_REASON };
    return { status: runEnd.exitCode === 0 ? 'succeeded' : 'failed' };
  }

  async stop(id: number, force: boolean): Promise<RunRecord> {
    const run = await this.store.getRun(id);
    if (!run) throw new RunRequestError(`no run ${id}`, 404);
    if (this.queued.delete(id)) {
      await this.store.updateRun(id, { status: 'stopped', reason: 'stopped before it started', endedAt: now() });
    } else if (run.sliceSize !== undefined) {
      if (FINAL_STATUSES.has(run.status)) throw new RunRequestError(`run ${id} is already ${run.status}`, 409);
      // Its workers see the request at their next heartbeat and stop their slices; the slices no
      // worker has taken never start, so a run no worker has reached yet stops here and now.
      await this.store.updateRun(id, { status: 'stopping', stopRequest: force ? 'force' : 'stop' });
      await this.store.cancelQueuedSlices(id);
      await endSlicedRunIfDone(this.store, id, this.owner);
    } else {
      const active = this.active.get(id);
      if (!active) {
        if (FINAL_STATUSES.has(run.status)) throw new RunRequestError(`run ${id} is already ${run.status}`, 409);
        throw new RunRequestError(`run ${id} is not run by this server`, 409);
      }
      if (force) active.process.forceStop();
      else active.process.stop();
      await this.store.updateRun(id, { status: 'stopping' });
    }
    this.notify(id);
    return (await this.store.getRun(id))!;
  }

  /** Kills the remote jobs a run left that may still run (after Force stop, or a lost run). */
  async killLeftJobs(id: number): Promise<JobOutcome[]> {
    const run = await this.store.getRun(id);
    if (!run) throw new RunRequestError(`no run ${id}`, 404);
    if (this.active.has(id) || !FINAL_STATUSES.has(run.status)) throw new RunRequestError(`run ${id} is still ${run.status}: stop it first`, 409);
    const left = (await this.store.jobs(id)).filter((j) => j.state === 'may_run' || j.state === 'running' || j.state === 'left');
    if (left.length === 0) return [];
    const outcomes = await killJobs(this.placeOf(run), left, await this.store.jobLaunches(id), this.closing.signal);
    await this.saveOutcomes(id, outcomes);
    return outcomes;
  }

  async detail(id: number): Promise<RunDetail | undefined> {
    const run = await this.store.getRun(id);
    if (!run) return undefined;
    return { ...run, hosts: await this.store.hosts(id), jobs: await this.store.jobs(id), slices: await this.store.slices(id) };
  }

  private notify(id: number): void {
    this.notifier.notify(id);
  }

  /** Stops every run this server runs (as Stop), waits for them, then for its background work. */
  async close(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const [id] of this.queued) await this.store.updateRun(id, { status: 'stopped', reason: 'the server stopped before the run started', endedAt: now() });
    this.queued.clear();
    const finishing = [...this.active.values()].map((a) => {
      a.process.stop();
      return a.finished;
    });
    await Promise.allSettled(finishing);
    this.closing.abort();
    await Promise.allSettled([...this.background]);
  }
}
