/**
 * Everything observable about a run is one of these events. The human, json and jsonl outputs
 * and library users all consume the same stream; field names are stable (documented in README).
 */
import type { DisplayKind, HostStatus, ModuleResult } from '../core/index.js';
import type { SourcePosition } from '../core/errors.js';

export interface HostStats {
  ok: number;
  changed: number;
  unreachable: number;
  failed: number;
  skipped: number;
  rescued: number;
  ignored: number;
}

interface Base {
  /**
   * When the event happened, ISO 8601 in UTC with milliseconds.
   * @format date-time
   */
  time: string;
}

/** The run begins: the playbook (its path, or a name for one given as text) and whether it is a check (`--check`) run. */
export interface RunStartEvent extends Base {
  type: 'run_start';
  playbook: string;
  check: boolean;
}

/** A play begins on `hosts` (inventory names, after `--limit`), written at `position`. */
export interface PlayStartEvent extends Base {
  type: 'play_start';
  play: string;
  hosts: string[];
  position: SourcePosition;
}

/** A play matched no host, so it is skipped (Ansible's "skipping: no hosts matched"). */
export interface PlayNoHostsEvent extends Base {
  type: 'play_no_hosts';
  play: string;
}

/** A task (or a notified handler) begins on the play's remaining hosts. */
export interface TaskStartEvent extends Base {
  type: 'task_start';
  play: string;
  task: string;
  /** The module the task runs (canonical name, e.g. `shell`). */
  action: string;
  handler: boolean;
  position: SourcePosition;
}

/** What a task did on one host: once per loop item (with `item`), then once for the task. */
export interface HostResultEvent extends Base {
  type: 'host_result';
  play: string;
  task: string;
  /** The module the task ran (canonical name, e.g. `shell`). */
  action: string;
  /** How outputs show the result, from the module registry (outputs never check module names). */
  display: DisplayKind;
  host: string;
  /** `delegate_to` target, when the task ran elsewhere. */
  delegatedTo?: string;
  status: HostStatus;
  /** A failure that `ignore_errors` turned into `...ignoring`. */
  ignored: boolean;
  /** The loop item's label, for per-item results. */
  item?: string;
  /** The result as a `register` would hold it (Ansible's field names), censored under `no_log`. */
  result: ModuleResult;
}

/** `include_tasks` read `file` for `hosts` (once per loop item, with `item`): Ansible's `included:` line. */
export interface IncludedEvent extends Base {
  type: 'included';
  play: string;
  task: string;
  file: string;
  hosts: string[];
  /** The loop item's label, for an include in a loop. */
  item?: string;
}

/** An `until` check failed and the task will run again on the host after its `delay`. */
export interface RetryEvent extends Base {
  type: 'retry';
  play: string;
  task: string;
  host: string;
  retriesLeft: number;
  attempt: number;
  result: ModuleResult;
}

/** A status check of an async job (`async:` with `poll:` > 0) found it still running. */
export interface AsyncPollEvent extends Base {
  type: 'async_poll';
  play: string;
  task: string;
  host: string;
  jid: string;
  started: number;
  finished: number;
  /** Seconds since the job was launched. */
  elapsed: number;
  /** The job's time limit in seconds (`async: N`). */
  limit: number;
}

/** An async job the task waited for has ended, well (`ok`) or not. */
export interface AsyncDoneEvent extends Base {
  type: 'async_done';
  play: string;
  task: string;
  host: string;
  jid: string;
  ok: boolean;
}

/**
 * A job the run stopped waiting on (task timeout, Ctrl-C) was terminated on its host after the
 * task's result: `killed` false means the terminate did not get through, so it may still run.
 */
export interface AsyncTerminatedEvent extends Base {
  type: 'async_terminated';
  play: string;
  task: string;
  host: string;
  jid: string;
  killed: boolean;
}

/** Something the user should know (Ansible's `[WARNING]:`), about a host when `host` is set. */
export interface WarningEvent extends Base {
  type: 'warning';
  message: string;
  host?: string;
}

/** A host was reached: where, as whom, through which jump hosts, and how long it took. */
export interface ConnectionEvent extends Base {
  type: 'connection';
  host: string;
  address: string;
  port: number;
  user: string;
  /** Jump hosts, `user@host:port`, outermost first. */
  via: string[];
  /** Milliseconds to connect. */
  ms: number;
}

/** What `set_stats` tasks set: per host (`per_host: true`) and for the whole run. */
export interface CustomStats {
  hosts: Record<string, Record<string, unknown>>;
  run: Record<string, unknown>;
}

/** The play recap: per host, how many task results of each kind. */
export interface RecapEvent extends Base {
  type: 'recap';
  stats: Record<string, HostStats>;
  /** Present when a `set_stats` task set some. */
  custom?: CustomStats;
}

/** The run is over; always the last event. */
export interface RunEndEvent extends Base {
  type: 'run_end';
  /** The exit code `castoff-playbook` exits with, as Ansible's: 0 ok, 2 a host failed, 4 unreachable, 99 interrupted, ... */
  exitCode: number;
  /** Stopped by Ctrl-C or an abort signal. */
  cancelled: boolean;
  /** What the run cost on the wire, per host (`--output jsonl` and the benchmark read it). */
  connections: Record<string, ConnectionCost>;
}

export type RunEvent =
  | RunStartEvent
  | PlayStartEvent
  | PlayNoHostsEvent
  | TaskStartEvent
  | HostResultEvent
  | IncludedEvent
  | RetryEvent
  | AsyncPollEvent
  | AsyncDoneEvent
  | AsyncTerminatedEvent
  | WarningEvent
  | ConnectionEvent
  | RecapEvent
  | RunEndEvent;

export interface ConnectionCost {
  connects: number;
  execs: number;
  /** Requests answered by the warm helper (one round trip each, no channel opened). */
  helperRequests: number;
  fileOps: number;
  roundTrips: number;
  bytesSent: number;
  bytesReceived: number;
  /** Installs of castoff's remote files and module payloads that wrote them to the host. */
  uploads: number;
}

export type RunEventType = RunEvent['type'];

/** When a play or task started and when its last host result came (ISO 8601); no `end` before one. */
export interface Duration {
  start: string;
  end?: string;
}

/**
 * `runPlaybook`'s `results` and what `--output json` is built from: plays -> tasks -> hosts -> the
 * task-level result (loop items are inside it, under `results`).
 */
export interface PlayRecord {
  play: string;
  /** The same for the same play written at the same place, run after run (UUID-shaped, as Ansible's ids). */
  id: string;
  /** Where the play is written: `/absolute/file.yml:line`, as Ansible's `path`. */
  path: string;
  duration: Duration;
  tasks: TaskRecord[];
}

export interface TaskRecord {
  task: string;
  /** Stable as the play's; a task written once but run twice in a play (a handler flushed twice) keeps its id. */
  id: string;
  path: string;
  /** The module the task runs (canonical name). */
  action: string;
  handler: boolean;
  duration: Duration;
  hosts: Record<string, ModuleResult>;
}

type Without<T, K extends keyof never> = T extends unknown ? Omit<T, K> : never;

/** An event as the executor hands it over; the emitter stamps `time`. */
export type RunEventInput = Without<RunEvent, 'time'>;
