/**
 * Running a loaded playbook against an inventory: plays in order, hosts from the pattern and
 * `--limit`, `serial` batches, one fork queue for the whole run, one connection per host.
 */
import { setMaxListeners } from 'node:events';
import { dirname, resolve } from 'node:path';
import PQueue from 'p-queue';
import { ConnectionPool } from '../connection/index.js';
import { EventEmitter, recordPlays, type ConnectionCost, type HostStats, type PlayRecord, type RunEvent } from '../events/index.js';
import { selectHosts, type Inventory } from '../inventory/index.js';
import type { Playbook } from '../playbook/index.js';
import type { Vars } from '../template/index.js';
import { serialBatches } from './batches.js';
import type { StartedJob, StartingJob } from '../async/index.js';
import type { ConnectionDefaults } from './connection-spec.js';
import { newHostState, type HostState } from './host-state.js';
import { PlayRunner } from './play-runner.js';

export interface LoadedRunOptions {
  playbook: Playbook;
  inventory: Inventory;
  extraVars?: Vars;
  /** Hosts worked on at once (`-f`); default 5 as in Ansible. */
  forks?: number;
  limit?: string;
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
  check?: boolean;
  diff?: boolean;
  tags?: string[];
  skipTags?: string[];
  /** Default `poll` for async tasks (`poll_interval`); 15 s as in Ansible. */
  pollInterval?: number;
  /** Default hard `timeout` for every task (`--task-timeout`). */
  taskTimeout?: number;
  becomePassword?: string;
  /** `-b` / `--become-user` / `--become-method`: apply where neither a keyword nor a host var says. */
  becomeDefaults?: { become?: boolean; user?: string; method?: string };
  /** Default async dir (`async_dir` in ansible.cfg); `ansible_async_dir` wins. */
  asyncDir?: string;
  /** Called as each async job starts: with it a job can be waited on or killed by a later process. */
  onJobLaunched?: (launch: StartedJob) => void;
  /**
   * Called just before each async launch exec (job id prefix, files, connection); throwing stops
   * that launch, which then fails with the error's message.
   */
  onJobLaunching?: (launch: StartingJob) => void;
  /** `--start-at-task`: skip every task before the first one with this name. */
  startAtTask?: string;
  connection?: ConnectionDefaults;
}

/**
 * How a run ended, worst first: it was cancelled (its signal aborted), a host was unreachable, a
 * task failed on a host (not rescued or ignored), or every host came through.
 */
export type RunOutcome = 'cancelled' | 'unreachable' | 'failed' | 'ok';

export interface RunPlaybookResult {
  stats: Record<string, HostStats>;
  results: PlayRecord[];
  outcome: RunOutcome;
  cancelled: boolean;
}

/**
 * The exit status `ansible-playbook` ends such a run with, as the `run_end` event has always
 * reported it to readers of the event stream. The CLI's own exit codes are the CLI's.
 */
const RUN_END_STATUS: Readonly<Record<RunOutcome, number>> = { ok: 0, failed: 2, unreachable: 4, cancelled: 99 };

function outcomeOf(stats: Record<string, HostStats>, cancelled: boolean): RunOutcome {
  if (cancelled) return 'cancelled';
  if (Object.values(stats).some((s) => s.unreachable > 0)) return 'unreachable';
  return Object.values(stats).some((s) => s.failed > 0) ? 'failed' : 'ok';
}

export async function runPlaybook(options: LoadedRunOptions): Promise<RunPlaybookResult> {
  // Every task on every host listens to the run's signal: lift Node's listener warning on a signal
  // of our own, linked to the caller's, rather than changing theirs.
  const run = new AbortController();
  setMaxListeners(0, run.signal);
  if (options.signal?.aborted) run.abort();
  else options.signal?.addEventListener('abort', () => run.abort(), { once: true });
  const signal = run.signal;
  const emitter = new EventEmitter();
  if (options.onEvent) emitter.on(options.onEvent);
  const results: PlayRecord[] = [];
  emitter.on((event) => recordPlays(results, event));
  const states = new Map<string, HostState>();
  const pool = new ConnectionPool((info) => emitter.emit({ type: 'connection', ...info }));
  const queue = new PQueue({ concurrency: Math.max(1, options.forks ?? 5) });
  const shared = {
    inventory: options.inventory,
    pool,
    emitter,
    queue,
    states,
    signal,
    settings: {
      extraVars: options.extraVars ?? {},
      check: options.check ?? false,
      diff: options.diff ?? false,
      tags: options.tags,
      skipTags: options.skipTags,
      pollInterval: options.pollInterval ?? 15,
      taskTimeout: options.taskTimeout,
      becomePassword: options.becomePassword,
      becomeDefaults: options.becomeDefaults,
      asyncDir: options.asyncDir,
      onJobLaunched: options.onJobLaunched,
      onJobLaunching: options.onJobLaunching,
      startAt: options.startAtTask !== undefined ? { name: options.startAtTask, reached: false } : undefined,
      connection: options.connection ?? {},
      playbookDir: dirname(resolve(options.playbook.file)),
    },
  };

  emitter.emit({ type: 'run_start', playbook: options.playbook.file, check: shared.settings.check });
  for (const message of [...options.inventory.warnings, ...options.playbook.warnings.map((w) => w.message)]) emitter.emit({ type: 'warning', message });
  const connections: Record<string, ConnectionCost> = {};
  try {
    for (const play of options.playbook.plays) {
      if (signal.aborted) break;
      const warn = (message: string) => emitter.emit({ type: 'warning', message });
      const hosts = selectHosts(options.inventory, play.hosts, options.limit, { onWarning: warn });
      const name = play.name ?? play.hosts;
      emitter.emit({ type: 'play_start', play: name, hosts: hosts.map((h) => h.name), position: play.position });
      if (hosts.length === 0) {
        emitter.emit({ type: 'play_no_hosts', play: name });
        continue;
      }
      for (const h of hosts) if (!states.has(h.name)) states.set(h.name, newHostState(h.name));
      // A new play starts every reachable host afresh; failed and unreachable hosts stay out.
      for (const h of hosts) {
        const s = states.get(h.name)!;
        s.ended = false;
        s.notified.clear();
      }
      for (const batch of serialBatches(hosts, play.serial)) {
        if (signal.aborted) break;
        const runner = new PlayRunner(shared, play, hosts, batch);
        await runner.run();
        const batchFailed = batch.every((h) => states.get(h.name)!.failed || states.get(h.name)!.unreachable);
        if (runner.stopped || batchFailed) break;
      }
    }
  } finally {
    for (const conn of pool.all()) {
      const total = (connections[conn.host] ??= { connects: 0, execs: 0, fileOps: 0, roundTrips: 0, bytesSent: 0, bytesReceived: 0 });
      for (const key of Object.keys(total) as Array<keyof ConnectionCost>) total[key] += conn.stats[key];
    }
    await pool.closeAll();
  }

  const stats = Object.fromEntries([...states.values()].map((s) => [s.name, s.stats]));
  emitter.emit({ type: 'recap', stats });
  const cancelled = signal.aborted;
  const outcome = outcomeOf(stats, cancelled);
  emitter.emit({ type: 'run_end', exitCode: RUN_END_STATUS[outcome], cancelled, connections });
  return { stats, results, outcome, cancelled };
}
