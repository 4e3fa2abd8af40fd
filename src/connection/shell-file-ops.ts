/**
 * File operations through a connection's own exec, for connection kinds that have no file channel
 * (docker exec has no SFTP): each one is one shell command, paths always quoted, and the host's
 * answer mapped to the errors SFTP and node:fs give.
 */
import { RemoteFileError } from '../core/errors.js';
import { shellQuote } from './quote.js';
import type { Connection, ExecResult, FileStat, GetOptions } from './types.js';

// Exit codes the scripts below choose for the errors a caller tells apart (sysexits' NOINPUT, NOPERM).
const NO_SUCH_FILE = 66;
const PERMISSION_DENIED = 77;

/** `test` checks first, so the cause is known whatever language the host's tools speak. */
function checked(path: string): string {
  const p = shellQuote(path);
  return `[ -e ${p} ] || exit ${NO_SUCH_FILE}; [ -r ${p} ] || exit ${PERMISSION_DENIED}`;
}

function octal(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}

export class ShellFileOps {
  constructor(private readonly connection: Pick<Connection, 'host' | 'exec'>) {}

  /** Created 0600 (umask 077), then given exactly `mode`, as an SFTP open and fchmod do. */
  async put(remotePath: string, body: Buffer, mode: number): Promise<void> {
    const p = shellQuote(remotePath);
    // Shells word a missing directory each their own way; the test says it in an exit code.
    const script = `[ -d "$(dirname -- ${p})" ] || exit ${NO_SUCH_FILE}; umask 077; cat > ${p} && chmod ${octal(mode)} ${p}`;
    this.check(remotePath, await this.connection.exec(script, { stdin: body }));
  }

  async get(remotePath: string, options: GetOptions = {}): Promise<Buffer> {
    const p = shellQuote(remotePath);
    const max = options.maxBytes;
    // One byte past the limit tells a file at the limit from one beyond it.
    const read = max === undefined ? `cat -- ${p}` : `head -c ${max + 1} -- ${p}`;
    const script = `${checked(remotePath)}; [ ! -d ${p} ] || { echo 'is a directory' >&2; exit 1; }; exec ${read}`;
    const result = await this.connection.exec(script, { outputLimit: max === undefined ? Number.MAX_SAFE_INTEGER : max + 1 });
    this.check(remotePath, result);
    if (max !== undefined && result.stdout.length > max) throw new RemoteFileError(this.connection.host, remotePath, 'EFBIG', `larger than ${max} bytes`);
    return result.stdout;
  }

  /** null when nothing is there; symbolic links are followed, as SFTP's stat does. */
  async stat(remotePath: string): Promise<FileStat | null> {
    const p = shellQuote(remotePath);
    const result = await this.connection.exec(`[ -e ${p} ] || exit ${NO_SUCH_FILE}; exec stat -L -c '%s %f %Y' -- ${p}`);
    if (result.rc === NO_SUCH_FILE) return null;
    this.check(remotePath, result);
    const fields = result.stdout.toString('utf8').trim().split(' ');
    const [size, mode, mtime] = [Number(fields[0]), parseInt(fields[1] ?? '', 16), Number(fields[2])];
    // What the host prints is checked like any input.
    if (fields.length !== 3 || ![size, mode, mtime].every(Number.isSafeInteger)) {
      throw new RemoteFileError(this.connection.host, remotePath, 'EIO', `stat printed something unexpected: ${JSON.stringify(result.stdout.toString('utf8').slice(0, 200))}`);
    }
    const type = mode & 0o170000;
    return { size, mode: mode & 0o7777, isDirectory: type === 0o040000, isFile: type === 0o100000, mtime };
  }

  /** A directory already there keeps its mode, as with SFTP. */
  async mkdirp(remotePath: string, mode: number): Promise<void> {
    const p = shellQuote(remotePath);
    this.check(remotePath, await this.connection.exec(`[ -d ${p} ] || { mkdir -p -- ${p} && chmod ${octal(mode)} ${p}; }`));
  }

  async rmrf(remotePath: string): Promise<void> {
    this.check(remotePath, await this.connection.exec(`rm -rf -- ${shellQuote(remotePath)}`));
  }

  private check(path: string, result: ExecResult): void {
    if (result.rc === 0) return;
    const said = result.stderr.toString('utf8').trim();
    if (result.rc === NO_SUCH_FILE) throw new RemoteFileError(this.connection.host, path, 'ENOENT', 'no such file or directory');
    if (result.rc === PERMISSION_DENIED || /permission denied/i.test(said)) throw new RemoteFileError(this.connection.host, path, 'EACCES', said || 'permission denied');
    if (/no such file or directory/i.test(said)) throw new RemoteFileError(this.connection.host, path, 'ENOENT', said);
    throw new RemoteFileError(this.connection.host, path, 'EIO', said || `exit code ${result.rc ?? result.signal}`);
  }
}
