/**
 * Runs a playbook's text through the library against a test inventory, recording every event with
 * when it arrived and every async job launched: what integration tests assert on.
 */
import { writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { join } from 'node:path';
import type { RunEvent } from '../../src/events/index.js';
import type { StartedJob } from '../../src/async/index.js';
import { exitCodeFor } from '../../src/cli/exit-codes.js';
import { runPlaybook, type ConnectionDefaults, type RunPlaybookResult } from '../../src/executor/index.js';
import { loadInventory } from '../../src/inventory/index.js';
import { parsePlaybookText } from '../../src/playbook/index.js';
import type { TestInventory } from './inventory.js';

export interface RecordedRun extends RunPlaybookResult {
  /** The exit code the CLI ends such a run with. */
  exitCode: number;
  events: RunEvent[];
  jobs: StartedJob[];
  /** When the event arrived, in ms from the start of the run. */
  timeOf(event: RunEvent): number;
  /** The host's aggregate result of the task (not a loop item's). */
  resultOf(task: string, host: string): Record<string, unknown>;
  statusOf(task: string, host: string): string;
  /** When the host's result of the task arrived, in ms from the start of the run. */
  at(task: string, host: string): number;
  /**
   * Sockets of this process still open to `port` the moment runPlaybook resolved. Node's list of
   * live handles: a socket destroyed is gone from it, one ended but waiting for the peer's FIN (a
   * frozen host) is not.
   */
  openSocketsTo(port: number): number;
}

export interface RecordOptions {
  /** Over the inventory's known_hosts file. */
  connection?: ConnectionDefaults;
  signal?: AbortSignal;
  taskTimeout?: number;
  /** `--check` and `--diff`. */
  check?: boolean;
  diff?: boolean;
  onEvent?: (event: RunEvent) => void;
  onJobLaunched?: (job: StartedJob) => void;
}

/** `forks: 8` and a 1 s poll interval, so tests with a handful of hosts and async jobs run quickly. */
export async function playRecorded(inv: TestInventory, yaml: string, options: RecordOptions = {}): Promise<RecordedRun> {
  const file = join(inv.dir, `play-${Math.random().toString(36).slice(2)}.yml`);
  writeFileSync(file, yaml);
  const playbook = await parsePlaybookText(yaml, file);
  const inventory = await loadInventory([inv.file]);
  const events: RunEvent[] = [];
  const times = new Map<RunEvent, number>();
  const jobs: StartedJob[] = [];
  const started = performance.now();
  const result = await runPlaybook({
    playbook,
    inventory,
    forks: 8,
    pollInterval: 1,
    signal: options.signal,
    taskTimeout: options.taskTimeout,
    check: options.check,
    diff: options.diff,
    connection: { knownHostsFile: inv.knownHostsFile, ...options.connection },
    onJobLaunched: (job) => {
      jobs.push(job);
      options.onJobLaunched?.(job);
    },
    onEvent: (e) => {
      events.push(e);
      times.set(e, performance.now() - started);
      options.onEvent?.(e);
    },
  });
  // Taken before anything else runs, so a socket closed later does not hide one left open.
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
  const find = (task: string, h: string) => {
    const e = events.find((x) => x.type === 'host_result' && x.task === task && x.host === h && x.item === undefined);
    if (!e || e.type !== 'host_result') throw new Error(`no result for ${task} on ${h}: ${JSON.stringify(events.filter((x) => x.type === 'host_result'))}`);
    return e;
  };
  return {
    ...result,
    exitCode: exitCodeFor(result.outcome),
    events,
    jobs,
    timeOf: (e) => times.get(e)!,
    resultOf: (task, h) => find(task, h).result,
    statusOf: (task, h) => find(task, h).status,
    at: (task, h) => times.get(find(task, h))!,
    openSocketsTo: (port) => handles.filter((x) => x instanceof Socket && x.remotePort === port && !x.destroyed).length,
  };
}
