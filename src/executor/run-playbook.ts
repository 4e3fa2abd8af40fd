/**
 * Running a loaded playbook against an inventory: plays in order, hosts from the pattern and
 * `--limit`, `serial` batches, one fork queue for the whole run, one connection per host.
 */
import PQueue from 'p-queue';
import { EventEmitter, recordPlays, type ConnectionCost, type HostStats, type PlayRecord, type RunEvent } from '../events/index.js';
import { selectHosts, type Inventory } from '../inventory/index.js';
import type { Play, Playbook, VarsPrompt, VaultKeyring } from '../playbook/index.js';
import { withLookupEnvironment, type Vars } from '../template/index.js';
import { TargetConnections } from '../target/index.js';
import { serialBatches } from './batches.js';
import type { AsyncJob, StartedJob, StartingJob } from '../async/index.js';
import type { ConnectionDefaults } from '../target/index.js';
import { CustomStatsKeeper } from './custom-stats.js';
import { newHostState, type HostState } from './host-state.js';
import { PlayRunner, type RunShared } from './play-runner.js';
import { normalizeRunOptions, type Gathering, type ResumableLaunch, type RunContext } from './run-context.js';
import { NOT_INTERACTIVE_WARNING, promptedVars } from './vars-prompt.js';

export interface LoadedRunOptions {
  playbook: Playbook;
  inventory: Inventory;
  extraVars?: Vars;
  /** Vault secrets for what the run reads on the controller: `include_vars` files, `copy` sources. */
  vault?: VaultKeyring;
  /** Hosts worked on at once (`-f`); default DEFAULT_FORKS. */
  forks?: number;
  limit?: string;
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
  check?: boolean;
  diff?: boolean;
  tags?: string[];
  skipTags?: string[];
  /** Default `poll` for async tasks (`poll_interval`); default DEFAULT_POLL_INTERVAL. */
  pollInterval?: number;
  /** Default hard `timeout` for every task (`--task-timeout`). */
  taskTimeout?: number;
  becomePassword?: string;
  /** `-b` / `--become-user` / `--become-method`: apply where neither a keyword nor a host var says. */
  becomeDefaults?: { become?: boolean; user?: string; method?: string };
  /** Default async dir (`async_dir` in ansible.cfg), else DEFAULT_ASYNC_DIR; `ansible_async_dir` wins. */
  asyncDir?: string;
  /** `interpreter_python` in ansible.cfg: the interpreter (or discovery mode) of hosts that set no `ansible_python_interpreter`; default `auto`. */
  pythonInterpreter?: string;
  /** Called as each async job starts: with it a job can be waited on or killed by a later process. */
  onJobLaunched?: (launch: StartedJob) => void;
  /**
   * Called just before each async launch exec (job id prefix, files, connection); throwing stops
   * that launch, which then fails with the error's message.
   */
  onJobLaunching?: (launch: StartingJob) => void;
  /**
   * Asked before each async launch: a job returned (one this launch started in an earlier run that
   * did not finish, say a worker that died) is waited on instead of launching the task again. It may
   * look on the host first, over the connection it is given (a launch whose job id was never learnt).
   */
  resumeJob?: (launch: ResumableLaunch) => AsyncJob | undefined | Promise<AsyncJob | undefined>;
  /** `--start-at-task`: skip every task before the first one with this name. */
  startAtTask?: string;
  connection?: ConnectionDefaults;
  /** The strategy of plays that do not name one (`strategy` in ansible.cfg); default `linear`. */
  strategy?: string;
  /** When plays that do not set `gather_facts` gather (`gathering` in ansible.cfg); default `implicit`. */
  gathering?: Gathering;
  /** Facts also as top-level `ansible_*` variables (`inject_facts_as_vars`); default true. */
  injectFactsAsVars?: boolean;
  /** The subsets plays that set no `gather_subset` gather (`gather_subset` in ansible.cfg); default all. */
  gatherSubset?: string[];
  /** `gather_timeout` of plays that set none, in seconds. */
  gatherTimeout?: number;
  /** The ansible.cfg the settings came from (`ansible_config_file`); none is Ansible's `None`. */
  configFile?: string;
  /** `ansible_playbook_python`; default the controller's Python (see controllerPython). */
  playbookPython?: string;
  /**
   * `vars_prompt`: the answers by variable name, or a function that asks (the CLI's asks on the
   * terminal). A variable in `extraVars` is not asked for. A prompt with no answer takes its
   * `default`, else null, as Ansible does without a terminal.
   */
  varsPrompt?: VarsPromptAnswers;
  /** Reads the inventory sources again, for `meta: refresh_inventory`; without it that meta keeps the inventory. */
  reloadInventory?: () => Promise<Inventory>;
  /** Ansible's settings by constant name, for the `config` lookup (see `ansibleConfigValues`). */
  ansibleConfig?: Readonly<Record<string, unknown>>;
}

