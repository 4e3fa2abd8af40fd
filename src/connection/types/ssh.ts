/** `ansible_connection: ssh` (the default; `smart` and `paramiko` mean it too): ssh2 to the host's sshd. */
import { ConfigError } from '../../core/errors.js';
import { hostVarPort, hostVarText, type ConnectionDefaults, type ConnectionType, type HostVar, type HostVars } from '../connection-type.js';
import { parseJumpSetting, parseWrittenJumpHosts, sshConfigFileArg, type JumpHost, type SshArgs, type WrittenHop } from '../proxy-jump.js';
import { expandHostName, expandIdentityFile, resolveSshConfig, type IdentityTokens, type SshConfigFiles, type SshHostConfig } from '../ssh-config.js';
import { controllerHome, diskSshConfigFiles, sshConfigPath } from '../ssh-config-file.js';
import { HelperConnection } from '../helper/helper-connection.js';
import { SshConnection, type SshConnectOptions } from '../ssh.js';

/** `helper`: route operations through castoff's warm helper on the host (see connection/helper/). */
export type SshSpec = { kind: 'ssh'; helper?: boolean } & SshConnectOptions;

/** Never written to the journal: secrets, and the host-key policy of the run (see redact). */
type Withheld = 'password' | 'privateKey' | 'passphrase' | 'hostKeyChecking' | 'knownHostsFile';
export type JournalledSshSpec = Omit<SshSpec, Withheld>;

const vars = {
  host: { name: 'ansible_host', aliases: ['ansible_ssh_host'], description: 'the address to connect to; the inventory name when unset' },
  port: { name: 'ansible_port', aliases: ['ansible_ssh_port'], description: "sshd's port; 22 when unset" },
  user: { name: 'ansible_user', aliases: ['ansible_ssh_user'], description: "the login user; the play's remote_user, then -u, when unset" },
  password: { name: 'ansible_password', aliases: ['ansible_ssh_pass', 'ansible_ssh_password'], description: 'the login password' },
  key: { name: 'ansible_ssh_private_key_file', aliases: ['ansible_private_key_file'], description: 'the private key file' },
  sshArgs: { name: 'ansible_ssh_args', description: 'read for -F (the ssh config file) only' },
  commonArgs: { name: 'ansible_ssh_common_args', description: 'read for -F and the jump chain (-J, ProxyJump, the ProxyCommand ssh -W idiom) only' },
  extraArgs: { name: 'ansible_ssh_extra_args', description: 'read for -F and the jump chain, after ansible_ssh_common_args' },
} satisfies Record<string, HostVar>;

const NO_CONFIG: SshHostConfig = { identityFiles: [] };

/** The ssh config for `name` from the file the args name (`-F`) or ~/.ssh/config; none for `-F none`. */
function configFor(hostName: string, args: SshArgs[], files: SshConfigFiles): { config: (name: string) => SshHostConfig } {
  const fromArgs = sshConfigFileArg(hostName, args);
  const path = sshConfigPath(fromArgs, files.home);
  if (path === undefined) return { config: () => NO_CONFIG };
  // ssh stops when the file given with -F is missing; a missing ~/.ssh/config is no config.
  if (fromArgs !== undefined && files.read(path) === undefined) throw new ConfigError(`${hostName}: the ssh config file ${path} given with -F does not exist`);
  return { config: (target) => resolveSshConfig(target, path, files) };
}

/** The first IdentityFile that exists, as ssh skips missing ones; castoff offers one key (README). */
function firstIdentity(config: SshHostConfig, tokens: IdentityTokens, files: SshConfigFiles): string | undefined {
  return config.identityFiles.map((file) => expandIdentityFile(file, tokens)).find((path) => files.read(path) !== undefined);
}

/**
 * A written hop with its own ssh config applied (HostName, Port, User, IdentityFile), as ssh
 * reaches a jump host; `targetUser` is who the hop logs in as when neither names a user.
 */
function resolvedHop(hop: WrittenHop, config: (name: string) => SshHostConfig, targetUser: string, files: SshConfigFiles): JumpHost {
  const own = config(hop.address);
  const user = hop.user ?? own.user?.value;
  const address = own.hostName ? expandHostName(own.hostName.value, hop.address) : hop.address;
  const port = hop.port ?? own.port?.value ?? 22;
  const localUser = files.localUser ?? 'root';
  const privateKeyFile = firstIdentity(own, { hostName: address, originalHost: hop.address, port, remoteUser: user ?? targetUser, localUser, home: files.home }, files);
  return { address, port, ...(user !== undefined && { user }), ...(privateKeyFile !== undefined && { privateKeyFile }) };
}

