/**
 * Acting on journalled jobs from a later process: reconnect with the settings the run recorded
 * (secrets filled in from the inventory or the caller), then read, wait on, kill or clean up each
 * job, and journal what happened. The status file on the host stays the truth; the journal only
 * says where to look and what this controller already did.
 */
import { assertValidJobId, cleanupJob, isFailed, readJobStatus, terminateJob, waitForJob, type AsyncJob, type ModuleResult, type WaitOutcome } from '../async/index.js';
import { ConnectionPool, type BecomeMethod, type Connection, type ConnectionSpec } from '../connection/index.js';
import { CastoffError, ConfigError, UnreachableError } from '../errors.js';
import { connectionSpecFor } from '../executor/connection-spec.js';
import { resolveVars } from '../executor/vars.js';
import { hostVars, type Inventory } from '../inventory/index.js';
import { knownJobs, recordJobEvent, type JournalOptions, type KnownJob, type LaunchEntry } from './journal.js';

/** A job id that is malformed or that the journal does not know. */
export class UnknownJobError extends CastoffError {
  override name = 'UnknownJobError';
}

/** The journal's jobs with these ids (each id may name jobs on several hosts), in the order asked. */
export function findJobs(jids: readonly string[], options: JournalOptions = {}): KnownJob[] {
  const known = knownJobs(options);
  return jids.flatMap((jid) => {
    try {
      assertValidJobId(jid);
    } catch (err) {
      throw new UnknownJobError((err as Error).message);
    }
    const found = known.filter((j) => j.launch.jid === jid);
    if (found.length === 0) throw new UnknownJobError(`job ${jid} is not in the journal ('castoff jobs' lists the known jobs)`);
    return found;
  });
}

/** The async engine's record for a job whose status file does not exist (docs/async-protocol.md section 5). */
export function isMissingJob(result: ModuleResult): boolean {
  return result.msg === 'could not find job';
}

/** How a wait ended, as the journal needs it. */
export type WaitEnd = WaitOutcome['state'] | 'missing';

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

export type LiveState = 'running' | 'finished ok' | 'failed' | 'timed out' | 'killed' | 'missing' | 'unreachable' | 'unreadable' | 'cleaned';

export interface LiveJob {
  job: KnownJob;
  state: LiveState;
  /** The status record read from the host, when there was one. */
  record?: ModuleResult;
  /** Why the state is unreachable or unreadable. */
  message?: string;
}

export interface JobControlOptions extends JournalOptions {
  /** Fills in connection settings the journal lacks (passwords are never journalled). */
  inventory?: Inventory;
  /** SSH password for hosts the inventory gives none (`-k`). */
  password?: string;
  /** For jobs that run under sudo/su with a password (`-K`). */
  becomePassword?: string;
}

function liveState(record: ModuleResult): LiveState {
  if (record.killed === true) return 'killed';
  if (record.timedout === true) return 'timed out';
  return isFailed(record) ? 'failed' : 'finished ok';
}

function becomeMethod(method: string): BecomeMethod {
  if (method === 'sudo' || method === 'su') return method;
  throw new ConfigError(`the journal names an unknown become method '${method}'`);
}

/** One connection per host for all the jobs it acts on; `close()` when done. */
export class JobControl {
  private readonly pool = new ConnectionPool();

  constructor(private readonly options: JobControlOptions = {}) {}

  /** The recorded settings win; the inventory and the caller only fill what is missing. */
  connectionSpec(launch: LaunchEntry): ConnectionSpec {
    const recorded = launch.connection;
    if (recorded.kind === 'local') return recorded;
    const fromInventory = this.inventorySpec(launch.host);
    return { ...fromInventory, ...recorded, password: fromInventory?.password ?? this.options.password };
  }

  private inventorySpec(hostName: string): Extract<ConnectionSpec, { kind: 'ssh' }> | undefined {
    const { inventory } = this.options;
    const host = inventory?.hosts.get(hostName);
    if (!inventory || !host) return undefined;
    const spec = connectionSpecFor(hostName, resolveVars(hostVars(inventory, host)), undefined, {});
    return spec.kind === 'ssh' ? spec : undefined;
  }

  /** The job as the async engine knows it; its limit still counts from the original launch. */
  asyncJob(launch: LaunchEntry): AsyncJob {
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
      become: launch.become ? { method: becomeMethod(launch.become.method), user: launch.become.user, password: this.options.becomePassword } : undefined,
    };
  }

  private connection(launch: LaunchEntry): Connection {
    return this.pool.get(this.connectionSpec(launch));
  }

  /** Reads the job's status file; a cleaned job is not looked for. */
  async status(job: KnownJob, signal?: AbortSignal): Promise<LiveJob> {
    if (job.state === 'cleaned') return { job, state: 'cleaned' };
    try {
      const status = await readJobStatus(this.connection(job.launch), this.asyncJob(job.launch), signal);
      switch (status.state) {
        case 'running':
          return { job, state: 'running', record: status.record };
        case 'finished':
          return { job, state: liveState(status.record), record: status.record };
        case 'missing':
          return { job, state: 'missing' };
        default:
          return { job, state: 'unreadable', message: status.message };
      }
    } catch (err) {
      if (err instanceof UnreachableError || err instanceof ConfigError) return { job, state: 'unreachable', message: err.message };
      if (err instanceof CastoffError) return { job, state: 'unreadable', message: err.message };
      throw err;
    }
  }

  /** Waits as a poll does (docs/async-protocol.md section 6), and journals the outcome. */
  async wait(job: KnownJob, options: { poll: number; signal?: AbortSignal; onPoll?: (job: AsyncJob, status: ModuleResult) => void }): Promise<WaitOutcome> {
    const outcome = await waitForJob(this.connection(job.launch), this.asyncJob(job.launch), options);
    recordWaitOutcome(job.launch, isMissingJob(outcome.result) ? 'missing' : outcome.state, this.options);
    return outcome;
  }

  /** Terminates the job's whole process tree; the final record says `killed: true` unless it had already finished. */
  async kill(job: KnownJob, signal?: AbortSignal): Promise<ModuleResult> {
    const record = await terminateJob(this.connection(job.launch), this.asyncJob(job.launch), { signal });
    if (record.killed === true) recordJobEvent('killed', job.launch, this.options);
    return record;
  }

  /**
   * Erases a finished job's files; a running job is refused (`failed`, `finished: 0`). A job whose
   * file is already gone counts as cleaned, so it is not looked for again.
   */
  async cleanup(job: KnownJob, signal?: AbortSignal): Promise<ModuleResult> {
    const result = await cleanupJob(this.connection(job.launch), this.asyncJob(job.launch), signal);
    if (!isFailed(result) || isMissingJob(result)) recordJobEvent('cleaned', job.launch, this.options);
    return result;
  }

  async close(): Promise<void> {
    await this.pool.closeAll();
  }
}
