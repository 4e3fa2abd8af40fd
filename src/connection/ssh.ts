/**
 * One ssh2 client per host: every exec channel and the single SFTP channel share its TCP
 * connection. Connects lazily, reconnects after a loss, and reports every failure as a typed error.
 */
import { readFile, stat as statLocal } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import type { Client, ClientChannel, ConnectConfig, SFTPWrapper } from 'ssh2';
import { CancelledError, ConfigError, RemoteFileError, UnreachableError } from '../core/errors.js';
import { deadline } from '../core/deadline.js';
import { wrapCommand, type WrappedCommand } from './become.js';
import { ExecSession } from './exec-session.js';
import { PID_MARKER, PidProbe } from './pid-probe.js';
import { abortable, delay, LingeringWork } from './abortable.js';
import { ChannelLimiter } from './channel-limiter.js';
import { appendKnownHost, checkKnownHost, keyType, pinnedKeyTypes, readKnownHosts, type HostKeyChecking, type KnownHostsFile } from './known-hosts.js';
import { hostKeyAlgorithms } from './host-key-algorithms.js';
import { judgeHostKey } from './host-key-policy.js';
import type { JumpHost } from './proxy-jump.js';
import { DEFAULT_OUTPUT_LIMIT } from './head-tail.js';
import { execWithin, killExecCommand, newTaskMarker, shellQuote } from './quote.js';
import { prepareCommand, SettlingExec } from './settling-exec.js';
import { openTcp } from './tcp.js';
import {
  CLOSE_GRACE_MS,
  emptyStats,
  type Connection,
  type ExecOptions,
  type ExecResult,
  type FileStat,
  type GetOptions,
  type SpawnedCommand,
  type SpawnOptions,
} from './types.js';

export interface SshConnectOptions {
  /** The inventory name, used in every message. */
  host: string;
  /** Where to connect (`ansible_host`); the inventory name when absent. */
  address?: string;
  port?: number;
  user?: string;
  privateKeyFile?: string;
  privateKey?: string | Buffer;
  passphrase?: string;
  password?: string;
  /** ssh-agent socket; defaults to SSH_AUTH_SOCK. `false` disables the agent. */
  agent?: string | false;
  /** Default `strict`, as OpenSSH's StrictHostKeyChecking=yes. */
  hostKeyChecking?: HostKeyChecking;
  knownHostsFile?: string;
  /** One deadline for TCP connect + handshake + authentication, per hop. Default 10 s. */
  connectTimeoutMs?: number;
  /** Default 15 s x 3: a dead (or frozen) peer is noticed within 45 s and its socket destroyed. 0 disables. */
  keepaliveIntervalMs?: number;
  keepaliveCountMax?: number;
  /** Hops reached first, in order; each uses this connection's credentials. */
  jump?: JumpHost[];
  /** Concurrent exec channels; the SFTP channel comes on top. Below sshd's MaxSessions (10). */
  maxChannels?: number;
  /** Told of every connection made (first and after a reconnect), for -vvvv output. */
  onConnected?: (info: ConnectedInfo) => void;
  /** Bytes kept of each output stream of an exec (`output_limit`); default 10 MiB. */
  outputLimit?: number;
}

export interface ConnectedInfo {
  host: string;
  address: string;
  port: number;
  user: string;
  /** Jump hosts passed through, first first, as `user@address:port`. */
  via: string[];
  ms: number;
}

type Ssh2 = typeof import('ssh2');
let ssh2: Promise<Ssh2> | undefined;

