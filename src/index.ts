/**
 * castoff's public library API. The CLI uses only what is exported here.
 */
import { dirname, resolve } from 'node:path';
import { SshConnection, type SshConnectOptions } from './connection/index.js';
import { runPlaybook as runLoaded, type RunPlaybookOptions as LoadedRunOptions, type RunPlaybookResult } from './executor/index.js';
import { loadInventory, type Inventory } from './inventory/index.js';
import { loadPlaybook, parsePlaybookText, type Play, type Playbook } from './playbook/index.js';

export interface RunPlaybookOptions extends Omit<LoadedRunOptions, 'playbook' | 'inventory'> {
  /** A playbook file, or one already loaded. */
  playbook?: string | Playbook;
  /** Plays built in code, instead of a playbook. */
  plays?: Play[];
  /** Inventory sources (files, directories, scripts, `h1,h2,`) or a loaded inventory; none = the implicit localhost. */
  inventory?: string | string[] | Inventory;
}

async function resolveInventory(inventory: RunPlaybookOptions['inventory'], playbookDir?: string): Promise<Inventory> {
  if (inventory && typeof inventory === 'object' && !Array.isArray(inventory)) return inventory;
  const sources = inventory === undefined ? [] : Array.isArray(inventory) ? inventory : [inventory];
  return loadInventory(sources, playbookDir ? { playbookDir } : {});
}

/** Runs a playbook; resolves with the recap stats, the results by play/task/host and the exit code. */
export async function runPlaybook(options: RunPlaybookOptions): Promise<RunPlaybookResult> {
  const { playbook, plays, inventory, ...rest } = options;
  let loaded: Playbook;
  if (typeof playbook === 'string') loaded = await loadPlaybook(playbook);
  else if (playbook) loaded = playbook;
  else if (plays) loaded = { file: '<plays>', plays, warnings: [] };
  else throw new TypeError('runPlaybook needs `playbook` or `plays`');
  const inv = await resolveInventory(inventory, loaded.file.startsWith('<') ? undefined : dirname(resolve(loaded.file)));
  return runLoaded({ ...rest, playbook: loaded, inventory: inv });
}

export interface AdHocOptions extends Omit<RunPlaybookOptions, 'playbook' | 'plays'> {
  /** Host pattern (`all`, `web:&prod`, ...). */
  pattern: string;
  /** Module name; default `command`. */
  module?: string;
  /** Module arguments as the `-a` text (`uptime`, `src=a dest=b`) or a mapping. */
  args?: string | Record<string, unknown>;
  /** `-B`: run as an async job with this limit in seconds. */
  async?: number;
  /** `-P`: poll interval; 0 fires and forgets. */
  poll?: number;
  become?: boolean;
  becomeUser?: string;
  becomeMethod?: string;
}

/** The ad-hoc form of `ansible`: one module on the hosts of a pattern, as a one-task play. */
export async function runAdHoc(options: AdHocOptions): Promise<RunPlaybookResult> {
  const { pattern, module = 'command', args = '', async: asyncLimit, poll, become, becomeUser, becomeMethod, ...rest } = options;
  const task: Record<string, unknown> = { name: module, [module]: args };
  if (asyncLimit !== undefined && asyncLimit > 0) {
    task.async = asyncLimit;
    task.poll = poll ?? 15;
  }
  const play: Record<string, unknown> = { hosts: pattern, gather_facts: false, tasks: [task] };
  if (become) play.become = true;
  if (becomeUser) play.become_user = becomeUser;
  if (becomeMethod) play.become_method = becomeMethod;
  // JSON is YAML: the loader checks the module and its arguments as for any playbook.
  const playbook = await parsePlaybookText(JSON.stringify([play]), '<ad-hoc>');
  return runPlaybook({ ...rest, playbook });
}

export { runPlaybook as runLoadedPlaybook, EXIT, serialBatches, type ConnectionDefaults, type LaunchedJob, type LaunchingJob, type RunPlaybookResult } from './executor/index.js';
export { loadPlaybook, loadVarsFile, parseKeyValueArgs, parsePlaybookText, type Block, type Handler, type Play, type Playbook, type Task } from './playbook/index.js';
export { loadInventory, selectHosts, hostVars, LOCALHOST_NAMES, type Host, type Inventory, type LoadInventoryOptions } from './inventory/index.js';
export {
  ConnectionPool,
  LocalConnection,
  type ConnectionSpec,
  SshConnection,
  type BecomeOptions,
  type Connection,
  type ExecOptions,
  type ExecResult,
  type SshConnectOptions,
} from './connection/index.js';
export {
  asyncStatus,
  cleanupJob,
  launchAsyncJob,
  readJobStatus,
  terminateJob,
  waitForJob,
  type AsyncJob,
  type JobStatus,
  type ModulePayload,
  type WaitOptions,
  type WaitOutcome,
} from './async/index.js';
export type { HostStatus, ModuleResult } from './core/index.js';
export type { ConnectionCost, Duration, HostStats, PlayRecord, RunEvent, RunEventType, TaskRecord } from './events/index.js';
export { asyncPollEvent } from './events/index.js';
export {
  HumanOutput,
  JsonOutput,
  JsonlOutput,
  AnsibleJsonlOutput,
  LiveStatus,
  MinimalOutput,
  OnelineOutput,
  ProfileTasksOutput,
  jsonDocument,
  outputFormat,
  outputFormatNames,
  printable,
  type HumanOptions,
  type Output,
  type OutputContext,
  type OutputFormat,
} from './output/index.js';
export { DEFAULT_REGEX_TIMEOUT, regexTimeLimit, setRegexTimeLimit } from './template/index.js';
export * from './core/errors.js';

/** Opens an SSH connection now (rejects with UnreachableError or ConfigError). */
export async function connect(options: SshConnectOptions, signal?: AbortSignal): Promise<SshConnection> {
  const conn = new SshConnection(options);
  await conn.connect(signal);
  return conn;
}
export * from './jobs/index.js';
