/**
 * Settings from ansible.cfg and ANSIBLE_* variables, so an existing Ansible project works as it is.
 * Order, lowest first: ansible.cfg (the first found of $ANSIBLE_CONFIG, ./ansible.cfg,
 * ~/.ansible.cfg, /etc/ansible/ansible.cfg, or the file the caller names), then environment
 * variables; the command line, or a library caller's explicit options, win over both.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parseHostKeyChecking, type HostKeyChecking } from '../connection/index.js';
import { ConfigError } from '../core/errors.js';
import { didYouMean } from '../source/suggest.js';
import { ANSIBLE_CONFIG_KEYS } from './ansible-keys.js';
import { findConfigFile } from './config-file.js';

export interface Settings {
  /** The config file used, if any. */
  configFile?: string;
  inventory?: string[];
  forks?: number;
  /** SSH ConnectTimeout in seconds (`timeout`, `-T`). */
  timeout?: number;
  remoteUser?: string;
  privateKeyFile?: string;
  hostKeyChecking?: HostKeyChecking;
  /** castoff: the known_hosts file to check (default ~/.ssh/known_hosts). */
  knownHostsFile?: string;
  /** `[ssh_connection]` `ssh_args`, `ssh_common_args`, `ssh_extra_args` (ANSIBLE_SSH_ARGS, ...): read for -F and the jump chain. */
  sshArgs?: string;
  sshCommonArgs?: string;
  sshExtraArgs?: string;
  /** castoff: seconds between SSH keepalives (`CASTOFF_SSH_KEEPALIVE`); 0 disables them. */
  keepaliveInterval?: number;
  pollInterval?: number;
  asyncDir?: string;
  /** `interpreter_python` / ANSIBLE_PYTHON_INTERPRETER: a path, or a discovery mode such as `auto_silent`. */
  pythonInterpreter?: string;
  /** castoff: default hard timeout for every task. */
  taskTimeout?: number;
  become?: boolean;
  becomeUser?: string;
  becomeMethod?: string;
  /** castoff: the time one regex match in a template may take, in seconds. */
  regexTimeout?: number;
  /** Ansible's `unparsed_is_failed`: no inventory source could be parsed is an error. */
  inventoryUnparsedIsFailed?: boolean;
  /** Ansible's `any_unparsed_is_failed`: any inventory source that cannot be parsed is an error. */
  inventoryAnyUnparsedIsFailed?: boolean;
  /** Ansible's `inventory_unparsed_warning`. */
  inventoryUnparsedWarning?: boolean;
  /** Ansible's `localhost_warning`. */
  localhostWarning?: boolean;
  /** What the user should know about the config file: settings castoff ignores. */
  warnings: string[];
  /** castoff: bytes kept of each output stream of a command (`output_limit`, CASTOFF_OUTPUT_LIMIT). */
  outputLimit?: number;
  /** castoff: `castoff_helper` / CASTOFF_HELPER: the warm helper on hosts (on when unset). */
  helper?: boolean;
  /** `stdout_callback` / ANSIBLE_STDOUT_CALLBACK: the output format's name. */
  stdoutCallback?: string;
  /** `bin_ansible_callbacks` / ANSIBLE_LOAD_CALLBACK_PLUGINS: the ad-hoc command honours `stdoutCallback` only then. */
  loadCallbackPlugins?: boolean;
  /** `strategy` / ANSIBLE_STRATEGY: the strategy of plays that name none (checked when such a play starts). */
  strategy?: string;
  /** castoff: `castoff_ansible_python` / CASTOFF_ANSIBLE_PYTHON: the interpreter (or `ansible` package folder) of the Ansible installation to use. */
  ansiblePython?: string;
  /** castoff: `castoff_prefer_ansible_modules` / CASTOFF_PREFER_ANSIBLE_MODULES: Ansible's modules over castoff's own where both exist. */
  preferAnsibleModules?: boolean;
  /** `collections_path` / ANSIBLE_COLLECTIONS_PATH: folders of installed collections; unset = Ansible's default. */
  collectionsPaths?: string[];
  /** `library` / ANSIBLE_LIBRARY: folders of custom modules, searched after the playbook's `library/`. */
  libraryPaths?: string[];
  /** `roles_path` / ANSIBLE_ROLES_PATH: folders of roles, searched after `roles/` beside the playbook. */
  rolesPaths?: string[];
  /** `gathering` / ANSIBLE_GATHERING: when plays that do not say gather facts. */
  gathering?: Gathering;
  /** `inject_facts_as_vars` / ANSIBLE_INJECT_FACT_VARS: facts also as top-level `ansible_*` variables. */
  injectFactsAsVars?: boolean;
  /** `gather_subset` / ANSIBLE_GATHER_SUBSET: the subsets plays that name none gather. */
  gatherSubset?: string[];
  /** `gather_timeout` / ANSIBLE_GATHER_TIMEOUT: seconds a fact collector may take, for plays that set none. */
  gatherTimeout?: number;
  /** `vault_password_file` / ANSIBLE_VAULT_PASSWORD_FILE: a password file or script, labelled `default`. */
  vaultPasswordFile?: string;
  /** `vault_identity_list` / ANSIBLE_VAULT_IDENTITY_LIST: `label@source` entries used before `--vault-id`'s. */
  vaultIdentityList?: string[];
  /** `ask_vault_pass` / ANSIBLE_ASK_VAULT_PASS: prompt for the default vault password. */
  askVaultPass?: boolean;
}

