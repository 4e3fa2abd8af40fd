export type { BecomeMethod, BecomeOptions, Connection, ConnectionStats, ExecOptions, ExecResult, FileStat, GetOptions, OutputTruncation } from './types.js';
export { DEFAULT_OUTPUT_LIMIT, HeadTailBuffer, moduleResultLimit, truncationWarning, type StreamTruncation } from './head-tail.js';
export { stdoutText, stderrText } from './types.js';
export { SshConnection, type ConnectedInfo, type SshConnectOptions } from './ssh.js';
export { LocalConnection } from './local.js';
export { ConnectionPool, type ConnectionSpec } from './pool.js';
export { shellQuote, shellJoin, envPrefix } from './quote.js';
export { parseJumpHosts, type JumpHost } from './proxy-jump.js';
export { checkKnownHost, knownHostsName, type HostKeyChecking, type HostKeyVerdict } from './known-hosts.js';
