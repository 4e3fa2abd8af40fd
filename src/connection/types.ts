/**
 * The one interface every remote (and local) operation goes through. The executor, the actions and
 * the async engine only see `Connection`; ssh2 stays inside `ssh.ts`.
 */
import type { StreamTruncation } from './head-tail.js';

export type BecomeMethod = 'sudo' | 'su';

export interface BecomeOptions {
  method: BecomeMethod;
  /** The user to become; root when absent. */
  user?: string;
  password?: string;
}

export interface ExecOptions {
  /** Fed to the command's stdin, then stdin is closed. Without it stdin is closed at once. */
  stdin?: string | Buffer;
  /**
   * Exported in the command's own shell (after become), the values sent ahead of `stdin` and never
   * on a command line, where every user of the host could read them (connection/environment.ts).
   */
  env?: Record<string, string>;
  /** Aborting kills the remote command's process group and rejects with CancelledError. */
  signal?: AbortSignal;
  become?: BecomeOptions;
  /**
   * The host itself stops the command after this many seconds (coreutils `timeout`, TERM to its
   * process group, KILL 2 s later), so it dies even if the controller can no longer reach the host.
   */
  timeoutSeconds?: number;
  /**
   * Bytes kept of each of stdout and stderr (half from the start, half from the end); the
   * connection's own limit (the `output_limit` setting) when absent.
   */
  outputLimit?: number;
  /**
   * The command starts processes meant to outlive it (an async job's launch). When the controller
   * is lost while it runs, the warm helper stops the command's own process group only, as sshd
   * does for a closed channel, and never what it detached; otherwise it ends the whole tree.
   */
  detaches?: boolean;
}

/** Streams cut to the output limit; absent when everything was kept. */
export interface OutputTruncation {
  stdout?: StreamTruncation;
  stderr?: StreamTruncation;
}

export interface ExecResult {
  /** Exit code; null when the command died of a signal. */
  rc: number | null;
  signal: string | null;
  stdout: Buffer;
  stderr: Buffer;
  truncated?: OutputTruncation;
}

export interface GetOptions {
  maxBytes?: number;
}

export interface FileStat {
  size: number;
  mode: number;
  isDirectory: boolean;
  isFile: boolean;
  mtime: number;
}

/** What a connection has cost so far; the benchmark and the round-trip tests read it. */
export interface ConnectionStats {
  /** Remote exec channels opened (the warm helper's own channel included). */
  execs: number;
  /** Requests answered by the warm helper over its open channel: one round trip each. */
  helperRequests: number;
  /** SFTP operations (put, get, stat, mkdir, rm). */
  fileOps: number;
  /** Operations that each wait for the host at least once: execs + fileOps + helperRequests (+ connects). */
  roundTrips: number;
  bytesSent: number;
  bytesReceived: number;
  connects: number;
  /** Installs of castoff's remote files or module payloads that wrote them to the host (0 once a host holds them all). */
  uploads: number;
}

/** A job as a connection watches it: its status file is `<asyncDir>/<jid>`, read as its user. */
export interface JobWatch {
  jid: string;
  /** Absolute async dir on the host, as the job's user sees it. */
  asyncDir: string;
  become?: BecomeOptions;
  python: string;
}

/** A long-lived command's streams, handed over as they arrive. */
export interface SpawnOptions {
  become?: BecomeOptions;
  /** Ends the wait for the start (the command is killed with its channel). */
  signal?: AbortSignal;
  /** The command's output once it runs (the become dialogue's is not passed on). */
  onStdout(chunk: Buffer): void;
  onStderr?(chunk: Buffer): void;
  /**
   * The command's channel is gone after it started: `exit` when the command itself ended (how),
   * `lost` when the connection under it went (why, an UnreachableError).
   */
  onClose(end: { exit?: { rc: number | null; signal: string | null }; lost?: Error }): void;
}

export interface SpawnedCommand {
  /** Written to the command's stdin, which stays open. */
  write(data: string): void;
  /** Closes the channel: the command's stdin ends. */
  close(): void;
}

/** Where castoff's runtime is installed for one identity: what the warm helper is started from. */
export interface HelperLaunch {
  python: string;
  /** Absolute path of the installed runtime bundle, which holds helper.py. */
  dir: string;
  become?: BecomeOptions;
}

/** `python path argv...` on the host: how modules and castoff's own Python files are run. */
export interface PythonRun {
  python: string;
  path: string;
  argv: string[];
}

