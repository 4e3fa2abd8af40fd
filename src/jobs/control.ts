/**
 * Acting on journalled jobs from a later process: reconnect with the settings the run recorded
 * (secrets filled in from the inventory or the caller, host keys checked under the caller's
 * current policy), then read, wait on, kill or clean up each job, and journal what happened. The
 * status file on the host stays the truth; the journal only says where to look and what this
 * controller already did.
 */
import { cleanupJob, findJobOnHost, isMissingJob, jobStatusFile, readJobStatus, STARTING_WAIT_MS, terminateJob, waitForJob, type AsyncJob, type WaitOutcome } from '../async/index.js';
import { isFailed, type ModuleResult } from '../core/index.js';
import { ConnectionPool, type Connection, type ConnectionSpec, type HostKeyChecking } from '../connection/index.js';
import { CastoffError, ConfigError, UnreachableError } from '../core/errors.js';
import { jidPrefix } from './entries.js';
import { knownJobs, recordJobEvent, recordResolvedLaunch, type JobLaunch, type JournalOptions, type KnownJob } from './journal.js';
import { JournalError } from './lock.js';
import { becomeMethodOf } from './records.js';

/** A job id that is malformed or that the journal does not know. */
export class UnknownJobError extends CastoffError {
  override name = 'UnknownJobError';
}

/** A job journalled before its launch that the host shows no trace of, or that is still starting. */
export class JobNotFoundOnHostError extends CastoffError {
  override name = 'JobNotFoundOnHostError';
  constructor(
    message: string,
    /** The wrapper runs but has not written the status file yet. */
    readonly starting: boolean,
  ) {
    super(message);
  }
}

const JID_OR_PREFIX = /^j\d+(\.\d+)?$/;

/**
 * The journal's jobs with these ids (each id may name jobs on several hosts), in the order asked. A
 * job journalled only before its launch is found by its id prefix (`j123` of `j123.456`).
 */
export function findJobs(jids: readonly string[], options: JournalOptions = {}, known: readonly KnownJob[] = knownJobs(options)): KnownJob[] {
  return jids.flatMap((jid) => {
    if (!JID_OR_PREFIX.test(jid)) throw new UnknownJobError(`invalid job id '${jid}': it must match ^j\\d+\\.\\d+$`);
    const found = known.filter((j) => j.launch.prefix === jidPrefix(jid) && (j.launch.jid === undefined || !jid.includes('.') || j.launch.jid === jid));
    if (found.length === 0) throw new UnknownJobError(`job ${jid} is not in the journal ('castoff jobs' lists the known jobs)`);
    return found;
  });
}

/** The async engine's test for a job whose status file does not exist (docs/async-protocol.md section 5). */
export { isMissingJob };

/** How a wait ended, as the journal needs it. */
export type WaitEnd = WaitOutcome['state'];

/**
 * Journals the end of a wait: the result was collected, and a successful job's files were erased
 * by the wait (docs/async-protocol.md section 6), so it is also cleaned; a job ended at its limit was killed by the wait.
 */
export function recordWaitOutcome(job: { host: string; jid: string }, end: WaitEnd, options: JournalOptions = {}): void {
  if (end === 'missing') return;
  if (end === 'timeout') return recordJobEvent('killed', job, options);
  recordJobEvent('collected', job, options);
  if (end === 'ok') recordJobEvent('cleaned', job, options);
}

export type LiveState =
  | 'running'
  | 'finished ok'
  | 'failed'
  | 'timed out'
  | 'killed'
  | 'missing'
  | 'unreachable'
  | 'unreadable'
  | 'cleaned'
  | 'starting'
  | 'not started';

export interface LiveJob {
  /** The journalled job, with the job id found on the host when the journal lacked it. */
  job: KnownJob;
  state: LiveState;
  /** The status record read from the host, when there was one. */
  record?: ModuleResult;
  /** Why the state is unreachable or unreadable, or why a job failed without a result (its watchdog is gone). */
  message?: string;
}

