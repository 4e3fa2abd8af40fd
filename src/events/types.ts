/**
 * Everything observable about a run is one of these events. The human, json and jsonl outputs
 * and library users all consume the same stream; field names are stable (documented in README).
 */
import type { HostStatus, ModuleResult } from '../core/index.js';
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
  /** ISO 8601 timestamp of when the event happened. */
  time: string;
}

export type RunEvent =
  | (Base & { type: 'run_start'; playbook: string; check: boolean })
  | (Base & { type: 'play_start'; play: string; hosts: string[]; position: SourcePosition })
  | (Base & { type: 'play_no_hosts'; play: string })
  | (Base & { type: 'task_start'; play: string; task: string; action: string; handler: boolean; position: SourcePosition })
  | (Base & {
      type: 'host_result';
      play: string;
      task: string;
      /** The module the task ran (canonical name, e.g. `shell`). */
      action: string;
      host: string;
      /** `delegate_to` target, when the task ran elsewhere. */
      delegatedTo?: string;
      status: HostStatus;
      /** A failure that `ignore_errors` turned into `...ignoring`. */
      ignored: boolean;
      /** The loop item's label, for per-item results. */
      item?: string;
      result: ModuleResult;
    })
  | (Base & { type: 'retry'; play: string; task: string; host: string; retriesLeft: number; attempt: number; result: ModuleResult })
  | (Base & {
      type: 'async_poll';
      play: string;
      task: string;
      host: string;
      jid: string;
      started: number;
      finished: number;
      /** Seconds since the job was launched, and its limit (`async: N`). */
      elapsed: number;
      limit: number;
    })
  | (Base & { type: 'async_done'; play: string; task: string; host: string; jid: string; ok: boolean })
  /**
   * A job the run stopped waiting on (task timeout, Ctrl-C) was terminated on its host after the
   * task's result: `killed` false means the terminate did not get through, so it may still run.
   */
  | (Base & { type: 'async_terminated'; play: string; task: string; host: string; jid: string; killed: boolean })
  | (Base & { type: 'warning'; message: string; host?: string })
  | (Base & { type: 'connection'; host: string; address: string; port: number; user: string; via: string[]; ms: number })
  | (Base & { type: 'recap'; stats: Record<string, HostStats> })
  | (Base & {
      type: 'run_end';
      exitCode: number;
      cancelled: boolean;
      /** What the run cost on the wire, per host (`--output jsonl` and the benchmark read it). */
      connections: Record<string, ConnectionCost>;
    });

export interface ConnectionCost {
  connects: number;
  execs: number;
  fileOps: number;
  roundTrips: number;
  bytesSent: number;
  bytesReceived: number;
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