export interface Connection {
  /** The inventory name of the host this connection reaches. */
  readonly host: string;
  exec(command: string, options?: ExecOptions): Promise<ExecResult>;
  /**
   * Present only on connections that can run Python without starting an interpreter (the warm
   * helper forks its own); the others run `run` as a command (python-run.ts). Same result as exec.
   */
  runPython?(run: PythonRun, options?: ExecOptions): Promise<ExecResult>;
  put(remotePath: string, data: string | Buffer | { localPath: string }, mode?: number): Promise<void>;
  /** Rejects with RemoteFileError code EFBIG, having read at most `maxBytes` + 1 bytes, when the file is bigger. */
  get(remotePath: string, options?: GetOptions): Promise<Buffer>;
  /** null when the path does not exist. */
  stat(remotePath: string): Promise<FileStat | null>;
  mkdirp(remotePath: string, mode?: number): Promise<void>;
  rmrf(remotePath: string): Promise<void>;
  /** Connects now if not connected (otherwise the first operation does); ends at the signal. */
  connect(signal?: AbortSignal): Promise<void>;
  /** Drops the transport; the next operation reconnects. Used to recover from a lost connection. */
  reconnect(signal?: AbortSignal): Promise<void>;
  /**
   * Work the caller no longer waits for (a kill or cleanup after a timeout): close() gives it a
   * bounded grace before the transport goes, so it can still reach a host that answers.
   */
  linger(work: Promise<unknown>): void;
  /**
   * Ends the connection within a bounded grace (CLOSE_GRACE_MS unless given), whatever state the
   * host is in.
   */
  close(graceMs?: number): Promise<void>;
  /**
   * Present only on connections that can learn on the host when a job ends (the warm helper):
   * resolves as soon as the job's status record is final or its file is gone, so the caller reads
   * it at once instead of at its next check; rejects when the host can no longer tell (the helper
   * was lost), and the caller goes back to checking on its schedule. Aborting the signal ends the watch.
   */
  watchJob?(job: JobWatch, signal: AbortSignal): Promise<void>;
  /**
   * Present only on connections that can run a long-lived command (SSH): `command` runs with its
   * streams left open, through the same become step as exec; resolves once it runs (after the
   * become dialogue), rejects as an exec that never started would.
   */
  spawn?(command: string, options: SpawnOptions): Promise<SpawnedCommand>;
  /**
   * Present only on connections that route operations through a warm helper: told once castoff's
   * runtime is installed for an identity, so the helper of that identity can start from there.
   */
  startHelper?(launch: HelperLaunch): void;
  readonly stats: ConnectionStats;
  /** Bytes of each output stream an exec keeps (`output_limit`); what the host's wrapper keeps too. */
  readonly outputLimit: number;
}

/** How long close() lets lingering kills and cleanups finish before the transport goes. */
export const CLOSE_GRACE_MS = 3000;
/**
 * The grace when the run was stopped (Ctrl-C, the server's Stop). The lingering work is then the
 * terminate of the run's jobs, which Stop promises: TERM, its 2 s grace and KILL on a loaded host
 * take longer than CLOSE_GRACE_MS, and a terminate cut short leaves the job's fate unknown. A frozen
 * host still releases the run after it; a second Ctrl-C or Force stop leaves at once.
 */
export const STOP_GRACE_MS = 20_000;

export function emptyStats(): ConnectionStats {
  return { execs: 0, helperRequests: 0, fileOps: 0, roundTrips: 0, bytesSent: 0, bytesReceived: 0, connects: 0, uploads: 0 };
}

/** The command's stdin as bytes (empty when none was given). */
export function stdinBytes(options: ExecOptions): Buffer {
  return typeof options.stdin === 'string' ? Buffer.from(options.stdin) : (options.stdin ?? Buffer.alloc(0));
}

export function stdoutText(result: ExecResult): string {
  return result.stdout.toString('utf8');
}

export function stderrText(result: ExecResult): string {
  return result.stderr.toString('utf8');
}

/** The truncation of an exec's two buffers, or undefined when both were kept whole. */
export function truncationOf(stdout: { truncation: StreamTruncation | undefined }, stderr: { truncation: StreamTruncation | undefined }): OutputTruncation | undefined {
  if (!stdout.truncation && !stderr.truncation) return undefined;
  return { ...(stdout.truncation ? { stdout: stdout.truncation } : {}), ...(stderr.truncation ? { stderr: stderr.truncation } : {}) };
}
