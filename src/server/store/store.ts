/**
 * Where the server keeps runs, hosts, events, remote jobs and API tokens: SQLite by default,
 * PostgreSQL for several machines. Every method is one transaction. Event numbers are handed out by
 * the database as each batch is written, so several writers of one run (its slices on several
 * workers) never collide and a reader never sees a gap.
 */
import type { RunEvent } from '../../index.js';
import type { RemoteJobRecord, RunHostRecord, RunRecord, RunStatus, StoredEvent } from '../types.js';

export interface NewRun {
  project: string;
  playbook: string;
  inventory: string[];
  limit?: string;
  extraVarNames: string[];
  check: boolean;
  who: string;
  createdAt: string;
}

export interface RunUpdate {
  status?: RunStatus;
  reason?: string;
  startedAt?: string;
  endedAt?: string;
  exitCode?: number;
}

/** Which events a retention pass removes: those of runs that ended before `endedBefore`, or the oldest beyond `maxRows`. */
export interface Retention {
  endedBefore?: string;
  maxRows?: number;
}

export interface RecordBatch {
  events: RunEvent[];
  hosts: RunHostRecord[];
  jobs: RemoteJobRecord[];
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

  addToken(hash: string, label: string, createdAt: string): Promise<void>;
  /** The label of the token with this hash. */
  tokenLabel(hash: string): Promise<string | undefined>;
  tokenCount(): Promise<number>;

  close(): Promise<void>;
}
