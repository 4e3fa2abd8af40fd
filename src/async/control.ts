/**
 * Acting on a job after its launch: terminate it (its whole process tree, through the wrapper's
 * --terminate entry point) or erase its files. Both take a job id and resolve the job's files as
 * the user it runs as, so they work on jobs from earlier runs too.
 */
import { dirname } from 'node:path/posix';
import { moduleResultLimit, shellQuote, type BecomeOptions, type Connection } from '../connection/index.js';
import { assertValidJobId, type AsyncJob } from './job.js';
import type { ModuleResult } from '../core/index.js';
import { installRuntime, runtimeBundle, type RunsAs } from '../target/index.js';
import { finishedResult, isMissingJob, missingResult } from './status.js';

/** A job by id, and as whom it runs (`asyncDir` may start with `~`). */
export interface JobAddress extends RunsAs {
  jid: string;
}

export interface ResolvedJob {
  jid: string;
  become?: BecomeOptions;
  asyncDir: string;
  resultsFile: string;
  python: string;
  wrapperPath: string;
  argsFile?: string;
}

/** Turns a job id (validated first) into absolute paths on the host, as the job's user. */
export async function resolveJob(conn: Connection, address: JobAddress | AsyncJob, signal?: AbortSignal): Promise<ResolvedJob> {
  assertValidJobId(address.jid);
  if ('resultsFile' in address) return address;
  const runtime = await installRuntime(conn, runtimeBundle(), { become: address.become, python: address.python, asyncDir: address.asyncDir, signal });
  return {
    jid: address.jid,
    become: address.become,
    asyncDir: runtime.asyncDir,
    resultsFile: `${runtime.asyncDir}/${address.jid}`,
    python: runtime.python,
    wrapperPath: `${runtime.dir}/async_wrapper.py`,
    argsFile: `${runtime.argsDir}/${address.jid.split('.')[0]}.json`,
  };
}

export interface TerminateOptions {
  /** Seconds between TERM and KILL; default 2. */
  grace?: number;
  signal?: AbortSignal;
}

/**
 * TERM to the job's whole process tree, then KILL after the grace. Returns the final record with
 * `finished: 1`: `killed: true` normally, the real result when the job had already finished.
 */
export async function terminateJob(conn: Connection, address: JobAddress | AsyncJob, options: TerminateOptions = {}): Promise<ModuleResult> {
  const job = await resolveJob(conn, address, options.signal);
  const grace = options.grace ?? 2;
  // The arguments file is only read when the job starts; once the job is over it is litter.
  const removeArgs = job.argsFile ? `; rc=$?; rm -f -- ${shellQuote(job.argsFile)}; exit $rc` : '';
  const r = await conn.exec(
    `${shellQuote(job.python)} ${shellQuote(job.wrapperPath)} --terminate ${shellQuote(job.asyncDir)} ${job.jid} ${grace}${removeArgs}`,
    // The reply is the job's final record, which may hold both output streams at their limit.
    { become: job.become, signal: options.signal, outputLimit: moduleResultLimit(conn.outputLimit) },
  );
  const line = r.stdout.toString().trim().split('\n').pop() ?? '';
  let record: ModuleResult;
  try {
    record = JSON.parse(line) as ModuleResult;
  } catch {
    return { failed: true, msg: `${conn.host}: could not terminate job ${job.jid}: ${r.stderr.toString().trim() || `rc ${r.rc}`}`, ansible_job_id: job.jid };
  }
  if (isMissingJob(record)) return missingResult(job.jid);
  if (record.finished === undefined && record.failed) return { ...record, ansible_job_id: job.jid };
  return finishedResult({ jid: job.jid, resultsFile: job.resultsFile }, record);
}

/**
 * Erases a finished job's status and arguments files. A running job is refused (terminate it
 * first), so cleanup never hides a job that still runs. The check and the removal happen on the
 * host in one exec of the async_status module, so they cannot race and cost one round trip.
 */
export async function cleanupJob(conn: Connection, address: JobAddress | AsyncJob, signal?: AbortSignal): Promise<ModuleResult> {
  const job = await resolveJob(conn, address, signal);
  const module = `${dirname(job.wrapperPath)}/modules/async_status.py`;
  const r = await conn.exec(`cat | ${shellQuote(job.python)} ${shellQuote(module)} /dev/stdin`, {
    stdin: JSON.stringify({ jid: job.jid, mode: 'cleanup', _async_dir: job.asyncDir, _castoff_args_file: job.argsFile }),
    become: job.become,
    signal,
  });
  const line = r.stdout.toString().trim().split('\n').pop() ?? '';
  try {
    const result = JSON.parse(line) as ModuleResult;
    return isMissingJob(result) ? missingResult(job.jid) : { changed: false, ...result };
  } catch {
    return { failed: true, changed: false, msg: `${conn.host}: could not clean up job ${job.jid}: ${r.stderr.toString().trim() || `rc ${r.rc}`}`, ansible_job_id: job.jid };
  }
}

export async function removeJobFiles(conn: Connection, job: Pick<ResolvedJob, 'resultsFile' | 'argsFile' | 'become'>, signal?: AbortSignal): Promise<void> {
  const paths = [job.resultsFile, job.argsFile].filter((p): p is string => p !== undefined);
  await conn.exec(`rm -f -- ${paths.map(shellQuote).join(' ')}`, { become: job.become, signal });
}