/** ssh2, loaded for the first connection: a command or a run that reaches no host over SSH never loads it. */
function loadSsh2(): Promise<Ssh2> {
  // ssh2 is CommonJS: under Node's ESM loader only its default export is reliable.
  ssh2 ??= import('ssh2').then((module) => module.default);
  return ssh2;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
const DEFAULT_KEEPALIVE_MS = 15_000;
const DEFAULT_MAX_CHANNELS = 8;
const SFTP_NO_SUCH_FILE = 2;
const SFTP_EOF = 1;
const READ_CHUNK = 64 * 1024;
const KILL_WAIT_MS = 3000;
const WRITE_CHUNK = 32 * 1024;

/** One live connection: the clients of every hop (the target last) and the sockets under them. */
interface Transport {
  clients: Client[];
  sockets: Duplex[];
  /** Why the connection went, when ssh2 told us (a keepalive verdict), for the messages. */
  lossReason?: string;
}

/** known_hosts as read for one handshake, and the policy (not off) to judge the host's key by. */
interface HostKeyCheck {
  knownHosts: KnownHostsFile;
  policy: Exclude<HostKeyChecking, 'off'>;
}

interface Hop {
  host: string;
  address: string;
  port: number;
  user: string;
  /** A jump host's own key, loaded for its handshake instead of the target's. */
  privateKeyFile?: string;
}

async function loadPrivateKey(opts: SshConnectOptions): Promise<Buffer | string | undefined> {
  if (opts.privateKey !== undefined) return opts.privateKey;
  if (opts.privateKeyFile === undefined) return undefined;
  const path = opts.privateKeyFile.replace(/^~(?=\/|$)/, homedir());
  let data: Buffer;
  try {
    const info = await statLocal(path);
    if (info.isDirectory()) throw new ConfigError(`private key file ${path} is a directory, not a key`);
    data = await readFile(path);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigError(`private key file ${path} does not exist`);
    if (code === 'EACCES') throw new ConfigError(`private key file ${path} is not readable (permission denied)`);
    throw new ConfigError(`private key file ${path} cannot be read: ${(err as Error).message}`);
  }
  const { utils } = await loadSsh2();
  const parsed = utils.parseKey(data, opts.passphrase);
  if (parsed instanceof Error) {
    const why = /passphrase/i.test(parsed.message)
      ? opts.passphrase === undefined
        ? 'is encrypted and no passphrase was given'
        : 'could not be decrypted with the given passphrase'
      : `is not a usable private key (${parsed.message})`;
    throw new ConfigError(`private key file ${path} ${why}`);
  }
  return data;
}

export class SshConnection implements Connection {
  readonly host: string;
  readonly stats = emptyStats();
  readonly outputLimit: number;
  private readonly opts: SshConnectOptions;
  private readonly limiter: ChannelLimiter;
  private transport: Transport | undefined;
  /** Why the last transport went; told in the errors of operations that were waiting on it. */
  private lossReason: string | undefined;
  private connecting: Promise<Client> | undefined;
  private sftpChannel: Promise<SFTPWrapper> | undefined;
  private keyMaterial: Promise<Buffer | string | undefined> | undefined;
  /** Kills and cleanups nobody waits for any more; close() gives them a bounded chance to finish. */
  private readonly lingering = new LingeringWork();
  /** Aborts connection attempts in flight when the connection is closed. */
  private readonly closing = new AbortController();
  private closed = false;

  constructor(opts: SshConnectOptions) {
    this.opts = opts;
    this.host = opts.host;
    this.outputLimit = opts.outputLimit ?? DEFAULT_OUTPUT_LIMIT;
    this.limiter = new ChannelLimiter(opts.maxChannels ?? DEFAULT_MAX_CHANNELS);
  }

  /** Connects now (otherwise the first operation does); rejects with UnreachableError or ConfigError. */
  async connect(signal?: AbortSignal): Promise<void> {
    await this.client(signal);
  }

  /**
   * The attempt is shared by every caller on this host, so it is bounded by the connect timeout
   * and by close(), never by one caller's signal; each caller stops waiting when its own aborts.
   */
  private client(signal?: AbortSignal): Promise<Client> {
    if (this.closed) return Promise.reject(this.lost('the connection was closed'));
    if (!this.connecting) {
      const attempt = this.open(this.closing.signal);
      this.connecting = attempt;
      attempt.catch(() => {
        if (this.connecting === attempt) this.connecting = undefined;
      });
    }
    return abortable(this.connecting, signal);
  }

  private hops(): Hop[] {
    const user = this.opts.user ?? process.env.USER ?? 'root';
    const target: Hop = {
      host: this.opts.host,
      address: this.opts.address ?? this.opts.host,
      port: this.opts.port ?? 22,
      user,
    };
    const jumps = (this.opts.jump ?? []).map((j) => ({ host: j.address, address: j.address, port: j.port, user: j.user ?? user, privateKeyFile: j.privateKeyFile }));
    return [...jumps, target];
  }

  private async open(signal: AbortSignal): Promise<Client> {
    this.keyMaterial ??= loadPrivateKey(this.opts);
    const privateKey = await this.keyMaterial.catch((err: unknown) => {
      this.keyMaterial = undefined;
      throw err;
    });
    const timeout = this.opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    const started = performance.now();
    const hops = this.hops();
    const chain: Transport = { clients: [], sockets: [] };
    try {
      let previous: Client | undefined;
      for (const hop of hops) {
        if (signal.aborted) throw new CancelledError();
        const deadline = Date.now() + timeout;
        const sock = previous ? await this.forward(previous, hop, deadline, signal) : await openTcp(hop.host, hop.address, hop.port, deadline, signal);
        chain.sockets.push(sock);
        const hopKey = hop.privateKeyFile === undefined ? privateKey : await loadPrivateKey({ host: hop.host, privateKeyFile: hop.privateKeyFile });
        previous = await this.handshake(hop, sock, deadline, hopKey, signal);
        chain.clients.push(previous);
      }
    } catch (err) {
      destroyTransport(chain);
      throw err;
    }
    this.transport = chain;
    this.lossReason = undefined;
    this.stats.connects++;
    this.stats.roundTrips++;
    const target = chain.clients[chain.clients.length - 1];
    target.on('close', () => this.dropTransport(target));
    // ssh2 destroys the socket itself on a keepalive verdict; the reason is kept for the messages.
    target.on('error', (err: Error & { level?: string }) => {
      if (err.level === 'client-timeout') chain.lossReason = this.keepaliveVerdict();
    });
    const last = hops[hops.length - 1];
    this.opts.onConnected?.({
      host: this.host,
      address: last.address,
      port: last.port,
      user: last.user,
      via: hops.slice(0, -1).map((h) => `${h.user}@${h.address}:${h.port}`),
      ms: Math.round(performance.now() - started),
    });
    return target;
  }

  private keepaliveVerdict(): string {
    const interval = (this.opts.keepaliveIntervalMs ?? DEFAULT_KEEPALIVE_MS) / 1000;
    return `no answer to ${this.opts.keepaliveCountMax ?? 3} keepalives sent ${interval} s apart`;
  }

  private forward(via: Client, hop: Hop, deadline: number, signal: AbortSignal): Promise<Duplex> {
    return new Promise((resolve, reject) => {
      let done = false;
      const fail = (err: Error) => {
        done = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        reject(err);
      };
      const onAbort = () => fail(new CancelledError());
      const timer = setTimeout(
        () => fail(new UnreachableError(hop.host, hop.port, 'timed out', 'opening the tunnel through the jump host')),
        Math.max(0, deadline - Date.now()),
      );
      signal.addEventListener('abort', onAbort, { once: true });
      via.forwardOut('127.0.0.1', 0, hop.address, hop.port, (err, stream) => {
        // A tunnel that opens after we gave up is closed, not leaked.
        if (done) return stream?.destroy();
        done = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        if (err) reject(new UnreachableError(hop.host, hop.port, 'connection refused', `through the jump host: ${err.message}`));
        else resolve(stream);
      });
    });
  }

  private async handshake(
    hop: Hop,
    sock: Duplex,
    deadline: number,
    privateKey: Buffer | string | undefined,
    signal: AbortSignal,
  ): Promise<Client> {
    const { Client: SshClient } = await loadSsh2();
    if (signal.aborted) throw new CancelledError();
    const checking = this.opts.hostKeyChecking ?? 'strict';
    const knownHostsFile = this.opts.knownHostsFile ?? join(homedir(), '.ssh', 'known_hosts');
    const agent = this.opts.agent === false ? undefined : (this.opts.agent ?? process.env.SSH_AUTH_SOCK);
    let phase = 'during the SSH handshake';
    let hostKeyRefusal: UnreachableError | ConfigError | undefined;

    return new Promise((resolve, reject) => {
      const client = new SshClient();
      let settled = false;
      const fail = (err: Error) => {
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        client.removeAllListeners('ready');
        client.on('error', () => undefined);
        client.end();
        sock.destroy();
        reject(err);
      };
      const timer = setTimeout(
        () => fail(new UnreachableError(hop.host, hop.port, 'timed out', phase)),
        Math.max(0, deadline - Date.now()),
      );
      const onAbort = () => fail(new CancelledError());
      signal.addEventListener('abort', onAbort, { once: true });

      const verifyHostKey = ({ knownHosts, policy }: HostKeyCheck, key: Buffer, verify: (ok: boolean) => void) => {
        const verdict = checkKnownHost(knownHosts, hop.address, hop.port, key);
        const decision = judgeHostKey(verdict, policy, { host: hop.host, port: hop.port, path: knownHosts.path, type: keyType(key) });
        if (!decision.accept) {
          hostKeyRefusal = decision.error;
          return verify(false);
        }
        if (!decision.record) return verify(true);
        appendKnownHost(knownHosts.path, hop.address, hop.port, key).then(
          () => verify(true),
          (err: Error) => {
            hostKeyRefusal = new ConfigError(`${hop.host}: could not record its host key in ${knownHosts.path}: ${err.message}`);
            verify(false);
          },
        );
      };

      const connectWith = (check: HostKeyCheck | undefined) => {
        if (settled) return;
        const config: ConnectConfig = {
          sock: sock as ConnectConfig['sock'],
          host: hop.address,
          port: hop.port,
          username: hop.user,
          privateKey,
          passphrase: this.opts.passphrase,
          password: this.opts.password,
          agent,
          // Our own timer covers the whole attempt; ssh2's must never fire first.
          readyTimeout: 24 * 3600 * 1000,
          keepaliveInterval: this.opts.keepaliveIntervalMs ?? DEFAULT_KEEPALIVE_MS,
          keepaliveCountMax: this.opts.keepaliveCountMax ?? 3,
          algorithms: { serverHostKey: hostKeyAlgorithms(check ? pinnedKeyTypes(check.knownHosts, hop.address, hop.port) : []) },
          hostVerifier: (key: Buffer, verify: (ok: boolean) => void) => {
            phase = 'during authentication';
            if (check) verifyHostKey(check, key, verify);
            else verify(true);
          },
        };
        client.connect(config);
      };

      client.once('ready', () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        client.removeAllListeners('error');
        client.on('error', () => undefined);
        resolve(client);
      });
      client.once('error', (err: Error & { level?: string }) => {
        if (hostKeyRefusal) return fail(hostKeyRefusal);
        if (err.level === 'client-authentication') {
          return fail(new UnreachableError(hop.host, hop.port, 'authentication failed', `as ${hop.user}`));
        }
        if (err.level === 'client-timeout') return fail(new UnreachableError(hop.host, hop.port, 'timed out', phase));
        fail(new UnreachableError(hop.host, hop.port, 'connection error', err.message));
      });
      // known_hosts is read first: the algorithms offered depend on the key types it pins.
      if (checking === 'off') connectWith(undefined);
      else readKnownHosts(knownHostsFile).then((knownHosts) => connectWith({ knownHosts, policy: checking }), (err: Error) => !settled && fail(err));
    });
  }

  private dropTransport(client: Client): void {
    const current = this.transport;
    if (!current || current.clients[current.clients.length - 1] !== client) return;
    this.transport = undefined;
    this.lossReason = current.lossReason;
    this.connecting = undefined;
    this.sftpChannel = undefined;
    destroyTransport(current);
  }

  private dropCurrent(): void {
    const current = this.transport;
    if (current) this.dropTransport(current.clients[current.clients.length - 1]);
  }

  async reconnect(signal?: AbortSignal): Promise<void> {
    this.dropCurrent();
    await this.client(signal);
  }

  /** Keeps the transport for `work` (a kill, a cleanup nobody waits for) until close()'s grace ends. */
  linger(work: Promise<unknown>): void {
    this.lingering.add(work);
  }

  /**
   * Lingering work gets a bounded grace, then every socket is destroyed, not ended: a graceful end
   * to a frozen host waits for a FIN that never comes and keeps the process alive.
   */
  async close(graceMs = CLOSE_GRACE_MS): Promise<void> {
    await this.lingering.settle(graceMs);
    this.closed = true;
    this.closing.abort();
    this.dropCurrent();
  }

  private lost(detail: string): UnreachableError {
    const why = this.transport?.lossReason ?? this.lossReason;
    return new UnreachableError(this.host, this.opts.port ?? 22, 'connection lost', why ? `${detail}: ${why}` : detail);
  }

  /** Bounded by `signal`: a frozen host never answers the open request, and ssh2 has no timeout for it. */
  private openExecChannel(client: Client, command: string, pty: boolean, signal: AbortSignal | undefined): Promise<OpenChannel> {
    return new Promise((resolve, reject) => {
      let done = false;
      const settle = () => {
        done = true;
        client.removeListener('close', onClose);
        signal?.removeEventListener('abort', onAbort);
      };
      const onClose = () => {
        settle();
        reject(this.lost('the connection closed while opening a channel'));
      };
      const onAbort = () => {
        settle();
        reject(new CancelledError());
      };
      client.once('close', onClose);
      signal?.addEventListener('abort', onAbort, { once: true });
      const callback = (err: Error | undefined, channel: ClientChannel) => {
        // A channel granted after the caller gave up is closed, not leaked into sshd's MaxSessions.
        if (done) return err ? undefined : channel.close();
        settle();
        if (err) return reject(err);
        // ssh2 can emit `exit` in this very tick (data buffers in the stream, events do not),
        // so it is captured here, before any await.
        const opened: OpenChannel = { channel, exit: undefined };
        channel.once('exit', (code: number | null, sig?: string) => {
          opened.exit = { rc: code ?? null, signal: sig ?? null };
        });
        resolve(opened);
      };
      try {
        client.exec(command, pty ? { pty: { term: 'dumb', rows: 24, cols: 200, width: 0, height: 0, modes: { ECHO: 0 } } } : {}, callback);
      } catch (err) {
        // ssh2 throws "Not connected" when the socket went between our check and this call.
        settle();
        reject(this.lost((err as Error).message));
      }
    });
  }

  /** sshd refuses channels beyond MaxSessions with "open failed": wait and try again. */
  private async channelWithRetry(command: string, pty: boolean, signal?: AbortSignal): Promise<OpenChannel> {
    for (let wait = 20; ; wait = Math.min(wait * 2, 500)) {
      const client = await this.client(signal);
      try {
        return await this.openExecChannel(client, command, pty, signal);
      } catch (err) {
        if (err instanceof CancelledError) throw err;
        if (!/open failed/i.test((err as Error).message)) {
          throw err instanceof UnreachableError ? err : this.lost((err as Error).message);
        }
      }
      await delay(wait, signal);
    }
  }

  async exec(command: string, options: ExecOptions = {}): Promise<ExecResult> {
    const { signal, become } = options;
    if (signal?.aborted) throw new CancelledError();
    const { wrapped, stdin, marker } = prepareCommand(command, options);
    // The login shell prints its pid (= the process group sshd gave it) so an abort can kill the
    // group; the command runs under /bin/sh whatever the login shell is (see execWithin).
    const full = `echo ${PID_MARKER}$$ >&2; ${execWithin(wrapped.command, options.timeoutSeconds, marker, wrapped.needsPty)}`;
    const limit = options.outputLimit ?? this.outputLimit;

    return this.limiter.run(async () => {
      const opened = await this.channelWithRetry(full, wrapped.needsPty, signal);
      this.stats.execs++;
      this.stats.roundTrips++;
      this.stats.bytesSent += full.length + stdin.length;
      return this.drain(opened, { wrapped, stdin, limit, marker, signal, become });
    }, signal);
  }

  /**
   * A command whose channel stays open (the warm helper), through the same become dialogue as an
   * exec. It is not counted against the exec channel limit: it holds its channel for the whole run.
   */
  async spawn(command: string, options: SpawnOptions): Promise<SpawnedCommand> {
    const wrapped = wrapCommand(command, options.become, newTaskMarker(), 0);
    // su reads its password from a terminal, which would cook every byte of the protocol.
    if (wrapped.needsPty) throw new ConfigError(`${this.host}: a long-lived command cannot run through su with a password`);
    const opened = await this.channelWithRetry(`exec ${wrapped.command}`, false, options.signal);
    this.stats.execs++;
    this.stats.roundTrips++;
    const { channel } = opened;
    let open = true;
    // A write racing the channel's end must not become an unhandled stream error.
    channel.on('error', () => undefined);
    const spawned: SpawnedCommand = {
      write: (data) => {
        if (!open) return;
        this.stats.bytesSent += Buffer.byteLength(data);
        channel.write(data);
      },
      close: () => {
        open = false;
        channel.close();
      },
    };
    return new Promise((resolve, reject) => {
      let started = false;
      const fail = (err: Error) => {
        session.stop();
        options.signal?.removeEventListener('abort', onAbort);
        channel.close();
        reject(err);
      };
      const onAbort = () => fail(new CancelledError());
      const session = new ExecSession(
        this.host,
        wrapped,
        {
          stdout: (chunk) => options.onStdout(chunk),
          stderr: (chunk) => options.onStderr?.(chunk),
          write: (text) => channel.write(text),
          start: () => {
            started = true;
            options.signal?.removeEventListener('abort', onAbort);
            resolve(spawned);
          },
          fail: (err) => fail(err),
        },
        this.becomeTimeoutMs(),
      );
      channel.on('data', (chunk: Buffer) => {
        this.stats.bytesReceived += chunk.length;
        session.stdout(chunk);
      });
      channel.stderr.on('data', (chunk: Buffer) => {
        this.stats.bytesReceived += chunk.length;
        session.stderr(chunk);
      });
      channel.on('close', () => {
        open = false;
        if (!started) return fail(opened.exit ? (session.end() ?? this.lost('the command ended before it started')) : this.lost('the channel closed before the command started'));
        options.onClose(opened.exit ? { exit: opened.exit } : { lost: this.lost('the channel of a long-lived command closed') });
      });
      options.signal?.addEventListener('abort', onAbort, { once: true });
      if (options.signal?.aborted) return onAbort();
      session.begin();
    });
  }

  /**
   * Collects a channel's output into bounded head+tail buffers until it closes, so a host that
   * prints gigabytes costs this process at most `limit` bytes per stream. With become, the
   * password and the command's stdin go when the dialogue says (see ExecSession).
   */
  private drain(opened: OpenChannel, how: DrainOptions): Promise<ExecResult> {
    const { channel } = opened;
    const { signal, become, wrapped } = how;
    const pty = wrapped.needsPty;
    // Under a pty the pid line arrives on the terminal's single stream.
    const probe = new PidProbe();
    const run = new SettlingExec(
      this.host,
      wrapped,
      { limit: how.limit, signal, becomeTimeoutMs: this.becomeTimeoutMs() },
      {
        write: (text) => channel.write(text),
        start: () => {
          // A terminal is never ended: its EOF would reach nobody (the command reads a counted stdin, see ptyStart).
          if (!pty) channel.end(how.stdin);
          else if (how.stdin.length > 0) channel.write(how.stdin);
        },
        stop: ({ cancelled, timedOut }) => {
          channel.close();
          // The kill goes on without the caller (close() gives it a grace): a frozen host must not
          // hold the task past its deadline.
          if (cancelled) this.killExec(probe.pid, how.marker, become);
          // su or sudo hanging before the command started runs in the login user's process group;
          // a kill through become would hang the same way.
          else if (timedOut) this.killExec(probe.pid, how.marker, undefined);
        },
      },
    );
    channel.on('data', (chunk: Buffer) => {
      this.stats.bytesReceived += chunk.length;
      run.stdout(pty ? probe.push(chunk) : chunk);
    });
    channel.stderr.on('data', (chunk: Buffer) => {
      this.stats.bytesReceived += chunk.length;
      run.stderr(pty ? chunk : probe.push(chunk));
    });
    channel.on('close', () => {
      if (run.isSettled) return;
      const held = probe.flush();
      if (pty) run.stdout(held);
      else run.stderr(held);
      if (!opened.exit) return run.failed(this.lost('the channel closed before the command exited'));
      run.exited(opened.exit.rc, opened.exit.signal);
    });
    // Aborted while the channel was opening: the command has started, and begin() kills it.
    run.begin();
    return run.result;
  }

  /** Ansible's become timeout: the connection timeout plus 2 s. */
  private becomeTimeoutMs(): number {
    return (this.opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS) + 2000;
  }

  /**
   * ssh2's channel.signal() is refused for root logins, so kill through a separate exec (see
   * killExecCommand): its process group and every process carrying its marker, setsid ones too.
   * It goes on in the background, bounded, since the connection may be the very thing that hangs.
   */
  private killExec(pid: number | undefined, marker: string, become: ExecOptions['become']): void {
    // No signal on the kill itself (aborting it would kill the killer); only the wait is bounded.
    this.linger(abortable(this.exec(killExecCommand(pid, marker), become ? { become } : {}), deadline(KILL_WAIT_MS).signal));
  }

  private sftp(): Promise<SFTPWrapper> {
    if (!this.sftpChannel) {
      const opening = this.client().then(
        (client) =>
          new Promise<SFTPWrapper>((resolve, reject) => {
            // ssh2 never answers a channel request on a connection that closes meanwhile.
            const onClose = () => reject(this.lost('the connection closed while opening the SFTP channel'));
            client.once('close', onClose);
            client.sftp((err, sftp) => {
              client.removeListener('close', onClose);
              if (err) return reject(this.lost(`could not open the SFTP channel: ${err.message}`));
              sftp.on('close', () => {
                if (this.sftpChannel === opening) this.sftpChannel = undefined;
              });
              resolve(sftp);
            });
          }),
      );
      this.sftpChannel = opening;
      opening.catch(() => {
        if (this.sftpChannel === opening) this.sftpChannel = undefined;
      });
    }
    return this.sftpChannel;
  }

  private countFileOp(): void {
    this.stats.fileOps++;
    this.stats.roundTrips++;
  }

  async put(remotePath: string, data: string | Buffer | { localPath: string }, mode = 0o600): Promise<void> {
    const body = typeof data === 'string' ? Buffer.from(data) : Buffer.isBuffer(data) ? data : await readFile(data.localPath);
    const sftp = await this.sftp();
    this.countFileOp();
    this.stats.bytesSent += body.length;
    const handle = await sftpCall<Buffer>((cb) => sftp.open(remotePath, 'w', { mode }, cb), remotePath, this.host);
    // Writes, chmod and close are pipelined: the server handles them in order, we wait once.
    const pending: Array<Promise<unknown>> = [];
    for (let offset = 0; offset < body.length; offset += WRITE_CHUNK) {
      const len = Math.min(WRITE_CHUNK, body.length - offset);
      pending.push(sftpCall((cb) => sftp.write(handle, body, offset, len, offset, cb), remotePath, this.host));
    }
    pending.push(sftpCall((cb) => sftp.fchmod(handle, mode, cb), remotePath, this.host));
    pending.push(sftpCall((cb) => sftp.close(handle, cb), remotePath, this.host));
    await Promise.all(pending);
  }

  async get(remotePath: string, options: GetOptions = {}): Promise<Buffer> {
    const sftp = await this.sftp();
    this.countFileOp();
    const handle = await sftpCall<Buffer>((cb) => sftp.open(remotePath, 'r', cb), remotePath, this.host);
    const chunks: Buffer[] = [];
    try {
      for (let position = 0; ; ) {
        const buffer = Buffer.alloc(READ_CHUNK);
        const read = await new Promise<number>((resolve, reject) =>
          sftp.read(handle, buffer, 0, READ_CHUNK, position, (err, bytesRead) => {
            if (err && (err as Error & { code?: number }).code === SFTP_EOF) resolve(0);
            else if (err) reject(sftpError(err, remotePath, this.host));
            else resolve(bytesRead);
          }),
        );
        chunks.push(buffer.subarray(0, read));
        position += read;
        if (options.maxBytes !== undefined && position > options.maxBytes) {
          throw new RemoteFileError(this.host, remotePath, 'EFBIG', `larger than ${options.maxBytes} bytes`);
        }
        if (read < READ_CHUNK) break;
      }
    } finally {
      // Nobody waits for the close: the data is already here.
      sftp.close(handle, () => undefined);
    }
    const body = Buffer.concat(chunks);
    this.stats.bytesReceived += body.length;
    return body;
  }

  async stat(remotePath: string): Promise<FileStat | null> {
    const sftp = await this.sftp();
    this.countFileOp();
    return new Promise((resolve, reject) =>
      sftp.stat(remotePath, (err, attrs) => {
        if (err && (err as Error & { code?: number }).code === SFTP_NO_SUCH_FILE) return resolve(null);
        if (err) return reject(sftpError(err, remotePath, this.host));
        resolve({
          size: attrs.size,
          mode: attrs.mode & 0o7777,
          isDirectory: attrs.isDirectory(),
          isFile: attrs.isFile(),
          mtime: attrs.mtime,
        });
      }),
    );
  }

  async mkdirp(remotePath: string, mode = 0o700): Promise<void> {
    const sftp = await this.sftp();
    this.countFileOp();
    const make = async (path: string): Promise<void> => {
      try {
        await sftpCall((cb) => sftp.mkdir(path, { mode }, cb), path, this.host);
        // The server's umask may have widened nothing but could have narrowed; set exactly.
        await sftpCall((cb) => sftp.chmod(path, mode, cb), path, this.host);
      } catch (err) {
        if (err instanceof RemoteFileError && err.code === 'ENOENT' && path.includes('/') && path !== '/') {
          await make(path.slice(0, path.lastIndexOf('/')) || '/');
          return make(path);
        }
        const existing = await new Promise<boolean>((resolve) => sftp.stat(path, (e, a) => resolve(!e && a.isDirectory())));
        if (!existing) throw err;
      }
    };
    await make(remotePath.replace(/\/+$/, ''));
  }

  async rmrf(remotePath: string): Promise<void> {
    // One exec beats a round trip per directory entry over SFTP.
    const result = await this.exec(`rm -rf -- ${shellQuote(remotePath)}`);
    if (result.rc !== 0) throw new ConfigError(`${this.host}: could not remove ${remotePath}: ${result.stderr.toString().trim()}`);
  }
}

