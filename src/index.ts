/**
 * castoff's public library API, and all the CLI uses (with `castoff/version` for `--version`).
 * Each name is exported on purpose: what a program needs to run playbooks and ad-hoc tasks, act on
 * async jobs, read settings as the CLI does, and render the events.
 */
import { dirname, resolve } from 'node:path';
import { SshConnection, type SshConnectOptions } from './connection/index.js';
import { ansibleConfigValues, loadSettings, vaultIdSpecs, type Settings } from './config/index.js';
import { timedEvent } from './events/index.js';
import { runPlaybook as runLoaded, type LoadedRunOptions, type RunPlaybookResult } from './executor/index.js';
import { loadInventory, type Inventory, type LoadInventoryOptions } from './inventory/index.js';
import { launchedRecord, launchingRecord, RunJournal, type LaunchedJob, type LaunchingJob } from './jobs/index.js';
import { defaultCollectionsPaths, defaultLibraryPaths } from './modules/ansible/index.js';
import { defaultRolesPaths, loadPlaybook, parsePlaybookText, type LoadPlaybookOptions, type Play, type Playbook } from './playbook/index.js';
import { loadVaultKeyring, type VaultKeyring } from './source/vault/index.js';

export interface RunPlaybookOptions extends Omit<LoadedRunOptions, 'playbook' | 'inventory' | 'onJobLaunched' | 'onJobLaunching'> {
  /** A playbook file, or one already loaded. */
  playbook?: string | Playbook;
  /** Plays built in code, instead of a playbook. */
  plays?: Play[];
  /**
   * Inventory sources (files, directories, scripts, `h1,h2,`) or a loaded inventory; none = the
   * config's `inventory`, else the implicit localhost.
   */
  inventory?: string | string[] | Inventory;
  /**
   * Read settings as the CLI does: `true` finds ansible.cfg as Ansible does ($ANSIBLE_CONFIG,
   * ./ansible.cfg, ~/.ansible.cfg, /etc/ansible/ansible.cfg), a string names the file; ANSIBLE_*
   * and CASTOFF_* variables apply over it, and the options given here over both. Settings already
   * loaded (`loadSettings()`) are taken as they are; their warnings are then the caller's to show.
   * Default: no settings are read.
   */
  config?: boolean | string | Settings;
  /**
   * Journal this run's async jobs, so `castoff jobs`/`wait`/`kill` find them after this process
   * ends: `true` (default) in `$CASTOFF_HOME` or `~/.castoff`, a string names that directory
   * instead, `false` journals nothing. A RunJournal is used as it is (one for several runs).
   */
  journal?: boolean | string | RunJournal;
  /**
   * Vault secrets for vaulted playbooks, vars files, inventories and `copy` sources (see
   * `loadVaultKeyring`). Default: those the settings name (`vault_password_file`,
   * `vault_identity_list`), when settings are read; a `prompt` source needs a keyring made by the caller.
   */
  vault?: VaultKeyring;
  /** Called as each async job starts, with the job as the journal keeps it (no secrets). */
  onJobLaunched?: (launch: LaunchedJob) => void;
  /**
   * Called just before each async launch exec (job id prefix, files, connection); throwing stops
   * that launch, which then fails with the error's message.
   */
  onJobLaunching?: (launch: LaunchingJob) => void;
}

/** The settings a run's `config` option asks for, if any. */
function settingsOf(config: RunPlaybookOptions['config']): Settings | undefined {
  if (config === undefined || config === false) return undefined;
  if (config === true) return loadSettings();
  if (typeof config === 'string') return loadSettings(process.env, process.cwd(), config);
  return config;
}

/** How the inventory sources are judged, from the settings. */
export function inventoryOptions(settings: Settings): LoadInventoryOptions {
  return {
    unparsedIsFailed: settings.inventoryUnparsedIsFailed,
    anyUnparsedIsFailed: settings.inventoryAnyUnparsedIsFailed,
    unparsedWarning: settings.inventoryUnparsedWarning,
    localhostWarning: settings.localhostWarning,
  };
}

/**
 * How playbooks load under the settings: the `library` folders (Ansible's default ones when unset)
 * and where the user's Ansible installation and collections are, for modules castoff lacks.
 */
