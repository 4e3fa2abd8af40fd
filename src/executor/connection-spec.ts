/** From a host's rendered variables and the run's defaults to the connection the pool opens. */
import type { AsyncJob, LaunchIntent } from '../async/index.js';
import { parseJumpHosts, type BecomeOptions, type ConnectionSpec, type HostKeyChecking } from '../connection/index.js';
import { connectionSettingsFor } from '../inventory/index.js';
import type { Vars } from '../template/index.js';

export interface ConnectionDefaults {
  user?: string;
  privateKeyFile?: string;
  password?: string;
  connectTimeoutMs?: number;
  hostKeyChecking?: HostKeyChecking;
  knownHostsFile?: string;
  keepaliveIntervalMs?: number;
  /** Bytes kept of each output stream (`output_limit`). */
  outputLimit?: number;
}

export function connectionSpecFor(hostName: string, vars: Vars, remoteUser: string | undefined, defaults: ConnectionDefaults): ConnectionSpec {
  const settings = connectionSettingsFor(vars);
  if (settings.connection === 'local') return { kind: 'local', host: hostName, outputLimit: defaults.outputLimit };
  const port = settings.port === undefined ? undefined : Number(settings.port);
  return {
    kind: 'ssh',
    host: hostName,
    address: settings.host ?? hostName,
    port: port ?? 22,
    // Host variables (ansible_user) win over the play's remote_user, as in Ansible.
    user: settings.user ?? remoteUser ?? defaults.user,
    privateKeyFile: settings.privateKeyFile ?? defaults.privateKeyFile,
    password: settings.password ?? defaults.password,
    jump: parseJumpHosts(hostName, [
      { variable: 'ansible_ssh_common_args', value: settings.sshCommonArgs },
      { variable: 'ansible_ssh_extra_args', value: settings.sshExtraArgs },
    ]),
    connectTimeoutMs: defaults.connectTimeoutMs,
    hostKeyChecking: defaults.hostKeyChecking,
    knownHostsFile: defaults.knownHostsFile,
    keepaliveIntervalMs: defaults.keepaliveIntervalMs,
    outputLimit: defaults.outputLimit,
  };
}

/**
 * An async job as the journal keeps it: enough to reconnect and find it, no secrets, and no
 * host-key policy: whoever acts on the job later checks the host under the policy and known_hosts
 * current then, so a run with checking off never vouches for a host to later commands.
 */
export interface LaunchedJob {
  host: string;
  job: Omit<AsyncJob, 'become'> & { become?: { method: string; user?: string } };
  connection:
    | Omit<Extract<ConnectionSpec, { kind: 'ssh' }>, 'password' | 'privateKey' | 'passphrase' | 'hostKeyChecking' | 'knownHostsFile'>
    | Extract<ConnectionSpec, { kind: 'local' }>;
  poll: number;
}

/** An async job about to be launched, as the journal keeps it before the launch exec. */
export interface LaunchingJob {
  host: string;
  job: Omit<LaunchIntent, 'become'> & { become?: { method: string; user?: string } };
  connection: LaunchedJob['connection'];
  poll: number;
}

/** The spec as the journal keeps it: no passwords or key material, no host-key policy. */
export function journalConnection(spec: ConnectionSpec): LaunchedJob['connection'] {
  if (spec.kind === 'local') return spec;
  const { password: _password, privateKey: _key, passphrase: _passphrase, hostKeyChecking: _checking, knownHostsFile: _knownHosts, ...rest } = spec;
  return rest;
}

/** The become method and user, without the password, fit for a file on disk. */
export function withoutPassword(become: BecomeOptions | undefined): { method: string; user?: string } | undefined {
  return become ? { method: become.method, user: become.user } : undefined;
}
