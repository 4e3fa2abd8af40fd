/**
 * What `castoff serve` keeps and answers with: runs, their hosts, their events and the remote jobs
 * they started. The REST API, the web page and the `castoff runs` client all speak these shapes.
 */
import type { HostStats, RunEvent } from '../index.js';

export const RUN_STATUSES = ['queued', 'running', 'stopping', 'stopped', 'succeeded', 'failed', 'error', 'lost'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** A run that is over: nothing will change it any more, except killing the jobs it left. */
export const FINAL_STATUSES: ReadonlySet<RunStatus> = new Set(['stopped', 'succeeded', 'failed', 'error', 'lost']);

/** A run not over yet: waiting, running, or being stopped. */
export const ACTIVE_STATUSES: readonly RunStatus[] = ['queued', 'running', 'stopping'];

/** Why a run that Stop ended is `stopped`, the same whether one process or several slices ran it. */
export const STOP_REASON = 'Stop: stopped scheduling and terminated the remote jobs it was waiting on';

/** What starting a run asks for. Paths are relative to the project's directory. */
export interface StartRunRequest {
  /** A project name; default: the server's first project. */
  project?: string;
  playbook: string;
  inventory?: string[];
  limit?: string;
  /** Extra variables (`-e`), as a mapping. Kept in memory for the run only: the database holds their names. */
  extraVars?: Record<string, unknown>;
  check?: boolean;
}

export interface RunRecord {
  id: number;
  project: string;
  playbook: string;
  inventory: string[];
  limit?: string;
  extraVarNames: string[];
  check: boolean;
  /** Who started it: the token's label. */
  who: string;
  status: RunStatus;
  /** Why a run ended as it did, when the status alone does not say (error, lost, stopped). */
  reason?: string;
  /** ISO 8601 times. */
  createdAt: string;
  startedAt?: string;
  endedAt?: string;
  /** castoff-playbook's exit code for the run. */
  exitCode?: number;
  /** The number of the last event stored. */
  lastSeq: number;
  /** Hosts per slice, for a run split among workers. */
  sliceSize?: number;
  /** Stop or Force stop asked for a run its workers run. */
  stopRequest?: StopKind;
}

export type StopKind = 'stop' | 'force';

/** A part of a run split by host count, run by one worker at a time. */
export interface SliceRecord {
  idx: number;
  hosts: string[];
  /** queued: waiting for a worker; running: a worker holds its lease; done: its play recap is in. */
  status: 'queued' | 'running' | 'done';
  /** The worker holding it. */
  owner?: string;
  /** How many times a worker took it: more than 1 means it was taken over. */
  attempts: number;
  exitCode?: number;
  cancelled?: boolean;
  stats?: Record<string, HostStats>;
}

export type HostState = 'running' | 'ok' | 'failed' | 'unreachable';

/** One host of a run: the recap counters so far and what it is doing. */
export interface RunHostRecord extends HostStats {
  host: string;
  state: HostState;
  /** The task it is on, or last finished. */
  task?: string;
}

/** An event of a run, numbered from 1 in the order it happened. */
export interface StoredEvent {
  seq: number;
  event: RunEvent;
}

/**
 * running: launched and not known to have ended; finished: its result was collected; killed: the
 * run terminated it; may_run: the run was abandoned (Force stop, lost) while it ran, or Stop's
 * terminate did not confirm its end, so it may still run on its host; left: a `poll: 0` job, left
 * running on purpose; starting: a launch about to happen, kept so that whoever takes over a sliced
 * run's slice can find the job on its host if the launch got that far (never listed with the run's
 * jobs).
 */
export type RemoteJobState = 'starting' | 'running' | 'finished' | 'killed' | 'may_run' | 'left';

export interface RemoteJobRecord {
  host: string;
  jid: string;
  task: string;
  state: RemoteJobState;
  /** What the last kill or wait said about it. */
  note?: string;
  /** Its launch's key in the run (see the library's `resumeJob`). */
  key?: string;
}

/** A run with its hosts and remote jobs: `GET /api/runs/:id`. */
export interface RunDetail extends RunRecord {
  hosts: RunHostRecord[];
  jobs: RemoteJobRecord[];
  /** Empty for a run not split among workers. */
  slices: SliceRecord[];
}