export function playbookLoadOptions(settings: Settings | undefined, vault?: VaultKeyring): LoadPlaybookOptions {
  return {
    vault,
    libraryPaths: settings?.libraryPaths ?? defaultLibraryPaths(),
    rolesPaths: settings?.rolesPaths ?? defaultRolesPaths(),
    ansible: {
      python: settings?.ansiblePython,
      collectionsPaths: settings?.collectionsPaths,
      preferAnsibleModules: settings?.preferAnsibleModules,
    },
  };
}

const seconds = (value: number | undefined) => (value === undefined ? undefined : value * 1000);

/** The options with the settings filling in what they leave unset: what the caller gives wins. */
function withSettings<T extends RunPlaybookOptions>(options: T, settings: Settings | undefined): T {
  if (!settings) return options;
  const { becomeDefaults: become = {}, connection = {} } = options;
  return {
    ...options,
    inventory: options.inventory ?? settings.inventory,
    forks: options.forks ?? settings.forks,
    pollInterval: options.pollInterval ?? settings.pollInterval,
    taskTimeout: options.taskTimeout ?? settings.taskTimeout,
    asyncDir: options.asyncDir ?? settings.asyncDir,
    pythonInterpreter: options.pythonInterpreter ?? settings.pythonInterpreter,
    strategy: options.strategy ?? settings.strategy,
    gathering: options.gathering ?? settings.gathering,
    injectFactsAsVars: options.injectFactsAsVars ?? settings.injectFactsAsVars,
    gatherSubset: options.gatherSubset ?? settings.gatherSubset,
    gatherTimeout: options.gatherTimeout ?? settings.gatherTimeout,
    configFile: options.configFile ?? settings.configFile,
    becomeDefaults: { become: become.become ?? settings.become, user: become.user ?? settings.becomeUser, method: become.method ?? settings.becomeMethod },
    connection: {
      ...connection,
      user: connection.user ?? settings.remoteUser,
      privateKeyFile: connection.privateKeyFile ?? settings.privateKeyFile,
      connectTimeoutMs: connection.connectTimeoutMs ?? seconds(settings.timeout),
      hostKeyChecking: connection.hostKeyChecking ?? settings.hostKeyChecking,
      knownHostsFile: connection.knownHostsFile ?? settings.knownHostsFile,
      keepaliveIntervalMs: connection.keepaliveIntervalMs ?? seconds(settings.keepaliveInterval),
      sshArgs: connection.sshArgs ?? settings.sshArgs,
      sshCommonArgs: connection.sshCommonArgs ?? settings.sshCommonArgs,
      sshExtraArgs: connection.sshExtraArgs ?? settings.sshExtraArgs,
      outputLimit: connection.outputLimit ?? settings.outputLimit,
      helper: connection.helper ?? settings.helper,
    },
  };
}

async function resolveInventory(
  inventory: RunPlaybookOptions['inventory'],
  playbookDir: string | undefined,
  settings: Settings | undefined,
  vault: VaultKeyring | undefined,
): Promise<Inventory> {
  if (inventory && typeof inventory === 'object' && !Array.isArray(inventory)) return inventory;
  const sources = inventory === undefined ? [] : Array.isArray(inventory) ? inventory : [inventory];
  return loadInventory(sources, { ...(settings ? inventoryOptions(settings) : {}), ...(playbookDir ? { playbookDir } : {}), vault });
}

/** The vault secrets the settings name (none without settings); a prompt among them is an error here. */
export async function settingsVaultKeyring(settings: Settings | undefined): Promise<VaultKeyring | undefined> {
  const specs = vaultIdSpecs({}, settings);
  return specs.length === 0 ? undefined : loadVaultKeyring(specs);
}

/** The run's journal: the caller's, a new one where asked, or none. */
function journalOf(journal: RunPlaybookOptions['journal'], onEvent: RunPlaybookOptions['onEvent']): RunJournal | undefined {
  if (journal instanceof RunJournal) return journal;
  if (journal === false) return undefined;
  const onWarning = (message: string) => onEvent?.(timedEvent({ type: 'warning', message }));
  return new RunJournal({ onWarning, ...(typeof journal === 'string' ? { home: journal } : {}) });
}