/**
 * Ansible's `gathering`: `implicit` gathers unless a play says `gather_facts: false`, `explicit`
 * only when it says `true`, `smart` as implicit but each host at most once per run.
 */
export type Gathering = 'implicit' | 'explicit' | 'smart';

const GATHERING: readonly Gathering[] = ['implicit', 'explicit', 'smart'];

/** The ansible.cfg keys castoff reads, by section; any other key is reported as ignored. */
const SUPPORTED_KEYS: Readonly<Record<string, ReadonlySet<string>>> = {
  defaults: new Set([
    'inventory', 'hostfile', 'forks', 'timeout', 'remote_user', 'private_key_file', 'host_key_checking', 'known_hosts',
    'poll_interval', 'async_dir', 'task_timeout', 'regex_timeout', 'localhost_warning', 'output_limit',
    'stdout_callback', 'bin_ansible_callbacks', 'strategy', 'interpreter_python', 'collections_path', 'collections_paths', 'library', 'roles_path',
    'castoff_ansible_python', 'castoff_prefer_ansible_modules', 'gathering', 'inject_facts_as_vars', 'gather_subset', 'gather_timeout',
    'vault_password_file', 'vault_identity_list', 'ask_vault_pass', 'castoff_helper',
  ]),
  privilege_escalation: new Set(['become', 'become_user', 'become_method']),
  inventory: new Set(['unparsed_is_failed', 'any_unparsed_is_failed', 'inventory_unparsed_warning']),
  ssh_connection: new Set(['ssh_args', 'ssh_common_args', 'ssh_extra_args']),
};

interface IniEntry {
  value: string;
  line: number;
}

type Ini = Record<string, Record<string, IniEntry>>;

function parseIni(text: string): Ini {
  const out: Ini = {};
  let section = '';
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) return;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = header[1].trim();
      out[section] ??= {};
      return;
    }
    const eq = line.search(/[=:]/);
    if (eq < 0 || !section) return;
    const value = line
      .slice(eq + 1)
      .replace(/\s[#;].*$/, '')
      .trim();
    // Python's configparser, which Ansible uses, folds key names to lower case.
    out[section][line.slice(0, eq).trim().toLowerCase()] = { value, line: index + 1 };
  });
  return out;
}

function isHonoured(section: string, key: string): boolean {
  return SUPPORTED_KEYS[section]?.has(key) === true;
}