/** Answers to `vars_prompt` by variable name, or a function asked at each play's start for each prompt. */
export type VarsPromptAnswers = Readonly<Record<string, string>> | ((prompt: VarsPrompt) => Promise<string | undefined>);

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

/** Failures `meta: clear_host_errors` cleared do not count, as in Ansible. */
function outcomeOf(states: Iterable<HostState>, cancelled: boolean): RunOutcome {
  if (cancelled) return 'cancelled';
  const all = [...states];
  if (all.some((s) => s.stats.unreachable > s.cleared.unreachable)) return 'unreachable';
  return all.some((s) => s.stats.failed > s.cleared.failed) ? 'failed' : 'ok';
}

/** The play with its `vars_prompt` answers among its variables (the play itself when it prompts for nothing). */
async function withPromptedVars(play: Play, ctx: RunContext, notInteractive: () => void): Promise<Play> {
  if (!play.vars_prompt) return play;
  const prompted = await promptedVars(play, ctx.extraVars, ctx.varsPrompt, notInteractive);
  return { ...play, vars: { ...play.vars, ...prompted } };
}

/**
 * Runs a loaded playbook. Lookups in its templates see the run's vault secrets (a vaulted file
 * read by `file`, `unvault` or `template` is decrypted) and its Ansible settings (`config`).
 */
export function runPlaybook(options: LoadedRunOptions): Promise<RunPlaybookResult> {
  const { vault, ansibleConfig } = options;
  const decryptVault = vault === undefined || vault.empty ? undefined : (text: string, file: string) => vault.decrypt(text, file);
  return withLookupEnvironment({ decryptVault, config: ansibleConfig }, () => runLoadedPlaybook(options));
}

async function runLoadedPlaybook(options: LoadedRunOptions): Promise<RunPlaybookResult> {
  const ctx = normalizeRunOptions(options);
  const { signal } = ctx;
  const emitter = new EventEmitter();
  if (options.onEvent) emitter.on(options.onEvent);
  const results: PlayRecord[] = [];
  emitter.on((event) => recordPlays(results, event));
  const states = new Map<string, HostState>();
  const connections = new TargetConnections(
    (info) => emitter.emit({ type: 'connection', ...info }),
    (message) => emitter.emit({ type: 'warning', message }),
  );
  const queue = new PQueue({ concurrency: ctx.forks });
  const customStats = new CustomStatsKeeper();
  const shared: RunShared = { ctx, connections, emitter, queue, states, startAt: { reached: false }, customStats };

  emitter.emit({ type: 'run_start', playbook: ctx.playbook.file, check: ctx.check });
  for (const message of [...ctx.inventory.warnings, ...ctx.playbook.warnings.map((w) => w.message)]) emitter.emit({ type: 'warning', message });
  const costs: Record<string, ConnectionCost> = {};
  try {
    let warnedNotInteractive = false;
    const notInteractive = () => {
      if (!warnedNotInteractive) emitter.emit({ type: 'warning', message: NOT_INTERACTIVE_WARNING });
      warnedNotInteractive = true;
    };
    for (const written of ctx.playbook.plays) {
      if (signal.aborted) break;
      const warn = (message: string) => emitter.emit({ type: 'warning', message });
      const hosts = selectHosts(ctx.inventory, written.hosts, ctx.limit, { onWarning: warn });
      const name = written.name ?? written.hosts;
      const play = await withPromptedVars(written, ctx, notInteractive);
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
      const out = (h: { name: string }) => states.get(h.name)!.failed || states.get(h.name)!.unreachable;
      // Hosts that failed in an earlier play take no part (batches are made of the others), as in Ansible.
      for (const batch of serialBatches(hosts.filter((h) => !out(h)), play.serial)) {
        if (signal.aborted) break;
        const runner = new PlayRunner(shared, play, hosts, batch);
        await runner.run();
        if (runner.stopped || batch.every(out)) break;
      }
    }
  } finally {
    for (const conn of connections.all()) {
      const total = (costs[conn.host] ??= { connects: 0, execs: 0, helperRequests: 0, fileOps: 0, roundTrips: 0, bytesSent: 0, bytesReceived: 0, uploads: 0 });
      for (const key of Object.keys(total) as Array<keyof ConnectionCost>) total[key] += conn.stats[key];
    }
    await connections.closeAll(signal.aborted ? 'stopped' : 'ended');
  }

  const stats = Object.fromEntries([...states.values()].map((s) => [s.name, s.stats]));
  const custom = customStats.snapshot();
  const anyCustom = Object.keys(custom.run).length > 0 || Object.keys(custom.hosts).length > 0;
  emitter.emit({ type: 'recap', stats, ...(anyCustom ? { custom } : {}) });
  const cancelled = signal.aborted;
  const outcome = outcomeOf(states.values(), cancelled);
  emitter.emit({ type: 'run_end', exitCode: RUN_END_STATUS[outcome], cancelled, connections: costs });
  return { stats, results, outcome, cancelled };
}