/**
 * The settings' warnings a run shows: those of the settings it read itself. Settings the caller
 * loaded are the caller's to show (the CLI shows them before loading anything).
 */
function settingsWarnings(config: RunPlaybookOptions['config'], settings: Settings | undefined): string[] {
  return (config === true || typeof config === 'string') && settings ? settings.warnings : [];
}

/** A run whose settings are applied: loads what is still a path, journals, runs. */
async function runWithSettings(options: RunPlaybookOptions, settings: Settings | undefined, warnings: string[]): Promise<RunPlaybookResult> {
  const { playbook, plays, inventory, config: _config, journal: journalOption, onJobLaunched, onJobLaunching, onEvent, ...rest } = options;
  const vault = options.vault ?? (await settingsVaultKeyring(settings));
  let loaded: Playbook;
  if (typeof playbook === 'string') loaded = await loadPlaybook(playbook, playbookLoadOptions(settings, vault));
  else if (playbook) loaded = playbook;
  else if (plays) loaded = { file: '<plays>', plays, warnings: [] };
  else throw new TypeError('runPlaybook needs `playbook` or `plays`');
  const playbookDir = loaded.file.startsWith('<') ? undefined : dirname(resolve(loaded.file));
  const inv = await resolveInventory(inventory, playbookDir, settings, vault);
  // Inventory sources can be read again (`meta: refresh_inventory`); an inventory object cannot.
  const reloadInventory = inv === inventory ? undefined : () => resolveInventory(inventory, playbookDir, settings, vault);
  const journal = journalOf(journalOption, onEvent);
  const defaults = { rolesPaths: defaultRolesPaths(), libraryPaths: defaultLibraryPaths(), collectionsPaths: defaultCollectionsPaths() };
  return runLoaded({
    ...rest,
    vault,
    ansibleConfig: rest.ansibleConfig ?? ansibleConfigValues(settings, defaults),
    playbook: loaded,
    inventory: inv,
    reloadInventory,
    onEvent: (event) => {
      journal?.observe(event);
      onEvent?.(event);
      // As the inventory's warnings, the settings' come right after the run starts.
      if (event.type === 'run_start') for (const message of warnings) onEvent?.(timedEvent({ type: 'warning', message }));
    },
    onJobLaunching: (start) => {
      const record = launchingRecord(start);
      journal?.launching(record);
      onJobLaunching?.(record);
    },
    onJobLaunched: (start) => {
      const record = launchedRecord(start);
      journal?.launched(record);
      onJobLaunched?.(record);
    },
  });
}

/**
 * Runs a playbook; resolves with the recap stats, the results by play/task/host and how the run
 * ended (`outcome`). Async jobs are journalled unless `journal: false`.
 */
export async function runPlaybook(options: RunPlaybookOptions): Promise<RunPlaybookResult> {
  const settings = settingsOf(options.config);
  return runWithSettings(withSettings(options, settings), settings, settingsWarnings(options.config, settings));
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
  /** `-P`: poll interval; 0 fires and forgets; default `pollInterval`. */
  poll?: number;
  become?: boolean;
  becomeUser?: string;
  becomeMethod?: string;
}

/** The ad-hoc form of `ansible`: one module on the hosts of a pattern, as a one-task play. */
export async function runAdHoc(options: AdHocOptions): Promise<RunPlaybookResult> {
  const settings = settingsOf(options.config);
  const { pattern, module = 'command', args = '', async: asyncLimit, poll, become, becomeUser, becomeMethod, ...rest } = withSettings(options, settings);
  const task: Record<string, unknown> = { name: module, [module]: args };
  if (asyncLimit !== undefined && asyncLimit > 0) {
    task.async = asyncLimit;
    // Without `-P` the run's `pollInterval` applies, as for any async task.
    if (poll !== undefined) task.poll = poll;
  }
  const play: Record<string, unknown> = { hosts: pattern, gather_facts: false, tasks: [task] };
  if (become) play.become = true;
  if (becomeUser) play.become_user = becomeUser;
  if (becomeMethod) play.become_method = becomeMethod;
  // JSON is YAML: the loader checks the module and its arguments as for any playbook.
  const playbook = await parsePlaybookText(JSON.stringify([play]), '<ad-hoc>', playbookLoadOptions(settings));
  return runWithSettings({ ...rest, playbook }, settings, settingsWarnings(options.config, settings));
}

