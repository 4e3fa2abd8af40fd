/**
 * A Connection that sends what it can through warm helpers (remote/helper.py), one per identity
 * (login user, or become method and user) on the host, each started once castoff's runtime is
 * installed for that identity: an exec, a file operation or a job watch is then one request and one
 * reply on an open channel. Everything else, and everything before a helper runs, goes to the inner
 * connection unchanged. A lost helper fails what waited on it; the next operation starts a new one,
 * a few times per identity, then the rest of the run goes without (one warning). A helper that did
 * not start in time is not started again: the host goes without it at once.
 */
import { HelperLostError, HelperStartTimeoutError, RemoteFileError, UnreachableError } from '../../core/errors.js';
import { abortable, LingeringWork } from '../abortable.js';
import { moduleResultLimit } from '../head-tail.js';
import { pythonCommand } from '../python-run.js';
import { shellQuote } from '../quote.js';
import { CLOSE_GRACE_MS, type BecomeOptions, type Connection, type ExecOptions, type ExecResult, type FileStat, type GetOptions, type HelperLaunch, type JobWatch, type PythonRun } from '../types.js';
import type { HelperClient } from './client.js';
import { helperExec, helperGet, helperPython, helperMkdirp, helperPut, helperStat, helperWatch } from './ops.js';
import { HelperProtocolViolation } from './protocol.js';
import { launchHelper } from './start.js';

/** Starts per identity and run: the first and three after losses; then plain execs for the rest of the run. */
const MAX_STARTS = 4;

export interface HelperHooks {
  /** Told once per identity when the run goes on without its helper. */
  onWarning?: (message: string) => void;
  /** How long a helper may take to start (default HELPER_START_TIMEOUT_MS); tests shorten it. */
  startTimeoutMs?: number;
}

interface Slot {
  launch: HelperLaunch;
  /** The current helper: undefined when it could not start. */
  client: Promise<HelperClient | undefined>;
  starts: number;
  disabled: boolean;
}

/** The helper's key: who it runs as. */
function identityOf(become: BecomeOptions | undefined): string {
  return become ? `${become.method}:${become.user ?? 'root'}` : '-';
}

function describeIdentity(become: BecomeOptions | undefined): string {
  return become ? `as ${become.user ?? 'root'} through ${become.method}` : 'as the login user';
}

export class HelperConnection implements Connection {
  private readonly slots = new Map<string, Slot>();
  private closed = false;
  /** Kills and cleanups nobody waits for: they may run through a helper, which stays for them. */
  private readonly lingering = new LingeringWork();
  /** The largest exec output or file a helper carries; bigger ones take the inner path. */
  private readonly maxBytes: number;
  private readonly maxLineBytes: number;

  constructor(
    private readonly inner: Connection,
    private readonly hooks: HelperHooks = {},
  ) {
    this.maxBytes = moduleResultLimit(inner.outputLimit) + 1;
    // Two streams, base64, and the reply's own fields.
    this.maxLineBytes = Math.ceil((2 * (this.maxBytes + 1024) * 4) / 3) + 64 * 1024;
  }

  get host(): string {
    return this.inner.host;
  }

  get stats() {
    return this.inner.stats;
  }

  get outputLimit(): number {
    return this.inner.outputLimit;
  }

  startHelper(launch: HelperLaunch): void {
    // su asks its password on a terminal, which would cook the protocol's bytes.
    if (this.closed || (launch.become?.method === 'su' && launch.become.password !== undefined)) return;
    const key = identityOf(launch.become);
    if (this.slots.has(key)) return;
    const slot: Slot = { launch, client: Promise.resolve(undefined), starts: 0, disabled: false };
    this.slots.set(key, slot);
    this.begin(slot);
  }

  private begin(slot: Slot): void {
    slot.starts++;
    const starting = launchHelper(this.inner, slot.launch, {
      maxLineBytes: this.maxLineBytes,
      startTimeoutMs: this.hooks.startTimeoutMs,
      onRequest: () => {
        this.inner.stats.helperRequests++;
        this.inner.stats.roundTrips++;
      },
    });
    slot.client = starting.then(
      (client) => client,
      (err: Error) => {
        // A lost connection is the connection's trouble, not the helper's: it does not count.
        if (err instanceof UnreachableError) slot.starts--;
        // Each new try on a host too busy to start Python in time only adds to its load.
        else if (err instanceof HelperStartTimeoutError) this.disable(slot, `did not start in time (${err.message})`);
        else if (slot.starts >= MAX_STARTS) this.disable(slot, `was started ${slot.starts} times and lost (${err.message})`);
        return undefined;
      },
    );
  }

  /** `what`: what happened to the helper, e.g. `was started 4 times and lost (...)`. */
  private disable(slot: Slot, what: string): void {
    if (slot.disabled) return;
    slot.disabled = true;
    this.hooks.onWarning?.(`${this.host}: castoff's warm helper (${describeIdentity(slot.launch.become)}) ${what}; the rest of the run reaches this host without it`);
  }

