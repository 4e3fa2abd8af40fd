import { ConfigError } from '../core/errors.js';
import { FALSE_WORDS, isTemplate, TRUE_WORDS } from '../source/schema-values.js';
import type { VarMap } from './types.js';

/**
 * The connection settings of one host, taken from its variables. Values that are templates
 * (`"{{ ... }}"`) are kept as written, for the executor to render.
 */
export interface HostConnectionVars {
  /** `ansible_host` (or `ansible_ssh_host`): the address to connect to. */
  host?: string;
  /** `ansible_port` (or `ansible_ssh_port`). */
  port?: number | string;
  /** `ansible_user` (or `ansible_ssh_user`). */
  user?: string;
  /** `ansible_password` (or `ansible_ssh_pass`, `ansible_ssh_password`). */
  password?: string;
  privateKeyFile?: string;
  sshCommonArgs?: string;
  sshExtraArgs?: string;
  pythonInterpreter?: string;
  /** `ssh` or `local` (`smart`, `paramiko` mean ssh), or a template. */
  connection?: string;
  become?: boolean | string;
  becomeUser?: string;
  becomeMethod?: string;
  becomePassword?: string;
  asyncDir?: string;
}

function first(vars: VarMap, names: string[]): unknown {
  for (const name of names) if (vars[name] !== undefined && vars[name] !== null) return vars[name];
  return undefined;
}

function asText(vars: VarMap, names: string[]): string | undefined {
  const value = first(vars, names);
  return value === undefined ? undefined : String(value);
}

function asPort(vars: VarMap): number | string | undefined {
  const value = first(vars, ['ansible_port', 'ansible_ssh_port']);
  if (value === undefined || isTemplate(value)) return value;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigError(`ansible_port must be a port number (1-65535), got ${JSON.stringify(value)}`);
  return port;
}

function asBool(vars: VarMap, name: string): boolean | string | undefined {
  const value = vars[name];
  if (value === undefined || value === null || typeof value === 'boolean' || isTemplate(value)) return value ?? undefined;
  const word = String(value).trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  throw new ConfigError(`${name} must be a boolean, got ${JSON.stringify(value)}`);
}

const SSH_ALIASES = new Set(['ssh', 'smart', 'paramiko', 'paramiko_ssh']);

function asConnection(vars: VarMap): string | undefined {
  const value = asText(vars, ['ansible_connection']);
  if (value === undefined || isTemplate(value)) return value;
  if (SSH_ALIASES.has(value)) return 'ssh';
  if (value === 'local') return 'local';
  throw new ConfigError(`ansible_connection '${value}' is not supported (castoff connects with 'ssh' or 'local')`);
}

/** Extracts and types a host's connection variables; unset ones are left out. */
export function connectionSettingsFor(vars: VarMap): HostConnectionVars {
  const settings: HostConnectionVars = {
    host: asText(vars, ['ansible_host', 'ansible_ssh_host']),
    port: asPort(vars),
    user: asText(vars, ['ansible_user', 'ansible_ssh_user']),
    password: asText(vars, ['ansible_password', 'ansible_ssh_pass', 'ansible_ssh_password']),
    privateKeyFile: asText(vars, ['ansible_ssh_private_key_file', 'ansible_private_key_file']),
    sshCommonArgs: asText(vars, ['ansible_ssh_common_args']),
    sshExtraArgs: asText(vars, ['ansible_ssh_extra_args']),
    pythonInterpreter: asText(vars, ['ansible_python_interpreter']),
    connection: asConnection(vars),
    become: asBool(vars, 'ansible_become'),
    becomeUser: asText(vars, ['ansible_become_user']),
    becomeMethod: asText(vars, ['ansible_become_method']),
    becomePassword: asText(vars, ['ansible_become_password', 'ansible_become_pass']),
    asyncDir: asText(vars, ['ansible_async_dir']),
  };
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as HostConnectionVars;
}