/** A warning for each key castoff does not read: one Ansible knows, or one nobody knows (a typo?). */
function ignoredKeys(ini: Ini, file: string): string[] {
  const warnings: string[] = [];
  for (const [section, entries] of Object.entries(ini)) {
    for (const [key, { line }] of Object.entries(entries)) {
      if (isHonoured(section, key)) continue;
      const where = `${file}:${line}`;
      if (ANSIBLE_CONFIG_KEYS[section]?.has(key)) {
        warnings.push(`${where}: castoff does not support the setting '${key}' in [${section}]; it is ignored`);
      } else {
        const known = [...(SUPPORTED_KEYS[section] ?? []), ...(ANSIBLE_CONFIG_KEYS[section] ?? [])];
        warnings.push(`${where}: unknown setting '${key}' in [${section}], neither castoff nor Ansible reads it; it is ignored${didYouMean(key, known)}`);
      }
    }
  }
  return warnings;
}

function bool(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  return ['1', 'yes', 'true', 'on', 'y'].includes(value.trim().toLowerCase());
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function num(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

const positiveNumber = (n: number) => n > 0;
const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A byte count: `10485760`, `512k`, `10M`, `1GiB` (units are powers of 1024). */
export function parseSize(value: string | undefined, where: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const m = /^(\d+)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  const bytes = m ? Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()] : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1024) {
    throw new ConfigError(`${where}: invalid size '${value}': expected a number of bytes of at least 1024, optionally with K, M or G (e.g. 10M)`);
  }
  return bytes;
}


function paths(value: string | undefined, base: string): string[] | undefined {
  if (!value) return undefined;
  return value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.replace(/^~(?=\/|$)/, homedir()))
    .map((p) => (p.includes(',') || isAbsolute(p) ? p : resolve(base, p)));
}

/** A `:`-separated list of folders, as Ansible's path lists (`~` expanded, relative to `base`). */
function pathList(value: string | undefined, base: string): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return value
    .split(':')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => resolve(base, p.replace(/^~(?=\/|$)/, homedir())));
}

/** One path, `~` expanded, relative to `base`. */
function userPath(value: string, base: string): string {
  return resolve(base, value.trim().replace(/^~(?=\/|$)/, homedir()));
}

/** A command name stays one (looked up on PATH); a path is taken relative to `base`. */
function commandOrPath(value: string | undefined, base: string): string | undefined {
  return value === undefined || !value.includes('/') ? value : resolve(base, value.replace(/^~(?=\/|$)/, homedir()));
}

/** The first of several variables that is set (Ansible lets the later names of a setting win). */
function firstSet(env: NodeJS.ProcessEnv, names: string[]): string | undefined {
  return names.map((name) => env[name]).find((value) => value !== undefined && value.trim() !== '');
}

function values(entries: Record<string, IniEntry> | undefined): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(entries ?? {}).map(([key, entry]) => [key, entry.value]));
}

/** An ansible.cfg named by the caller: it must be there, unlike the ones looked for. */
function namedConfigFile(file: string, cwd: string): string {
  const path = resolve(cwd, file);
  if (!existsSync(path)) throw new ConfigError(`the config file ${path} does not exist`);
  if (!statSync(path).isFile()) throw new ConfigError(`the config file ${path} is not a file`);
  return path;
}

/**
 * `CASTOFF_SSH_KEEPALIVE`: seconds between SSH keepalives (3 unanswered ones drop the host);
 * default 15, 0 disables them. A shorter interval notices a frozen host sooner.
 */
function keepaliveInterval(env: NodeJS.ProcessEnv): number | undefined {
  const text = env.CASTOFF_SSH_KEEPALIVE;
  if (text === undefined || text.trim() === '') return undefined;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < 0) throw new ConfigError(`CASTOFF_SSH_KEEPALIVE must be a number of seconds (0 disables keepalives), got '${text}'`);
  return seconds;
}

/**
 * The settings in force: those of `file` when given (relative to `cwd`), else of the first
 * ansible.cfg found as Ansible looks for it, with the environment's over them.
 */