/** Opens an SSH connection now (rejects with UnreachableError or ConfigError). */
export async function connect(options: SshConnectOptions, signal?: AbortSignal): Promise<SshConnection> {
  const conn = new SshConnection(options);
  await conn.connect(signal);
  return conn;
}

// Runs and what they report.
export type { ConnectionDefaults, ResumableLaunch, RunOutcome, RunPlaybookResult, VarsPromptAnswers } from './executor/index.js';
export { inventoryConnections, listedTasks, type ListedTask, type TagOptions } from './executor/index.js';
export type { ConnectionCost, Duration, HostStats, PlayRecord, RunEvent, RunEventType, TaskRecord } from './events/index.js';
export { timedEvent } from './events/index.js';
export type { DisplayKind, HostStatus, ModuleResult } from './core/index.js';

// Loading playbooks, inventories and settings.
export { loadPlaybook, loadVarsFile, parseKeyValueArgs, parsePlaybookText, type Block, type Handler, type Include, type LoadPlaybookOptions, type Play, type Playbook, type Task, type TaskEntry, type VarsPrompt } from './playbook/index.js';
export { loadInventory, selectHosts, LOCALHOST_NAMES, type Host, type Inventory, type LoadInventoryOptions } from './inventory/index.js';
export { loadSettings, type Settings } from './config/index.js';
export { setRegexTimeLimit } from './template/index.js';
export { versionFacts, type VersionFacts } from './version.js';

// Connections and async jobs, one by one.
export { LocalConnection, SshConnection, type BecomeOptions, type Connection, type ExecOptions, type ExecResult, type SshConnectOptions } from './connection/index.js';
export {
  asyncStatus,
  cleanupJob,
  findJobOnHost,
  isMissingJob,
  launchAsyncJob,
  readJobStatus,
  terminateJob,
  waitForJob,
  type AsyncJob,
  type FoundJob,
  type JobStatus,
  type ModulePayload,
  type WaitOptions,
  type WaitOutcome,
} from './async/index.js';

// The job journal and jobs of earlier runs.
export {
  findJobs,
  jobErrorResult,
  JobControl,
  journalFile,
  jobsFromEntries,
  knownJobId,
  knownJobOf,
  knownJobs,
  findLaunchedJob,
  launchedFromIntent,
  pruneJournal,
  readJournal,
  resumableJob,
  RunJournal,
  waitForJobs,
  type JobControlOptions,
  type JournalOptions,
  type KnownJob,
  type LaunchedJob,
  type LaunchingJob,
  type LiveJob,
  type LiveState,
  type RunJournalOptions,
  type RunningJobs,
  type WaitedJob,
  type WaitJobsOptions,
} from './jobs/index.js';

// Ansible Vault: secrets, decrypting and encrypting.
export {
  encryptVaultText,
  isVaulted,
  loadVaultKeyring,
  parseVaultId,
  VaultFormatError,
  VaultKeyring,
  type EncryptOptions,
  type VaultIdSpec,
  type VaultSecret,
  type VaultSecretOptions,
} from './source/vault/index.js';
export { vaultIdSpecs, type VaultRequest } from './config/index.js';

// Rendering events.
export { HumanOutput, LiveStatus, outputFormat, outputFormatNames, printable, type HumanOptions, type Output, type OutputContext, type OutputFormat } from './output/index.js';

// Errors a caller may catch.
export {
  BecomeError,
  CancelledError,
  CastoffError,
  ConfigError,
  ParseError,
  ParseErrors,
  RemoteFileError,
  TemplateError,
  UnreachableError,
  VaultError,
  VaultParseError,
  type SourcePosition,
  type UnreachableCause,
} from './core/errors.js';
export { JobNotFoundOnHostError, JournalError, UnknownJobError } from './jobs/index.js';
