/**
 * What a connection type is: the host variables it reads, how it turns them into the spec of one
 * connection, how it opens that connection, and what of the spec a journal on disk may keep. The
 * registry (registry.ts) lists the types; nothing else in castoff names one.
 */
import { ConfigError } from '../core/errors.js';
import type { HostKeyChecking } from './known-hosts.js';
import type { ConnectedInfo } from './ssh.js';
import type { Connection } from './types.js';

/** A host's variables, rendered. */
export type HostVars = Readonly<Record<string, unknown>>;

/** A host variable a type reads, with the older names Ansible still accepts (the first set wins). */
export interface HostVar {
  name: string;
  aliases?: readonly string[];
  description: string;
}

/** The run's settings for what host variables leave unset (command line, ansible.cfg, library options). */
export interface ConnectionDefaults {
  user?: string;
  privateKeyFile?: string;
  password?: string;
  connectTimeoutMs?: number;
  hostKeyChecking?: HostKeyChecking;
  knownHostsFile?: string;
  keepaliveIntervalMs?: number;
  /** Ansible's ssh_args, ssh_common_args and ssh_extra_args settings, under the host variables of the same role. */
  sshArgs?: string;
  sshCommonArgs?: string;
  sshExtraArgs?: string;
  /** Bytes kept of each output stream (`output_limit`). */
  outputLimit?: number;
  /** castoff's warm helper on hosts that can run it (`castoff_helper`, CASTOFF_HELPER); on when unset. */
  helper?: boolean;
}

/** What the pool hands every connection it opens. */
export interface OpenHooks {
  /** Told of every connection made, for -vvvv output. */
  onConnected?: (info: ConnectedInfo) => void;
  /** Told of trouble the run goes on through (a warm helper given up), for the run's warnings. */
  onWarning?: (message: string) => void;
}

/** Every spec names its type and the inventory host it reaches. */
export interface SpecBase {
  kind: string;
  host: string;
}

export interface ConnectionType<Spec extends SpecBase, Journalled extends SpecBase = Spec> {
  /** The spec's `kind` and the `ansible_connection` value that picks the type. */
  readonly name: Spec['kind'];
  /** Other `ansible_connection` values meaning this type (Ansible's aliases and collection names). */
  readonly aliases: readonly string[];
  /** The host variables `toSpec` reads, for the documented list of connection variables. */
  readonly hostVars: readonly HostVar[];
  /** The spec from a host's rendered variables; `remoteUser` is the play's `remote_user`. */
  toSpec(hostName: string, vars: HostVars, defaults: ConnectionDefaults, remoteUser: string | undefined): Spec;
  /** Specs with the same identity share one connection: a host reached as two users is two connections. */
  identity(spec: Spec): string;
  open(spec: Spec, hooks: OpenHooks): Connection;
  /** The spec as the jobs journal keeps it: enough to reconnect, no passwords, keys or host-key policy. */
  redact(spec: Spec): Journalled;
}

/** The value of the variable or, when it is unset, of the first of its aliases that is set. */
function hostVarValue(vars: HostVars, variable: HostVar): unknown {
  for (const name of [variable.name, ...(variable.aliases ?? [])]) {
    if (vars[name] !== undefined && vars[name] !== null) return vars[name];
  }
  return undefined;
}

export function hostVarText(vars: HostVars, variable: HostVar): string | undefined {
  const value = hostVarValue(vars, variable);
  return value === undefined ? undefined : String(value);
}

/** A port from a host variable: an integer 1-65535, or a clear error naming the variable. */
export function hostVarPort(vars: HostVars, variable: HostVar): number | undefined {
  const value = hostVarValue(vars, variable);
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigError(`${variable.name} must be a port number (1-65535), got ${JSON.stringify(value)}`);
  return port;
}
