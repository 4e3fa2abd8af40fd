/**
 * Where the server keeps runs, hosts, events, remote jobs and API tokens: SQLite by default,
 * PostgreSQL for several machines. Every method is one transaction. Event numbers are handed out by
 * the database as each batch is written, so several writers of one run (its slices on several
 * workers) never collide and a reader never sees a gap.
 */
import type { HostStats, LaunchedJob, LaunchingJob, RunEvent } from '../../index.js';
import type { RemoteJobRecord, RunHostRecord, RunRecord, RunStatus, SliceRecord, StopKind, StoredEvent } from '../types.js';

export interface NewRun {
  project: string;
  playbook: string;
  inventory: string[];
  limit?: string;
  extraVarNames: string[];
  check: boolean;
  who: string;
  createdAt: string;
  sliceSize?: number;
  /** Kept only for a run split among workers, which need them (see README). */
  extraVars?: Record<string, unknown>;
}

export interface RunUpdate {
  status?: RunStatus;
  reason?: string;
  startedAt?: string;
  endedAt?: string;
  exitCode?: number;
  stopRequest?: StopKind;
}

/** Which events a retention pass removes: those of runs that ended before `endedBefore`, or the oldest beyond `maxRows`. */
export interface Retention {
  endedBefore?: string;
  maxRows?: number;
}

/** A job as stored: with its launch record, so that a worker elsewhere can take it up. */
export interface StoredJob extends RemoteJobRecord {
  /** The launch record; of a `starting` job, the record made just before its launch. */
  launch?: LaunchedJob | LaunchingJob;
}

export interface RecordBatch {
  events: RunEvent[];
  hosts: RunHostRecord[];
  jobs: StoredJob[];
}

/** A run's last events and the update that makes its status final. */
export interface RunEnding {
  events: RunEvent[];
  update: RunUpdate;
}

/** How a slice's part of the run ended. */
export interface SliceEnd {
  exitCode: number;
  cancelled: boolean;
  stats: Record<string, HostStats>;
}

export interface Store {
  /** Brings the schema to the latest version; says which versions it applied. */
  migrate(): Promise<number[]>;

  createRun(run: NewRun): Promise<RunRecord>;
  getRun(id: number): Promise<RunRecord | undefined>;
  /** Newest first. */
  listRuns(limit: number): Promise<RunRecord[]>;
  updateRun(id: number, update: RunUpdate): Promise<void>;
  /** Runs in any of `statuses`, oldest first. */
  runsIn(statuses: readonly RunStatus[]): Promise<RunRecord[]>;

  /** Takes or renews the lease of `runId` for `owner` until `until`; false when another live owner holds it. */
  lease(runId: number, owner: string, until: string, now: string): Promise<boolean>;
  /** Renews every lease `owner` holds. */
  heartbeat(owner: string, until: string): Promise<void>;
  /** The run's owner and lease end, if any. */
  leaseOf(runId: number): Promise<{ owner: string; until: string } | undefined>;

  /** Appends events, numbered after the run's last, and the run's host and job rows, in one transaction; the last number. */
  record(runId: number, batch: RecordBatch): Promise<number>;
  /** Up to `limit` events after `seq`, in order. */
  eventsAfter(runId: number, seq: number, limit: number): Promise<StoredEvent[]>;
  hosts(runId: number): Promise<RunHostRecord[]>;
  jobs(runId: number): Promise<RemoteJobRecord[]>;
  updateJobs(runId: number, jobs: RemoteJobRecord[]): Promise<void>;
  /** Removes events per `retention`; says how many. */
  prune(retention: Retention): Promise<number>;

  /** A sliced run's extra variables, for its workers. */
  extraVarsOf(runId: number): Promise<Record<string, unknown>>;
  /** The launch records (with keys) of the run's jobs, for a worker taking a slice over. */
  jobLaunches(runId: number): Promise<LaunchedJob[]>;
  /** The records made before each launch of the run (`starting` rows), for a slice's taker. */
  jobIntents(runId: number): Promise<LaunchingJob[]>;

  createSlices(runId: number, hosts: string[][]): Promise<void>;
  slices(runId: number): Promise<SliceRecord[]>;
  /** A queued slice becomes `owner`'s, running, until `until`; undefined when it is not queued. */
  claimSlice(runId: number, idx: number, owner: string, until: string): Promise<SliceRecord | undefined>;
  renewSlices(owner: string, until: string): Promise<void>;
  /** Slices waiting for a worker, of runs not over. */
  queuedSlices(): Promise<Array<{ runId: number; idx: number }>>;
  /** Running slices whose lease ran out go back to queued; which ones. */
  requeueExpiredSlices(now: string): Promise<Array<{ runId: number; idx: number }>>;
  /** Records a slice's end, if `owner` still holds it. */
  finishSlice(runId: number, idx: number, owner: string, end: SliceEnd): Promise<boolean>;
  /** A stopped run starts no more slices: those no worker has taken end as cancelled; how many. */
  cancelQueuedSlices(runId: number): Promise<number>;
  /**
   * Ends a sliced run whose slices are all done, in one transaction: its last events and its final
   * status, with `owner` recorded as the one who ended it. True for exactly one caller; false when
   * the run is already over or a slice is not done.
   */
  endSlicedRun(runId: number, owner: string, ending: RunEnding): Promise<boolean>;

  addToken(hash: string, label: string, createdAt: string): Promise<void>;
  /** The label of the token with this hash. */
  tokenLabel(hash: string): Promise<string | undefined>;
  tokenCount(): Promise<number>;

  close(): Promise<void>;
}
