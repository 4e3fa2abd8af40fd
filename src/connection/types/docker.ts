/**
 * `ansible_connection: docker` (or `community.docker.docker`): commands run in a container through
 * the docker CLI, `docker [extra args] exec -i [-u user] <container> /bin/sh -c <command>`, files
 * through the same exec (there is no SFTP in a container). As with SSH, the shell in the container
 * prints its pid first, so a cancel or a timeout kills the process tree in the container, not only
 * the docker client on the controller (killing the client leaves the command running).
 */
import { execFile, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { BecomeError, CancelledError, ConfigError, UnreachableError } from '../../core/errors.js';
import { ShellSyntaxError, shellWords } from '../../core/shell-words.js';
import { abortable, LingeringWork } from '../abortable.js';
import { hostVarText, type ConnectionType, type HostVar } from '../connection-type.js';
import { DEFAULT_OUTPUT_LIMIT } from '../head-tail.js';
import { PID_MARKER, PidProbe } from '../pid-probe.js';
import { execWithin, killExecCommand } from '../quote.js';
import { prepareCommand } from '../settling-exec.js';
import { ShellFileOps } from '../shell-file-ops.js';
import { spawnExec } from '../spawned-exec.js';
import { CLOSE_GRACE_MS, emptyStats, type Connection, type ExecOptions, type ExecResult, type FileStat, type GetOptions } from '../types.js';

export interface DockerSpec {
  kind: 'docker';
  /** The inventory name, used in every message. */
  host: string;
  /** The container's name or id. */
  container: string;
  /** `docker exec -u`; the image's user when absent. */
  user?: string;
  /** Options of the docker command itself, before `exec` (`-H tcp://...`, `--context ...`). */
  extraArgs?: string[];
  outputLimit?: number;
}

const vars = {
  container: { name: 'ansible_docker_host', aliases: ['ansible_host'], description: "the container's name or id; the inventory name when unset" },
  user: { name: 'ansible_docker_user', aliases: ['ansible_user'], description: "the user commands run as (docker exec -u); the play's remote_user, then -u, then the image's user" },
  extraArgs: { name: 'ansible_docker_extra_args', description: 'options of the docker command itself, placed before exec (-H, --context, ...)' },
} satisfies Record<string, HostVar>;

/** How long a kill in the container may take before the controller stops waiting for it. */
const KILL_WAIT_MS = 3000;

function extraArgs(hostName: string, text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  try {
    return shellWords(text, { comments: false }).map((w) => w.text);
  } catch (err) {
    if (err instanceof ShellSyntaxError) throw new ConfigError(`${hostName}: ${vars.extraArgs.name}: ${err.message}`);
    throw err;
  }
}

export const dockerConnection: ConnectionType<DockerSpec> = {
  name: 'docker',
  aliases: ['community.docker.docker'],
  hostVars: Object.values(vars),
  toSpec(hostName, hostVars, defaults, remoteUser) {
    const user = hostVarText(hostVars, vars.user) ?? remoteUser ?? defaults.user;
    const args = extraArgs(hostName, hostVarText(hostVars, vars.extraArgs));
    return {
      kind: 'docker',
      host: hostName,
      container: hostVarText(hostVars, vars.container) ?? hostName,
      ...(user !== undefined ? { user } : {}),
      ...(args !== undefined && args.length > 0 ? { extraArgs: args } : {}),
      ...(defaults.outputLimit !== undefined ? { outputLimit: defaults.outputLimit } : {}),
    };
  },
  identity: (spec) => JSON.stringify(['docker', spec.host, spec.container, spec.user ?? '', spec.extraArgs ?? []]),
  open: (spec) => new DockerConnection(spec),
  // Nothing secret in it: the journal keeps all of it, to reach the container again.
  redact: (spec) => spec,
};

/** The container cannot be reached: it does not exist, is not running, or the daemon does not answer. */
export class ContainerUnreachableError extends UnreachableError {
  constructor(host: string, container: string, detail: string) {
    super(host, 0, 'connection error', detail);
    this.message = `Failed to connect to the host via docker: ${host} (container ${container}): ${detail}`;
  }
}

export class DockerConnection implements Connection {
  readonly host: string;
  readonly stats = emptyStats();
  readonly outputLimit: number;
  private readonly lingering = new LingeringWork();
  private readonly files = new ShellFileOps(this);
  private reached: Promise<void> | undefined;

  constructor(private readonly spec: DockerSpec) {
    this.host = spec.host;
    this.outputLimit = spec.outputLimit ?? DEFAULT_OUTPUT_LIMIT;
  }

  /** `docker [extra args] exec [-i] [-u user] <container> /bin/sh -c <script>`; `-i` passes stdin on. */
  private argv(script: string, { user = this.spec.user, stdin = true }: { user?: string; stdin?: boolean } = {}): [string, ...string[]] {
    const options = [...(stdin ? ['-i'] : []), ...(user !== undefined ? ['-u', user] : [])];
    return ['docker', ...(this.spec.extraArgs ?? []), 'exec', ...options, this.spec.container, '/bin/sh', '-c', script];
  }

  async exec(command: string, options: ExecOptions = {}): Promise<ExecResult> {
    if (options.signal?.aborted) throw new CancelledError();
    const { wrapped, stdin, marker } = prepareCommand(command, options);
    if (wrapped.needsPty) throw new BecomeError(`${this.host}: su with a password needs a terminal, which the docker connection does not open; use sudo`);
    const script = `echo ${PID_MARKER}$$ >&2; ${execWithin(wrapped.command, options.timeoutSeconds, marker)}`;
    const probe = new PidProbe();
    this.stats.execs++;
    this.stats.roundTrips++;
    this.stats.bytesSent += script.length + stdin.length;
    let result: ExecResult;
    try {
      result = await spawnExec({
        host: this.host,
        argv: this.argv(script),
        wrapped,
        stdin,
        limit: options.outputLimit ?? this.outputLimit,
        signal: options.signal,
        probe,
        kill: (client) => this.kill(client, probe.pid, marker),
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new ConfigError(`${this.host}: the docker command was not found on the controller (ansible_connection=docker runs docker exec)`);
      throw err;
    }
    this.stats.bytesReceived += result.stdout.length + result.stderr.length;
    // The shell prints its pid first: a failure without it is docker's own (no such container, a
    // stopped one, no daemon), and the command never ran.
    if (probe.pid === undefined && result.rc !== 0) {
      const said = result.stderr.toString('utf8').trim().replace(/^Error response from daemon:\s*/i, '');
      throw new ContainerUnreachableError(this.host, this.spec.container, said || `docker exec failed with exit code ${result.rc}`);
    }
    return result;
  }

  /**
   * The docker client goes at once; the command's process group and every process carrying its
   * marker are killed by a second exec as root (whoever the command ran as), in the background and
   * bounded, as over SSH.
   */
  private kill(client: ChildProcess, pid: number | undefined, marker: string): void {
    const [program, ...args] = this.argv(killExecCommand(pid, marker), { user: '0', stdin: false });
    this.linger(new Promise<void>((resolve) => execFile(program, args, { timeout: KILL_WAIT_MS }, () => resolve())));
    client.kill();
  }

  async put(remotePath: string, data: string | Buffer | { localPath: string }, mode = 0o600): Promise<void> {
    const body = typeof data === 'string' ? Buffer.from(data) : Buffer.isBuffer(data) ? data : await readFile(data.localPath);
    await this.files.put(remotePath, body, mode);
  }

  get(remotePath: string, options?: GetOptions): Promise<Buffer> {
    return this.files.get(remotePath, options);
  }

  stat(remotePath: string): Promise<FileStat | null> {
    return this.files.stat(remotePath);
  }

  mkdirp(remotePath: string, mode = 0o700): Promise<void> {
    return this.files.mkdirp(remotePath, mode);
  }

  rmrf(remotePath: string): Promise<void> {
    return this.files.rmrf(remotePath);
  }

  /** Reaching the container once tells a missing or stopped one (unreachable) from a failing task. */
  async connect(signal?: AbortSignal): Promise<void> {
    if (!this.reached) {
      const attempt = this.exec('true').then(() => undefined);
      this.reached = attempt;
      attempt.catch(() => {
        if (this.reached === attempt) this.reached = undefined;
      });
    }
    await abortable(this.reached, signal);
  }

  async reconnect(signal?: AbortSignal): Promise<void> {
    this.reached = undefined;
    await this.connect(signal);
  }

  linger(work: Promise<unknown>): void {
    this.lingering.add(work);
  }

  async close(graceMs = CLOSE_GRACE_MS): Promise<void> {
    await this.lingering.settle(graceMs);
  }
}
