/**
 * Turns a run's events into what the store keeps: the events, the per-host rows the page's
 * table shows (counters as the recap counts them, the task each host is on), and the remote jobs.
 * Writes are batched (one transaction per flush) and listeners are woken after each flush, so a
 * reader that follows the stored events never sees a gap or an event out of order.
 */
import type { HostStats, LaunchedJob, LaunchingJob, RunEvent } from '../../index.js';
import type { Store, StoredJob } from '../store/store.js';
import type { RemoteJobRecord, RemoteJobState, RunHostRecord } from '../types.js';

/** A flush follows the first unwritten event by at most this long. */
const FLUSH_MS = 100;
/** And happens at once past this many events. */
const FLUSH_EVENTS = 1000;

const zeroStats = (): HostStats => ({ ok: 0, changed: 0, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0 });

export class RunRecorder {
  private events: RunEvent[] = [];
  private readonly hosts = new Map<string, RunHostRecord>();
  private readonly dirtyHosts = new Set<string>();
  private readonly jobs = new Map<string, StoredJob>();
  private readonly dirtyJobs = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  /** The flush in progress; flushes run one after another. */
  private writing: Promise<void> = Promise.resolve();
  private failure: Error | undefined;
  private playHosts: string[] = [];

  constructor(
    private readonly store: Store,
    private readonly runId: number,
    /** Called after each write (events, hosts or jobs) with the run's last event number. */
    private readonly onStored: (lastSeq: number) => void,
  ) {}

  add(event: RunEvent): void {
    this.events.push(event);
    this.project(event);
    this.schedule();
  }

  /** Updates the host and job rows from `event` without storing it (a slice's own recap, say). */
  apply(event: RunEvent): void {
    this.project(event);
    this.schedule();
  }

  /** A job launched by the run (`poll: 0` ones are left running on purpose), kept with its launch record. */
  jobLaunched(launch: LaunchedJob, task: string): void {
    this.setJob({ host: launch.host, jid: launch.job.jid, task, state: launch.poll === 0 ? 'left' : 'running', key: launch.key, launch });
    this.schedule();
  }

  /**
   * A launch about to happen (a slice's): if its worker dies before the job id comes back, the
   * worker that takes the slice over looks for the job on the host by this record's prefix.
   */
  jobLaunching(launch: LaunchingJob, task: string): void {
    this.setJob({ host: launch.host, jid: launch.job.prefix, task, state: 'starting', key: launch.key, launch });
    this.schedule();
  }

  /** Jobs an earlier run of the same hosts started (a slice taken over): this run may collect them. */
  adopt(jobs: readonly RemoteJobRecord[]): void {
    for (const job of jobs) this.jobs.set(`${job.host} ${job.jid}`, job);
  }

  /** Marks every job still `running` with `state` (the run abandoned them or was lost). */
  settleRunningJobs(state: RemoteJobState, note: string): void {
    for (const job of this.jobs.values()) if (job.state === 'running') this.setJob({ ...job, state, note });
    this.schedule();
  }

  runningJobs(): RemoteJobRecord[] {
    return [...this.jobs.values()].filter((j) => j.state === 'running' || j.state === 'may_run');
  }

  private setJob(job: StoredJob): void {
    const key = `${job.host} ${job.jid}`;
    this.jobs.set(key, job);
    this.dirtyJobs.add(key);
  }

  private host(name: string): RunHostRecord {
    let row = this.hosts.get(name);
    if (!row) {
      row = { host: name, state: 'running', ...zeroStats() };
      this.hosts.set(name, row);
    }
    this.dirtyHosts.add(name);
    return row;
  }

  private project(event: RunEvent): void {
    switch (event.type) {
      case 'play_start':
        this.playHosts = event.hosts;
        for (const name of event.hosts) this.host(name);
        break;
      case 'task_start':
        for (const name of this.playHosts) {
          const row = this.host(name);
          if (row.state === 'running') row.task = event.task;
        }
        break;
      case 'host_result': {
        if (event.item !== undefined) break;
        const row = this.host(event.host);
        row.task = event.task;
        if (event.ignored) row.ignored++;
        else if (event.status === 'failed') {
          row.failed++;
          row.state = 'failed';
        } else if (event.status === 'unreachable') {
          row.unreachable++;
          row.state = 'unreachable';
        } else if (event.status !== 'cancelled') row[event.status]++;
        const jid = event.result.ansible_job_id;
        const job = typeof jid === 'string' ? this.jobs.get(`${event.host} ${jid}`) : undefined;
        if (job) this.setJob({ ...job, task: event.task });
        break;
      }
      case 'async_done':
        this.finishJob(event.host, event.jid, 'finished');
        break;
      case 'async_terminated':
        if (event.killed) this.finishJob(event.host, event.jid, 'killed');
        // Its terminate got no answer, or did not end it: the page offers to kill it later.
        else this.finishJob(event.host, event.jid, 'may_run', 'its terminate did not confirm it ended');
        break;
      case 'recap':
        for (const [name, stats] of Object.entries(event.stats)) {
          const row = this.host(name);
          Object.assign(row, stats);
          row.state = stats.unreachable > 0 ? 'unreachable' : stats.failed > 0 ? 'failed' : 'ok';
        }
        break;
      default:
        break;
    }
  }

  private finishJob(host: string, jid: string, state: RemoteJobState, note?: string): void {
    const job = this.jobs.get(`${host} ${jid}`);
    if (job) this.setJob({ ...job, state, ...(note ? { note } : {}) });
  }

  private schedule(): void {
    if (this.events.length >= FLUSH_EVENTS) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  /** Writes what is waiting; resolves once it is stored. A failed write is reported by `failed`. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = {
      events: this.events,
      hosts: [...this.dirtyHosts].map((name) => ({ ...this.hosts.get(name)! })),
      jobs: [...this.dirtyJobs].map((key) => this.jobs.get(key)!),
    };
    this.events = [];
    this.dirtyHosts.clear();
    this.dirtyJobs.clear();
    if (batch.events.length === 0 && batch.hosts.length === 0 && batch.jobs.length === 0) return this.writing;
    this.writing = this.writing.then(async () => {
      if (this.failure) return;
      try {
        this.onStored(await this.store.record(this.runId, batch));
      } catch (err) {
        this.failure = err as Error;
      }
    });
    return this.writing;
  }

  /** Why the events stopped being stored, if they did. */
  get failed(): Error | undefined {
    return this.failure;
  }
}
