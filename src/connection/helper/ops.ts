/**
 * The operations of a Connection as warm-helper requests: each builds one request, checks the
 * shape of the reply (host data) and turns the helper's errors into the errors the plain path
 * gives (RemoteFileError codes, ConfigError for a bad environment name).
 */
import { ConfigError, RemoteFileError, type RemoteFileErrorCode } from '../../core/errors.js';
import { invalidEnvironmentNameMessage, isEnvironmentName } from '../environment.js';
import type { StreamTruncation } from '../head-tail.js';
import { stdinBytes, type ExecOptions, type ExecResult, type FileStat, type JobWatch, type OutputTruncation, type PythonRun } from '../types.js';
import { HelperRequestFailed, type HelperClient } from './client.js';
import { decodeBytes, HelperProtocolViolation, isObject } from './protocol.js';

/** What a watch ended with: the record is final, or the job's file (or its dir) is gone. */
export type WatchEnd = 'final' | 'gone' | 'cancelled';

export function helperExec(client: HelperClient, command: string, options: ExecOptions, outputLimit: number): Promise<ExecResult> {
  return commandRequest(client, 'exec', { command }, options, outputLimit);
}

/** `run` forked from the helper's interpreter (or started by it, when it runs another Python). */
export function helperPython(client: HelperClient, run: PythonRun, options: ExecOptions, outputLimit: number): Promise<ExecResult> {
  return commandRequest(client, 'python', { python: run.python, path: run.path, argv: run.argv }, options, outputLimit);
}

async function commandRequest(client: HelperClient, op: 'exec' | 'python', what: Record<string, unknown>, options: ExecOptions, outputLimit: number): Promise<ExecResult> {
  const env = options.env ?? {};
  const bad = Object.keys(env).find((name) => !isEnvironmentName(name));
  if (bad !== undefined) throw new ConfigError(invalidEnvironmentNameMessage(bad));
  const stdin = stdinBytes(options);
  const reply = await client.request(
    op,
    {
      ...what,
      env,
      ...(stdin.length > 0 ? { stdin: stdin.toString('base64') } : {}),
      ...(options.timeoutSeconds !== undefined ? { timeoutSeconds: options.timeoutSeconds } : {}),
      ...(options.detaches ? { detaches: true } : {}),
      outputLimit,
    },
    `running a command`,
    options.signal,
  );
  return execResult(reply);
}

function execResult(reply: Record<string, unknown>): ExecResult {
  const { rc, signal } = reply;
  if (!(rc === null || Number.isSafeInteger(rc)) || !(signal === null || typeof signal === 'string')) {
    throw new HelperProtocolViolation('an exec reply without a valid rc and signal');
  }
  const result: ExecResult = {
    rc: rc as number | null,
    signal: signal === null ? null : signal.replace(/[^A-Z0-9]/g, ''),
    stdout: decodeBytes(reply.stdout, 'an exec reply stdout'),
    stderr: decodeBytes(reply.stderr, 'an exec reply stderr'),
  };
  if (reply.truncated !== undefined) result.truncated = truncation(reply.truncated);
  return result;
}

function truncation(value: unknown): OutputTruncation {
  if (!isObject(value)) throw new HelperProtocolViolation('an exec reply with a malformed truncation');
  const stream = (cut: unknown): StreamTruncation | undefined => {
    if (cut === undefined) return undefined;
    if (!isObject(cut) || !Number.isSafeInteger(cut.kept) || !Number.isSafeInteger(cut.total)) {
      throw new HelperProtocolViolation('an exec reply with a malformed truncation');
    }
    return { kept: cut.kept as number, total: cut.total as number };
  };
  const stdout = stream(value.stdout);
  const stderr = stream(value.stderr);
  return { ...(stdout ? { stdout } : {}), ...(stderr ? { stderr } : {}) };
}

const FILE_CODES: ReadonlySet<string> = new Set(['ENOENT', 'EACCES', 'EIO', 'EFBIG']);

/** A file op's request, its helper error as a RemoteFileError for `path`, as the SFTP path reports it. */
async function fileRequest(client: HelperClient, host: string, op: string, path: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  try {
    return await client.request(op, { path, ...body }, `${op === 'get' ? 'reading' : op === 'put' ? 'writing' : op === 'stat' ? 'checking' : 'creating'} ${path}`);
  } catch (err) {
    if (!(err instanceof HelperRequestFailed)) throw err;
    const code = (FILE_CODES.has(err.code) ? err.code : 'EIO') as RemoteFileErrorCode;
    throw new RemoteFileError(host, path, code, err.message);
  }
}

export async function helperPut(client: HelperClient, host: string, path: string, body: Buffer, mode: number): Promise<void> {
  await fileRequest(client, host, 'put', path, { data: body.toString('base64'), mode });
}

export async function helperGet(client: HelperClient, host: string, path: string, maxBytes: number): Promise<Buffer> {
  const reply = await fileRequest(client, host, 'get', path, { maxBytes });
  const data = decodeBytes(reply.data, 'a file read reply');
  // The helper reads at most maxBytes + 1; a bigger answer is not the file castoff asked for.
  if (data.length > maxBytes) throw new HelperProtocolViolation(`a file read reply larger than the ${maxBytes} bytes asked for`);
  return data;
}

export async function helperStat(client: HelperClient, host: string, path: string): Promise<FileStat | null> {
  const reply = await fileRequest(client, host, 'stat', path, {});
  const info = reply.stat;
  if (info === null) return null;
  if (
    !isObject(info) ||
    !Number.isSafeInteger(info.size) ||
    !Number.isSafeInteger(info.mode) ||
    !Number.isSafeInteger(info.mtime) ||
    typeof info.isDirectory !== 'boolean' ||
    typeof info.isFile !== 'boolean'
  ) {
    throw new HelperProtocolViolation('a stat reply of the wrong shape');
  }
  return { size: info.size as number, mode: (info.mode as number) & 0o7777, isDirectory: info.isDirectory, isFile: info.isFile, mtime: info.mtime as number };
}

export async function helperMkdirp(client: HelperClient, host: string, path: string, mode: number): Promise<void> {
  await fileRequest(client, host, 'mkdirp', path, { mode });
}

export async function helperWatch(client: HelperClient, job: JobWatch, signal: AbortSignal): Promise<WatchEnd> {
  const reply = await client.request('watch', { asyncDir: job.asyncDir, jid: job.jid }, `watching job ${job.jid}`, signal);
  const { state } = reply;
  if (state !== 'final' && state !== 'gone' && state !== 'cancelled') throw new HelperProtocolViolation('a watch reply of the wrong shape');
  return state;
}