  /** The running helper of `become`'s identity, started again if it was lost; undefined: use the inner path. */
  private async helperFor(become: BecomeOptions | undefined, signal: AbortSignal | undefined): Promise<HelperClient | undefined> {
    const slot = this.slots.get(identityOf(become));
    if (!slot || slot.disabled || this.closed) return undefined;
    const current = slot.client;
    const client = await abortable(current, signal);
    if (client && !client.isLost) return client;
    if (slot.disabled) return undefined;
    if (slot.client === current) {
      if (client?.lostWithConnection) slot.starts--;
      if (slot.starts >= MAX_STARTS) {
        this.disable(slot, `was started ${slot.starts} times and lost (${client?.lossReason ?? 'it did not start'})`);
        return undefined;
      }
      this.begin(slot);
    }
    const next = await abortable(slot.client, signal);
    return next && !next.isLost ? next : undefined;
  }

  /** A reply of the wrong shape ends the helper; the operation fails with an error naming the host. */
  private async through<T>(client: HelperClient, what: string, op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      if (err instanceof HelperProtocolViolation) throw client.violated(err, what);
      throw err;
    }
  }

  /** The helper that can carry a command's output to `limit` bytes, if one runs as its user. */
  private async commandHelper(options: ExecOptions, limit: number): Promise<HelperClient | undefined> {
    return limit <= this.maxBytes ? this.helperFor(options.become, options.signal) : undefined;
  }

  async exec(command: string, options: ExecOptions = {}): Promise<ExecResult> {
    const limit = options.outputLimit ?? this.outputLimit;
    const client = await this.commandHelper(options, limit);
    if (!client) return this.inner.exec(command, options);
    return this.through(client, 'running a command', () => helperExec(client, command, options, limit));
  }

  async runPython(run: PythonRun, options: ExecOptions = {}): Promise<ExecResult> {
    const limit = options.outputLimit ?? this.outputLimit;
    const client = await this.commandHelper(options, limit);
    if (!client) return this.inner.exec(pythonCommand(run), options);
    return this.through(client, 'running a module', () => helperPython(client, run, options, limit));
  }

  async put(remotePath: string, data: string | Buffer | { localPath: string }, mode = 0o600): Promise<void> {
    const body = typeof data === 'string' ? Buffer.from(data) : Buffer.isBuffer(data) ? data : undefined;
    const client = body && body.length <= this.maxBytes ? await this.helperFor(undefined, undefined) : undefined;
    if (!client || !body) return this.inner.put(remotePath, data, mode);
    return this.through(client, `writing ${remotePath}`, () => helperPut(client, this.host, remotePath, body, mode));
  }

  async get(remotePath: string, options: GetOptions = {}): Promise<Buffer> {
    const { maxBytes } = options;
    const client = maxBytes !== undefined && maxBytes <= this.maxBytes ? await this.helperFor(undefined, undefined) : undefined;
    if (!client || maxBytes === undefined) return this.inner.get(remotePath, options);
    return this.through(client, `reading ${remotePath}`, () => helperGet(client, this.host, remotePath, maxBytes));
  }

  async stat(remotePath: string): Promise<FileStat | null> {
    const client = await this.helperFor(undefined, undefined);
    if (!client) return this.inner.stat(remotePath);
    return this.through(client, `checking ${remotePath}`, () => helperStat(client, this.host, remotePath));
  }

  async mkdirp(remotePath: string, mode = 0o700): Promise<void> {
    const client = await this.helperFor(undefined, undefined);
    if (!client) return this.inner.mkdirp(remotePath, mode);
    return this.through(client, `creating ${remotePath}`, () => helperMkdirp(client, this.host, remotePath, mode));
  }

  async rmrf(remotePath: string): Promise<void> {
    if (!this.slots.has(identityOf(undefined))) return this.inner.rmrf(remotePath);
    const result = await this.exec(`rm -rf -- ${shellQuote(remotePath)}`);
    if (result.rc !== 0) {
      const detail = result.stderr.toString().trim() || `rc ${result.rc}`;
      throw new RemoteFileError(this.host, remotePath, /Permission denied/.test(detail) ? 'EACCES' : 'EIO', `could not remove: ${detail}`);
    }
  }

  async watchJob(job: JobWatch, signal: AbortSignal): Promise<void> {
    const client = await this.helperFor(job.become, signal);
    if (!client) throw new HelperLostError(`${this.host}: no warm helper runs ${describeIdentity(job.become)} to watch job ${job.jid}`);
    await this.through(client, `watching job ${job.jid}`, () => helperWatch(client, job, signal));
  }

  connect(signal?: AbortSignal): Promise<void> {
    return this.inner.connect(signal);
  }

  reconnect(signal?: AbortSignal): Promise<void> {
    return this.inner.reconnect(signal);
  }

  linger(work: Promise<unknown>): void {
    this.lingering.add(work);
    this.inner.linger(work);
  }

  async close(graceMs = CLOSE_GRACE_MS): Promise<void> {
    const until = Date.now() + graceMs;
    await this.lingering.settle(graceMs);
    this.closed = true;
    // The helpers' stdin closes with their channels: each ends its commands and exits.
    for (const slot of this.slots.values()) void slot.client.then((client) => client?.close());
    // One grace for both layers: the inner one holds the same work, which must not get it twice.
    await this.inner.close(Math.max(0, until - Date.now()));
  }
}
