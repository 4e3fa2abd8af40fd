export type {
  BecomeMethod,
  BecomeOptions,
  Connection,
  ConnectionStats,
  ExecOptions,
  ExecResult,
  FileStat,
  GetOptions,
  HelperLaunch,
  JobWatch,
  OutputTruncation,
  PythonRun,
  SpawnedCommand,
  SpawnOptions,
} from './types.js';
export { HelperConnection } from './helper/helper-connection.js';
export { DEFAULT_OUTPUT_LIMIT, HeadTailBuffer, moduleResultLimit, truncationWarning, type StreamTruncation } from './head-tail.js';
export { CLOSE_GRACE_MS, STOP_GRACE_MS, stdoutText, stderrText } from './types.js';
export { abortable, delay, settledWithin } from './abortable.js';
export { SshConnection, type ConnectedInfo, type SshConnectOptions } from './ssh.js';
export { LocalConnection } from './local.js';
export { ConnectionPool } from './pool.js';
export { connectionHostVars, connectionTypeFor, connectionTypeNames, toConnectionSpec, typeOfSpec, type ConnectionSpec, type JournalledConnectionSpec } from './registry.js';
export type { ConnectionDefaults, ConnectionType, HostVar, HostVars, OpenHooks } from './connection-type.js';
export { ContainerUnreachableError, DockerConnection, type DockerSpec } from './types/docker.js';
export type { JournalledSshSpec, SshSpec } from './types/ssh.js';
export type { LocalSpec } from './types/local.js';
export { shellQuote, shellJoin } from './quote.js';
export { pythonCommand, runPython } from './python-run.js';
export { environmentOnStdin, invalidEnvironmentNameMessage, isEnvironmentName } from './environment.js';
export { parseJumpHosts, type JumpHost, type SshArgs } from './proxy-jump.js';
export { checkKnownHost, knownHostsName, pinnedKeyTypes, type HostKeyChecking, type HostKeyVerdict, type KnownHostsFile } from './known-hosts.js';
export { hostKeyAlgorithms } from './host-key-algorithms.js';
export { judgeHostKey, type HostKeyDecision } from './host-key-policy.js';
export { parseHostKeyChecking } from './host-key-setting.js';