export interface JobControlOptions extends JournalOptions {
  /**
   * How the inventory says to reach a host, to fill in what the journal lacks (passwords are never
   * journalled); `inventoryConnections(inventory)` builds it.
   */
  hostConnection?: (hostName: string) => ConnectionSpec | undefined;
  /** SSH password for hosts the inventory gives none (`-k`). */
  password?: string;
  /** For jobs that run under sudo/su with a password (`-K`). */
  becomePassword?: string;
  /**
   * The host-key policy now (default strict). The journal keeps none: a job launched with checking
   * off is still listed, waited on and killed only through a host whose key passes this policy.
   */
  hostKeyChecking?: HostKeyChecking;
  /** The known_hosts file now (default ~/.ssh/known_hosts). */
  knownHostsFile?: string;
}

/** A launch whose job id is known. */
export type ResolvedLaunch = JobLaunch & { jid: string; resultsFile: string };

/** What the host shows of a job journalled only by its id prefix. */
export type Resolution = { state: 'found'; launch: ResolvedLaunch } | { state: 'starting' } | { state: 'not started' };

function liveState(record: ModuleResult): LiveState {
  if (record.killed === true) return 'killed';
  if (record.timedout === true) return 'timed out';
  return isFailed(record) ? 'failed' : 'finished ok';
}

function withLaunch(job: KnownJob, launch: ResolvedLaunch): KnownJob {
  return { ...job, launch };
}

/** One connection per host for all the jobs it acts on; `close()` when done. */
export class JobControl {
  private readonly pool = new ConnectionPool();

  constructor(private readonly options: JobControlOptions = {}) {}

  /**
   * The recorded settings win; the inventory and the caller only fill what is missing. The host-key
   * policy and known_hosts are always the caller's, whatever the journal line holds.
   */
  connectionSpec(launch: JobLaunch): ConnectionSpec {
    const recorded = launch.connection;
    // Only SSH has secrets and host keys to fill in; other types reconnect with what was journalled.
    if (recorded.kind !== 'ssh') return recorded;
    const fromInventory = this.inventorySpec(launch.host);
    const { hostKeyChecking, knownHostsFile } = this.options;
    return { ...fromInventory, ...recorded, password: fromInventory?.password ?? this.options.password, hostKeyChecking, knownHostsFile };
  }

  private inventorySpec(hostName: string): Extract<ConnectionSpec, { kind: 'ssh' }> | undefined {
    const spec = this.options.hostConnection?.(hostName);
    return spec?.kind === 'ssh' ? spec : undefined;
  }

  private become(launch: JobLaunch): AsyncJob['become'] {
    return launch.become ? { method: becomeMethodOf(launch.become.method), user: launch.become.user, password: this.options.becomePassword } : undefined;
  }

  /** The job as the async engine knows it; its limit still counts from the original launch. */
  asyncJob(launch: ResolvedLaunch): AsyncJob {
    const age = Date.now() - launch.launchedAtEpoch;
    return {
      host: launch.host,
      jid: launch.jid,
      resultsFile: launch.resultsFile,
      asyncDir: launch.asyncDir,
      limit: launch.limit,
      launchedAt: performance.now() - age,
      launchedAtEpoch: launch.launchedAtEpoch,
      argsFile: launch.argsFile,
      python: launch.python,
      wrapperPath: launch.wrapperPath,
      become: this.become(launch),
    };
  }

  private connection(launch: JobLaunch): Connection {
    return this.pool.get(this.connectionSpec(launch));
  }

  /**
   * The job id of a job journalled only before its launch, found on the host: its status file
   * `<async dir>/<prefix>.<pid>`, or its wrapper still starting. A job found is journalled, so the
   * next command need not look again.
   */
  async resolve(job: KnownJob, signal?: AbortSignal, waitForStart = 0): Promise<Resolution> {
    const { launch } = job;
    if (launch.jid !== undefined && launch.resultsFile !== undefined) return { state: 'found', launch: { ...launch, jid: launch.jid, resultsFile: launch.resultsFile } };
    const found = await findJobOnHost(this.connection(launch), { prefix: launch.prefix, asyncDir: launch.asyncDir, python: launch.python, become: this.become(launch) }, signal, waitForStart);
    if (found.state !== 'found') return found;
    const { jid } = found;
    const resolved: ResolvedLaunch = { ...launch, jid, resultsFile: jobStatusFile(launch.asyncDir, jid) };
    try {
      recordResolvedLaunch(resolved, this.options);
    } catch (err) {
      // Only a shortcut for later commands; the job was found all the same.
      if (!(err instanceof JournalError)) throw err;
    }
    return { state: 'found', launch: resolved };
  }

