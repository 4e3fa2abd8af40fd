export type { BecomeMethod, BecomeOptions, Connection, ConnectionStats, ExecOptions, ExecResult, FileStat } from './types.js';
export { stdoutText, stderrText } from './types.js';
export { abortable, delay, settledWithin } from './abortable.js';
export { SshConnection, type ConnectedInfo, type SshConnectOptions } from './ssh.js';
export { LocalConnection } from './local.js';
export { ConnectionPool, type ConnectionSpec } from './pool.js';
export { shellQuote, shellJoin, envPrefix } from './quote.js';
export { parseJumpHosts, type JumpHost } from './proxy-jump.js';
export { checkKnownHost, knownHostsName, type HostKeyChecking, type HostKeyVerdict } from './known-hosts.js';
