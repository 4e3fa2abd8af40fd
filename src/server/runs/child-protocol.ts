/**
 * The messages between the server and a run's own process (one process per run: Force stop can
 * abandon it at once, and a run that crashes takes only itself down).
 */
import type { LaunchedJob, LaunchingJob, RunEvent, RunningJobs } from '../../index.js';

/** What the run process is told to run; paths are absolute. */
export interface RunOrder {
  playbook: string;
  inventory: string[];
  limit?: string;
  extraVars: Record<string, unknown>;
  check: boolean;
  /** Jobs an earlier run of this order started (a slice taken over): waited on, not launched again. */
  resume?: LaunchedJob[];
  /** Launches of that earlier run whose job ids it never learnt: each is looked for on its host before launching again. */
  starting?: LaunchingJob[];
  /** Report each launch before it happens (`launching`), for a later taker of this order. */
  reportLaunching?: boolean;
}

export type ToRun =
  | { type: 'start'; order: RunOrder }
  /** Castoff's Ctrl-C: stop scheduling, terminate this run's remote jobs, recap. */
  | { type: 'stop' }
  /** The second Ctrl-C: leave at once, saying which jobs may still run. */
  | { type: 'force' };

export type FromRun =
  | { type: 'events'; events: RunEvent[] }
  | { type: 'launching'; launch: LaunchingJob; task: string }
  | { type: 'job'; launch: LaunchedJob; task: string }
  | { type: 'abandoned'; stillRunning: RunningJobs }
  | { type: 'error'; message: string };