export function loadSettings(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), file = findConfigFile(env, cwd)): Settings {
  if (file !== undefined) file = namedConfigFile(file, cwd);
  const ini = file ? parseIni(readFileSync(file, 'utf8')) : {};
  const d = values(ini.defaults);
  const p = values(ini.privilege_escalation);
  const inv = values(ini.inventory);
  const ssh = values(ini.ssh_connection);
  const base = file ? dirname(file) : cwd;
  const pick = (envName: string, value: string | undefined) => env[envName] ?? value;
  const warnings = file ? ignoredKeys(ini, file) : [];
  /** A number setting; a value that is not one is named in a warning instead of passing silently. */
  const number = (envName: string, key: string, check: (n: number) => boolean = () => true): number | undefined => {
    const raw = pick(envName, d[key]);
    const n = num(raw);
    if (raw === undefined || raw.trim() === '' || (n !== undefined && check(n))) return n;
    const where = env[envName] !== undefined ? envName : `${file}:${ini.defaults?.[key]?.line}: ${key}`;
    warnings.push(`${where} must be a ${check === positiveNumber ? 'positive ' : ''}number, got '${raw}'; it is ignored`);
    return undefined;
  };
  return {
    warnings,
    configFile: file,
    inventory: env.ANSIBLE_INVENTORY ? paths(env.ANSIBLE_INVENTORY, cwd) : paths(d.inventory ?? d.hostfile, base),
    forks: number('ANSIBLE_FORKS', 'forks', positiveNumber),
    timeout: number('ANSIBLE_TIMEOUT', 'timeout'),
    remoteUser: pick('ANSIBLE_REMOTE_USER', d.remote_user),
    privateKeyFile: pick('ANSIBLE_PRIVATE_KEY_FILE', d.private_key_file),
    hostKeyChecking: hostKeyCheckingOf(env, d.host_key_checking, `${file}:${ini.defaults?.host_key_checking?.line}: [defaults] host_key_checking`),
    knownHostsFile: env.CASTOFF_KNOWN_HOSTS ?? d.known_hosts,
    keepaliveInterval: keepaliveInterval(env),
    sshArgs: pick('ANSIBLE_SSH_ARGS', ssh.ssh_args),
    sshCommonArgs: pick('ANSIBLE_SSH_COMMON_ARGS', ssh.ssh_common_args),
    sshExtraArgs: pick('ANSIBLE_SSH_EXTRA_ARGS', ssh.ssh_extra_args),
    pollInterval: number('ANSIBLE_POLL_INTERVAL', 'poll_interval'),
    asyncDir: pick('ANSIBLE_ASYNC_DIR', d.async_dir),
    pythonInterpreter: nonEmpty(env.ANSIBLE_PYTHON_INTERPRETER) ?? nonEmpty(d.interpreter_python),
    taskTimeout: number('ANSIBLE_TASK_TIMEOUT', 'task_timeout'),
    become: bool(pick('ANSIBLE_BECOME', p.become)),
    becomeUser: pick('ANSIBLE_BECOME_USER', p.become_user),
    becomeMethod: pick('ANSIBLE_BECOME_METHOD', p.become_method),
    regexTimeout: number('CASTOFF_REGEX_TIMEOUT', 'regex_timeout', positiveNumber),
    inventoryUnparsedIsFailed: bool(pick('ANSIBLE_INVENTORY_UNPARSED_FAILED', inv.unparsed_is_failed)),
    inventoryAnyUnparsedIsFailed: bool(pick('ANSIBLE_INVENTORY_ANY_UNPARSED_IS_FAILED', inv.any_unparsed_is_failed)),
    inventoryUnparsedWarning: bool(pick('ANSIBLE_INVENTORY_UNPARSED_WARNING', inv.inventory_unparsed_warning)),
    localhostWarning: bool(pick('ANSIBLE_LOCALHOST_WARNING', d.localhost_warning)),
    stdoutCallback: nonEmpty(env.ANSIBLE_STDOUT_CALLBACK) ?? nonEmpty(d.stdout_callback),
    loadCallbackPlugins: bool(pick('ANSIBLE_LOAD_CALLBACK_PLUGINS', d.bin_ansible_callbacks)),
    strategy: nonEmpty(env.ANSIBLE_STRATEGY) ?? nonEmpty(d.strategy),
    ansiblePython: nonEmpty(env.CASTOFF_ANSIBLE_PYTHON) ?? commandOrPath(nonEmpty(d.castoff_ansible_python), base),
    preferAnsibleModules: bool(pick('CASTOFF_PREFER_ANSIBLE_MODULES', d.castoff_prefer_ansible_modules)),
    collectionsPaths:
      pathList(firstSet(env, ['ANSIBLE_COLLECTIONS_PATH', 'ANSIBLE_COLLECTIONS_PATHS']), cwd) ?? pathList(d.collections_path ?? d.collections_paths, base),
    libraryPaths: pathList(env.ANSIBLE_LIBRARY, cwd) ?? pathList(d.library, base),
    rolesPaths: pathList(env.ANSIBLE_ROLES_PATH, cwd) ?? pathList(d.roles_path, base),
    gathering: gatheringOf(nonEmpty(env.ANSIBLE_GATHERING) !== undefined ? ['ANSIBLE_GATHERING', env.ANSIBLE_GATHERING] : [`${file}:${ini.defaults?.gathering?.line}: [defaults] gathering`, d.gathering]),
    injectFactsAsVars: bool(pick('ANSIBLE_INJECT_FACT_VARS', d.inject_facts_as_vars)),
    gatherSubset: words(pick('ANSIBLE_GATHER_SUBSET', d.gather_subset)),
    gatherTimeout: number('ANSIBLE_GATHER_TIMEOUT', 'gather_timeout', positiveNumber),
    vaultPasswordFile: nonEmpty(env.ANSIBLE_VAULT_PASSWORD_FILE) !== undefined ? userPath(env.ANSIBLE_VAULT_PASSWORD_FILE!, cwd) : nonEmpty(d.vault_password_file) && userPath(d.vault_password_file!, base),
    vaultIdentityList: words(pick('ANSIBLE_VAULT_IDENTITY_LIST', d.vault_identity_list)),
    askVaultPass: bool(pick('ANSIBLE_ASK_VAULT_PASS', d.ask_vault_pass)),
    helper: bool(pick('CASTOFF_HELPER', d.castoff_helper)),
    outputLimit:
      env.CASTOFF_OUTPUT_LIMIT !== undefined
        ? parseSize(env.CASTOFF_OUTPUT_LIMIT, 'CASTOFF_OUTPUT_LIMIT')
        : parseSize(d.output_limit, `${file}:${ini.defaults?.output_limit?.line}: [defaults] output_limit`),
  };
}