interface DrainOptions {
  wrapped: WrappedCommand;
  /** The command's own stdin. */
  stdin: Buffer;
  /** Bytes kept of each stream. */
  limit: number;
  /** The exec's TASK_MARKER value, for killing its processes on abort. */
  marker: string;
  signal: AbortSignal | undefined;
  become: ExecOptions['become'];
}

interface OpenChannel {
  channel: ClientChannel;
  exit: { rc: number | null; signal: string | null } | undefined;
}

const SFTP_PERMISSION_DENIED = 3;

function sftpError(err: Error, path: string, host: string): RemoteFileError {
  const code = (err as Error & { code?: number }).code;
  const kind = code === SFTP_NO_SUCH_FILE ? 'ENOENT' : code === SFTP_PERMISSION_DENIED ? 'EACCES' : 'EIO';
  return new RemoteFileError(host, path, kind, err.message);
}

function sftpCall<T = void>(
  start: (cb: (err: Error | null | undefined, value?: T) => void) => void,
  path: string,
  host: string,
): Promise<T> {
  return new Promise((resolve, reject) =>
    start((err, value) => {
      if (err) reject(sftpError(err, path, host));
      else resolve(value as T);
    }),
  );
}

/** A polite SSH disconnect for a peer that still listens, then every socket destroyed at once. */
function destroyTransport(transport: Transport): void {
  for (const client of transport.clients) client.end();
  for (const sock of transport.sockets) sock.destroy();
}
