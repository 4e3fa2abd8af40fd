/** `ansible_connection: ssh` (the default; `smart` and `paramiko` mean it too): ssh2 to the host's sshd. */
import { hostVarPort, hostVarText, type ConnectionType, type HostVar } from '../connection-type.js';
import { parseJumpHosts } from '../proxy-jump.js';
import { SshConnection, type SshConnectOptions } from '../ssh.js';

export type SshSpec = { kind: 'ssh' } & SshConnectOptions;

/** Never written to the journal: secrets, and the host-key policy of the run (see redact). */
type Withheld = 'password' | 'privateKey' | 'passphrase' | 'hostKeyChecking' | 'knownHostsFile';
export type JournalledSshSpec = Omit<SshSpec, Withheld>;

const vars = {
  host: { name: 'ansible_host', aliases: ['ansible_ssh_host'], description: 'the address to connect to; the inventory name when unset' },
  port: { name: 'ansible_port', aliases: ['ansible_ssh_port'], description: "sshd's port; 22 when unset" },
  user: { name: 'ansible_user', aliases: ['ansible_ssh_user'], description: "the login user; the play's remote_user, then -u, when unset" },
  password: { name: 'ansible_password', aliases: ['ansible_ssh_pass', 'ansible_ssh_password'], description: 'the login password' },
  key: { name: 'ansible_ssh_private_key_file', aliases: ['ansible_private_key_file'], description: 'the private key file' },
  commonArgs: { name: 'ansible_ssh_common_args', description: 'read for the jump chain (-J, ProxyJump, the ProxyCommand ssh -W idiom) only' },
  extraArgs: { name: 'ansible_ssh_extra_args', description: 'read for the jump chain, after ansible_ssh_common_args' },
} satisfies Record<string, HostVar>;

export const sshConnection: ConnectionType<SshSpec, JournalledSshSpec> = {
  name: 'ssh',
  aliases: ['smart', 'paramiko', 'paramiko_ssh', 'ansible.builtin.ssh', 'ansible.builtin.paramiko_ssh'],
  hostVars: Object.values(vars),
  toSpec(hostName, hostVars, defaults, remoteUser) {
    return {
      kind: 'ssh',
      host: hostName,
      address: hostVarText(hostVars, vars.host) ?? hostName,
      port: hostVarPort(hostVars, vars.port) ?? 22,
      // Host variables (ansible_user) win over the play's remote_user, as in Ansible.
      user: hostVarText(hostVars, vars.user) ?? remoteUser ?? defaults.user,
      privateKeyFile: hostVarText(hostVars, vars.key) ?? defaults.privateKeyFile,
      password: hostVarText(hostVars, vars.password) ?? defaults.password,
      jump: parseJumpHosts(hostName, [
        { variable: vars.commonArgs.name, value: hostVarText(hostVars, vars.commonArgs) },
        { variable: vars.extraArgs.name, value: hostVarText(hostVars, vars.extraArgs) },
      ]),
      connectTimeoutMs: defaults.connectTimeoutMs,
      hostKeyChecking: defaults.hostKeyChecking,
      knownHostsFile: defaults.knownHostsFile,
      keepaliveIntervalMs: defaults.keepaliveIntervalMs,
      outputLimit: defaults.outputLimit,
    };
  },
  identity: (spec) => `ssh|${spec.host}|${spec.user ?? ''}|${spec.address ?? ''}|${spec.port ?? 22}`,
  open: (spec, hooks) => new SshConnection({ onConnected: hooks.onConnected, ...spec }),
  redact(spec) {
    const { password: _password, privateKey: _key, passphrase: _passphrase, hostKeyChecking: _checking, knownHostsFile: _knownHosts, ...kept } = spec;
    return kept;
  },
};