const seconds = (s: { value: number } | undefined) => (s && s.value > 0 ? s.value * 1000 : undefined);

/**
 * The connection settings of one host, as Ansible's OpenSSH connection ends up with them: inventory
 * variables and the run's settings are ssh command-line options, so they win; the ssh config file
 * fills in what they leave unset. The config is looked up by `ansible_host` (else the inventory
 * name), the name Ansible gives ssh.
 */
export function sshHostSettings(hostName: string, hostVars: HostVars, defaults: ConnectionDefaults, remoteUser: string | undefined, files: SshConfigFiles) {
  const fromSettings = [
    { key: 'ssh_args', value: defaults.sshArgs },
    { key: 'ssh_common_args', value: defaults.sshCommonArgs },
    { key: 'ssh_extra_args', value: defaults.sshExtraArgs },
  ];
  const args: SshArgs[] = [vars.sshArgs, vars.commonArgs, vars.extraArgs].map((v, i) => {
    const value = hostVarText(hostVars, v);
    return value !== undefined ? { variable: v.name, value } : { variable: `[ssh_connection] ${fromSettings[i].key}`, value: fromSettings[i].value };
  });
  const name = hostVarText(hostVars, vars.host) ?? hostName;
  const { config } = configFor(hostName, args, files);
  const own = config(name);
  const address = own.hostName ? expandHostName(own.hostName.value, name) : name;
  const port = hostVarPort(hostVars, vars.port) ?? own.port?.value ?? 22;
  const user = hostVarText(hostVars, vars.user) ?? remoteUser ?? defaults.user ?? own.user?.value;
  const localUser = files.localUser ?? 'root';
  const tokens: IdentityTokens = { hostName: address, originalHost: name, port, remoteUser: user ?? localUser, localUser, home: files.home };
  const privateKeyFile = hostVarText(hostVars, vars.key) ?? defaults.privateKeyFile ?? firstIdentity(own, tokens, files);
  // A jump chain in the args wins over the config's, as ssh's command line wins over its files.
  const written = parseWrittenJumpHosts(hostName, args) ?? (own.proxy ? parseJumpSetting(own.proxy.keyword, own.proxy.value, `${own.proxy.file}:${own.proxy.line}`) : []);
  return {
    address,
    port,
    user,
    privateKeyFile,
    jump: written.map((hop) => resolvedHop(hop, config, tokens.remoteUser, files)),
    connectTimeoutMs: defaults.connectTimeoutMs ?? seconds(own.connectTimeoutSeconds),
    keepaliveIntervalMs: defaults.keepaliveIntervalMs ?? (own.serverAliveIntervalSeconds ? own.serverAliveIntervalSeconds.value * 1000 : undefined),
    ...(own.serverAliveCountMax && own.serverAliveCountMax.value > 0 && { keepaliveCountMax: own.serverAliveCountMax.value }),
  };
}

export const sshConnection: ConnectionType<SshSpec, JournalledSshSpec> = {
  name: 'ssh',
  aliases: ['smart', 'paramiko', 'paramiko_ssh', 'ansible.builtin.ssh', 'ansible.builtin.paramiko_ssh'],
  hostVars: Object.values(vars),
  toSpec(hostName, hostVars, defaults, remoteUser) {
    return {
      kind: 'ssh',
      host: hostName,
      // Host variables (ansible_user) win over the play's remote_user, as in Ansible; both over ssh config.
      ...sshHostSettings(hostName, hostVars, defaults, remoteUser, diskSshConfigFiles(controllerHome())),
      password: hostVarText(hostVars, vars.password) ?? defaults.password,
      hostKeyChecking: defaults.hostKeyChecking,
      knownHostsFile: defaults.knownHostsFile,
      outputLimit: defaults.outputLimit,
      helper: defaults.helper ?? true,
    };
  },
  identity: (spec) => `ssh|${spec.host}|${spec.user ?? ''}|${spec.address ?? ''}|${spec.port ?? 22}`,
  open(spec, hooks) {
    const conn = new SshConnection({ onConnected: hooks.onConnected, ...spec });
    return spec.helper ? new HelperConnection(conn, { onWarning: hooks.onWarning }) : conn;
  },
  redact(spec) {
    const { password: _password, privateKey: _key, passphrase: _passphrase, hostKeyChecking: _checking, knownHostsFile: _knownHosts, ...kept } = spec;
    return kept;
  },
};
