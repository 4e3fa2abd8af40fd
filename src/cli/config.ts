/**
 * Settings from ansible.cfg and ANSIBLE_* variables, so an existing Ansible project works as it is.
 * Order, lowest first: ansible.cfg (the first found of $ANSIBLE_CONFIG, ./ansible.cfg,
 * ~/.ansible.cfg, /etc/ansible/ansible.cfg), then environment variables; the command line wins.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { HostKeyChecking } from '../connection/index.js';
import { ConfigError } from '../errors.js';

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
  pollInterval?: number;
  asyncDir?: string;
  /** castoff: default hard timeout for every task. */
  taskTimeout?: number;
  become?: boolean;
  becomeUser?: string;
  becomeMethod?: string;
  /** castoff: bytes kept of each output stream of a command (`output_limit`, CASTOFF_OUTPUT_LIMIT). */
  outputLimit?: number;
}

type Ini = Record<string, Record<string, string>>;

function parseIni(text: string): Ini {
  const out: Ini = {};
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = header[1].trim();
      out[section] ??= {};
      continue;
    }
    const eq = line.search(/[=:]/);
    if (eq < 0 || !section) continue;
    out[section][line.slice(0, eq).trim()] = line
      .slice(eq + 1)
      .replace(/\s[#;].*$/, '')
      .trim();
  }
  return out;
}

function findConfig(env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  const candidates = [env.ANSIBLE_CONFIG, join(cwd, 'ansible.cfg'), join(homedir(), '.ansible.cfg'), '/etc/ansible/ansible.cfg'];
  return candidates.find((c): c is string => Boolean(c) && existsSync(c!));
}

function bool(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  return ['1', 'yes', 'true', 'on', 'y'].includes(value.trim().toLowerCase());
}

function num(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

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

function hostKeyChecking(value: string | undefined): HostKeyChecking | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'accept-new') return 'accept-new';
  return bool(v) ? 'strict' : 'off';
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

export function loadSettings(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Settings {
  const file = findConfig(env, cwd);
  const ini = file ? parseIni(readFileSync(file, 'utf8')) : {};
  const d = ini.defaults ?? {};
  const p = ini.privilege_escalation ?? {};
  const base = file ? dirname(file) : cwd;
  const pick = (envName: string, value: string | undefined) => env[envName] ?? value;
  return {
    configFile: file,
    inventory: env.ANSIBLE_INVENTORY ? paths(env.ANSIBLE_INVENTORY, cwd) : paths(d.inventory ?? d.hostfile, base),
    forks: num(pick('ANSIBLE_FORKS', d.forks)),
    timeout: num(pick('ANSIBLE_TIMEOUT', d.timeout)),
    remoteUser: pick('ANSIBLE_REMOTE_USER', d.remote_user),
    privateKeyFile: pick('ANSIBLE_PRIVATE_KEY_FILE', d.private_key_file),
    hostKeyChecking: hostKeyChecking(env.CASTOFF_HOST_KEY_CHECKING ?? pick('ANSIBLE_HOST_KEY_CHECKING', d.host_key_checking)),
    knownHostsFile: env.CASTOFF_KNOWN_HOSTS ?? d.known_hosts,
    pollInterval: num(pick('ANSIBLE_POLL_INTERVAL', d.poll_interval)),
    asyncDir: pick('ANSIBLE_ASYNC_DIR', d.async_dir),
    taskTimeout: num(pick('ANSIBLE_TASK_TIMEOUT', d.task_timeout)),
    become: bool(pick('ANSIBLE_BECOME', p.become)),
    becomeUser: pick('ANSIBLE_BECOME_USER', p.become_user),
    becomeMethod: pick('ANSIBLE_BECOME_METHOD', p.become_method),
    outputLimit:
      env.CASTOFF_OUTPUT_LIMIT !== undefined
        ? parseSize(env.CASTOFF_OUTPUT_LIMIT, 'CASTOFF_OUTPUT_LIMIT')
        : parseSize(d.output_limit, `${file}: [defaults] output_limit`),
  };
}
