/**
 * A run's options, normalised once: every default is applied here and nowhere else, and the
 * executor's functions take this one object instead of re-declaring the settings they pass on.
 */
import { setMaxListeners } from 'node:events';
import { dirname, resolve } from 'node:path';
import { copyInventory, type Inventory } from '../inventory/index.js';
import type { Playbook, VaultKeyring } from '../playbook/index.js';
import { DEFAULT_ASYNC_DIR, DEFAULT_PYTHON, type BecomeOptions, type Connection, type TargetDefaults } from '../target/index.js';
import type { Vars } from '../template/index.js';
import type { AsyncJob, StartedJob, StartingJob } from '../async/index.js';
import type { LoadedRunOptions, VarsPromptAnswers } from './run-playbook.js';
import type { InventoryChangeLog } from './task/inventory-changes.js';
import { controllerPython } from '../modules/index.js';
import { runMagic } from './vars.js';

/** `poll` of an async task that sets none (`poll_interval`), as in Ansible. */
export const DEFAULT_POLL_INTERVAL = 15;

/** Hosts worked on at once (`-f`), as in Ansible. */
export const DEFAULT_FORKS = 5;

/** The strategy of plays that name none, unless ansible.cfg says otherwise. */
export const DEFAULT_STRATEGY = 'linear';

/**
 * Ansible's `gathering`: `implicit` gathers unless a play says `gather_facts: false`, `explicit`
 * only when it says `true`, `smart` as implicit but each host at most once per run.
 */
export type Gathering = 'implicit' | 'explicit' | 'smart';

export interface RunContext extends TargetDefaults {
  playbook: Playbook;
  inventory: Inventory;
  /** Directory of the playbook file (`playbook_dir`). */
  playbookDir: string;
  extraVars: Vars;
  vault?: VaultKeyring;
  forks: number;
  limit?: string;
  /** The run's own signal: aborted with the caller's, and free of Node's listener limit. */
  signal: AbortSignal;
  check: boolean;
  diff: boolean;
  tags?: readonly string[];
  skipTags?: readonly string[];
  /** `--start-at-task`: tasks before the first one of this name are skipped. */
  startAtTask?: string;
  pollInterval: number;
  /** Hard limit in seconds for tasks that set no `timeout` (`--task-timeout`). */
  taskTimeout?: number;
  onJobLaunched?: (launch: StartedJob) => void;
  onJobLaunching?: (launch: StartingJob) => void;
  /** A job started by an earlier run of the same launch (same key), waited on instead of launching again. */
  resumeJob?: (launch: ResumableLaunch) => AsyncJob | undefined | Promise<AsyncJob | undefined>;
  /** Launches so far per host and task, for the launch keys. */
  launchCounts: Map<string, number>;
  /** The strategy of plays that do not name one. */
  strategy: string;
  gathering: Gathering;
  injectFactsAsVars: boolean;
  /** Defaults of plays that set no `gather_subset` / `gather_timeout`. */
  gatherSubset?: string[];
  gatherTimeout?: number;
  /** The magic variables that are the same on every host (see runMagic). */
  runMagic: Record<string, unknown>;
  /** Answers to `vars_prompt`, or the function that asks for them. */
  varsPrompt?: VarsPromptAnswers;
  /** Reads the inventory sources again (`meta: refresh_inventory`); absent when the caller gave an inventory object. */
  reloadInventory?: () => Promise<Inventory>;
  /** add_host and group_by changes so far, made again after a refresh. */
  inventoryChanges: InventoryChangeLog;
}

/** An async launch about to happen, as `resumeJob` is asked about it. */
export interface ResumableLaunch {
  host: string;
  /** See JobStart's `key`. */
  key: string;
  /** The run's connection to the host, to look for the job there (see `findJobOnHost`). */
  connection: Connection;
  /** The task's become, password included: the job runs as that user. */
  become?: BecomeOptions;
  /** The task's signal. */
  signal: AbortSignal;
}

/** Links a signal of the run's own to the caller's. */
function runSignal(caller: AbortSignal | undefined): AbortSignal {
  // Every task on every host listens to the run's signal: lift Node's listener warning on a signal
  // of our own, linked to the caller's, rather than changing theirs.
  const run = new AbortController();
  setMaxListeners(0, run.signal);
  if (caller?.aborted) run.abort();
  else caller?.addEventListener('abort', () => run.abort(), { once: true });
  return run.signal;
}

export function normalizeRunOptions(options: LoadedRunOptions): RunContext {
  const playbookDir = dirname(resolve(options.playbook.file));
  const forks = Math.max(1, options.forks ?? DEFAULT_FORKS);
  const check = options.check ?? false;
  const diff = options.diff ?? false;
  return {
    playbook: options.playbook,
    // add_host and group_by change the run's copy, never the caller's inventory.
    inventory: copyInventory(options.inventory),
    playbookDir,
    extraVars: options.extraVars ?? {},
    vault: options.vault,
    forks,
    limit: options.limit,
    signal: runSignal(options.signal),
    check,
    diff,
    tags: options.tags,
    skipTags: options.skipTags,
    startAtTask: options.startAtTask,
    pollInterval: options.pollInterval ?? DEFAULT_POLL_INTERVAL,
    taskTimeout: options.taskTimeout,
    becomePassword: options.becomePassword,
    becomeDefaults: options.becomeDefaults ?? {},
    asyncDir: options.asyncDir ?? DEFAULT_ASYNC_DIR,
    python: options.pythonInterpreter ?? DEFAULT_PYTHON,
    connection: options.connection ?? {},
    onJobLaunched: options.onJobLaunched,
    onJobLaunching: options.onJobLaunching,
    resumeJob: options.resumeJob,
    launchCounts: new Map(),
    strategy: options.strategy ?? DEFAULT_STRATEGY,
    gathering: options.gathering ?? 'implicit',
    injectFactsAsVars: options.injectFactsAsVars ?? true,
    gatherSubset: options.gatherSubset,
    gatherTimeout: options.gatherTimeout,
    runMagic: runMagic({
      playbookDir,
      check,
      diff,
      forks,
      limit: options.limit,
      configFile: options.configFile,
      playbookPython: options.playbookPython ?? controllerPython(),
      inventorySources: options.inventory.sources ?? [],
    }),
    varsPrompt: options.varsPrompt,
    reloadInventory: options.reloadInventory,
    inventoryChanges: [],
  };
}