  /** Like resolve, but gives a starting job a few seconds to write its status file; throws when there is no job. */
  private async located(job: KnownJob, signal?: AbortSignal): Promise<ResolvedLaunch> {
    const found = await this.resolve(job, signal, STARTING_WAIT_MS);
    if (found.state === 'found') return found.launch;
    if (found.state === 'not started') {
      throw new JobNotFoundOnHostError(`${job.launch.host}: job ${job.launch.prefix} never started (the launch did not reach the host's wrapper)`, false);
    }
    throw new JobNotFoundOnHostError(`${job.launch.host}: job ${job.launch.prefix} is still starting; try again`, true);
  }

  /** Reads the job's status file; a cleaned job is not looked for. Never rejects: problems are states. */
  async status(job: KnownJob, signal?: AbortSignal): Promise<LiveJob> {
    if (job.state === 'cleaned') return { job, state: 'cleaned' };
    try {
      const found = await this.resolve(job, signal);
      if (found.state !== 'found') return { job, state: found.state };
      const located = withLaunch(job, found.launch);
      const status = await readJobStatus(this.connection(found.launch), this.asyncJob(found.launch), signal);
      switch (status.state) {
        case 'running':
          return { job: located, state: 'running', record: status.record };
        case 'finished':
          return { job: located, state: liveState(status.record), record: status.record };
        case 'missing':
          return { job: located, state: 'missing' };
        case 'orphaned':
          return { job: located, state: 'failed', record: status.record, message: status.message };
        default:
          return { job: located, state: 'unreadable', message: status.message };
      }
    } catch (err) {
      if (err instanceof UnreachableError || err instanceof ConfigError) return { job, state: 'unreachable', message: err.message };
      return { job, state: 'unreadable', message: (err as Error).message };
    }
  }

  /** Waits as a poll does (docs/async-protocol.md section 6), and journals the outcome. */
  async wait(job: KnownJob, options: { poll: number; signal?: AbortSignal; onPoll?: (job: AsyncJob, status: ModuleResult) => void }): Promise<WaitOutcome> {
    const launch = await this.located(job, options.signal);
    const outcome = await waitForJob(this.connection(launch), this.asyncJob(launch), options);
    recordWaitOutcome(launch, outcome.state, this.options);
    return outcome;
  }

  /** Terminates the job's whole process tree; the final record says `killed: true` unless it had already finished. */
  async kill(job: KnownJob, signal?: AbortSignal): Promise<ModuleResult> {
    const launch = await this.located(job, signal);
    const record = await terminateJob(this.connection(launch), this.asyncJob(launch), { signal });
    if (record.killed === true) recordJobEvent('killed', launch, this.options);
    return record;
  }

  /**
   * Erases a finished job's files; a running job is refused (`failed`, `finished: 0`). A job whose
   * file is already gone, or that never started, counts as cleaned, so it is not looked for again.
   */
  async cleanup(job: KnownJob, signal?: AbortSignal): Promise<ModuleResult> {
    let launch: ResolvedLaunch;
    try {
      launch = await this.located(job, signal);
    } catch (err) {
      if (!(err instanceof JobNotFoundOnHostError)) throw err;
      // A job still starting is a running job: refused like one.
      if (err.starting) return { failed: true, changed: false, finished: 0, msg: err.message, ansible_job_id: job.launch.prefix };
      recordJobEvent('cleaned', { host: job.launch.host, jid: job.launch.prefix }, this.options);
      return { changed: false, finished: 1, msg: err.message, ansible_job_id: job.launch.prefix, never_started: true };
    }
    const result = await cleanupJob(this.connection(launch), this.asyncJob(launch), signal);
    if (!isFailed(result) || isMissingJob(result)) recordJobEvent('cleaned', launch, this.options);
    return result;
  }

  async close(): Promise<void> {
    await this.pool.closeAll();
  }
}