/** `gathering`, named where it was set when it is none of Ansible's words. */
function gatheringOf([source, value]: [string, string | undefined]): Gathering | undefined {
  const word = nonEmpty(value)?.toLowerCase();
  if (word === undefined) return undefined;
  if ((GATHERING as readonly string[]).includes(word)) return word as Gathering;
  throw new ConfigError(`${source}: invalid value '${value}' for gathering, expected one of: ${GATHERING.join(', ')}`);
}

/** A comma-separated list (`gather_subset = !all,network`). */
function words(value: string | undefined): string[] | undefined {
  const list = value?.split(',').map((w) => w.trim()).filter(Boolean);
  return list && list.length > 0 ? list : undefined;
}

/** The first host-key setting that is set, castoff's own variable first; an empty one counts as unset. */
function hostKeyCheckingOf(env: NodeJS.ProcessEnv, fromFile: string | undefined, fileSource: string): HostKeyChecking | undefined {
  const sources: Array<[string, string | undefined]> = [
    ['CASTOFF_HOST_KEY_CHECKING', env.CASTOFF_HOST_KEY_CHECKING],
    ['ANSIBLE_HOST_KEY_CHECKING', env.ANSIBLE_HOST_KEY_CHECKING],
    [fileSource, fromFile],
  ];
  const set = sources.find(([, value]) => value !== undefined && value.trim() !== '');
  return set ? parseHostKeyChecking(set[1], set[0]) : undefined;
}
