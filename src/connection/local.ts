/**
 * The same interface on the controller itself (`localhost`, `connection: local`): commands run
 * through /bin/sh in their own process group, files through node:fs.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { BecomeError, CancelledError, RemoteFileError } from '../core/errors.js';
import { DEFAULT_OUTPUT_LIMIT } from './head-tail.js';
import { execWithin, killExecCommand } from './quote.js';
import { LingeringWork } from './abortable.js';
import { prepareCommand } from './settling-exec.js';
import { spawnExec } from './spawned-exec.js';
import { CLOSE_GRACE_MS, emptyStats, type Connection, type ExecOptions, type ExecResult, type FileStat, type GetOptions } from './types.js';

export class LocalConnection implements Connection {
  readonly stats = emptyStats();
  private readonly lingering = new LingeringWork();

  constructor(
    readonly host = 'localhost',
    readonly outputLimit = DEFAULT_OUTPUT_LIMIT,
  ) {}

  async exec(command: string, options: ExecOptions = {}): Promise<ExecResult> {
    if (options.signal?.aborted) throw new CancelledError();
    const { wrapped, stdin, marker } = prepareCommand(command, options);
    if (wrapped.needsPty) throw new BecomeError(`${this.host}: su with a password needs an SSH connection (a terminal)`);
    this.stats.execs++;
    this.stats.roundTrips++;
    return spawnExec({
      host: this.host,
      argv: ['/bin/sh', '-c', execWithin(wrapped.command, options.timeoutSeconds, marker)],
      detached: true,
      wrapped,
      stdin,
      limit: options.outputLimit ?? this.outputLimit,
      signal: options.signal,
      // The same kill as on a remote host: the group and every process carrying the marker.
      kill: (child) => {
        const killer = spawn('/bin/sh', ['-c', killExecCommand(child.pid, marker)], { stdio: 'ignore' });
        killer.on('error', () => undefined);
      },
    });
  }

  async put(remotePath: string, data: string | Buffer | { localPath: string }, mode = 0o600): Promise<void> {
    this.stats.fileOps++;
    this.stats.roundTrips++;
    const body = typeof data === 'string' || Buffer.isBuffer(data) ? data : await readFile(data.localPath);
    await writeFile(remotePath, body, { mode });
    await chmod(remotePath, mode);
  }

  async get(remotePath: string, options: GetOptions = {}): Promise<Buffer> {
    this.stats.fileOps++;
    this.stats.roundTrips++;
    try {
      const handle = await open(remotePath, 'r');
      try {
        const max = options.maxBytes;
        if (max === undefined) return await handle.readFile();
        // One byte past the limit tells a file at the limit from one beyond it.
        const buffer = Buffer.alloc(max + 1);
        let read = 0;
        for (let n = -1; n !== 0 && read <= max; read += n) n = (await handle.read(buffer, read, max + 1 - read, read)).bytesRead;
        if (read > max) throw new RemoteFileError(this.host, remotePath, 'EFBIG', `larger than ${max} bytes`);
        return buffer.subarray(0, read);
      } finally {
        await handle.close();
      }
    } catch (err) {
      if (err instanceof RemoteFileError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      const kind = code === 'ENOENT' ? 'ENOENT' : code === 'EACCES' ? 'EACCES' : 'EIO';
      throw new RemoteFileError(this.host, remotePath, kind, (err as Error).message);
    }
  }

  async stat(remotePath: string): Promise<FileStat | null> {
    this.stats.fileOps++;
    this.stats.roundTrips++;
    try {
      const s = await stat(remotePath);
      return { size: s.size, mode: s.mode & 0o7777, isDirectory: s.isDirectory(), isFile: s.isFile(), mtime: Math.floor(s.mtimeMs / 1000) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async mkdirp(remotePath: string, mode = 0o700): Promise<void> {
    this.stats.fileOps++;
    this.stats.roundTrips++;
    await mkdir(remotePath, { recursive: true, mode });
    await chmod(remotePath, mode);
  }

  async rmrf(remotePath: string): Promise<void> {
    this.stats.fileOps++;
    this.stats.roundTrips++;
    await rm(remotePath, { recursive: true, force: true });
  }

  async connect(): Promise<void> {}

  async reconnect(): Promise<void> {}

  linger(work: Promise<unknown>): void {
    this.lingering.add(work);
  }

  async close(graceMs = CLOSE_GRACE_MS): Promise<void> {
    await this.lingering.settle(graceMs);
  }
}
