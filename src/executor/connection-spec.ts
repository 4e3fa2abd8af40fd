/** From a host's rendered variables and the run's defaults to the connection the pool opens. */
import { parseJumpHosts, type ConnectionSpec, type HostKeyChecking } from '../connection/index.js';
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
