/**
 * Reading a job's status file: one round trip (the wrapper's --read-status, run as the job's user),
 * then the record is classified. A record with `started` is a running job; one without it is final.
 * A file larger than the wrapper ever writes is reported unreadable without being read whole. The
 * wrapper reads only from an async dir no other user can change, so a forged record in a foreign,
 * shared or symlinked directory is never taken for the job's.
 */
import { delay, moduleResultLimit, runPython, type Connection } from '../connection/index.js';
import type { AsyncJob } from './job.js';
import { cleanModuleReturn, type ModuleResult } from '../core/index.js';
import { withDerivedLines } from './output-limit.js';

export type JobStatus =
  | { state: 'running'; record: ModuleResult }
  | { state: 'finished'; record: ModuleResult }
  /**
   * The record says running, but the job's watchdog is gone (killed, out of memory, the host
   * restarted): nobody will ever write its final record.
   */
  | { state: 'orphaned'; record: ModuleResult; message: string }
  | { state: 'missing' }
  | { state: 'unreadable'; message: string }
  /** The async dir could be changed by another user, so its records could be forged: never read. */
  | { state: 'refused'; message: string }
  | { state: 'corrupt'; message: string };

export type JobRef = Pick<AsyncJob, 'jid' | 'resultsFile' | 'asyncDir' | 'become' | 'python' | 'wrapperPath'>;

// The exit codes of async_wrapper.py --read-status.
const READ_MISSING = 3;
const READ_REFUSED = 4;
const READ_ORPHANED = 6;

const REREADS = 3;
const REREAD_DELAY_MS = 50;

async function readOnce(conn: Connection, job: JobRef, signal?: AbortSignal): Promise<JobStatus | { state: 'text'; text: string; orphaned: boolean }> {
  // The wrapper keeps a record within this; anything bigger is never read whole.
  const maxBytes = moduleResultLimit(conn.outputLimit);
  const tooLarge: JobStatus = {
    state: 'unreadable',
    message: `${conn.host}: the job file ${job.resultsFile} is too large to read: more than ${maxBytes} bytes (output_limit ${conn.outputLimit})`,
  };
  const r = await runPython(
    conn,
    { python: job.python, path: job.wrapperPath, argv: ['--read-status', job.asyncDir, job.jid, String(maxBytes)] },
    { become: job.become, signal, outputLimit: maxBytes + 1 },
  );
  if (r.rc === 0 || r.rc === READ_ORPHANED) return r.stdout.length > maxBytes ? tooLarge : { state: 'text', text: r.stdout.toString(), orphaned: r.rc === READ_ORPHANED };
  if (r.rc === READ_MISSING) return { state: 'missing' };
  const why = r.stderr.toString().trim() || r.stdout.toString().trim() || `rc ${r.rc}`;
  if (r.rc === READ_REFUSED) return { state: 'refused', message: `${conn.host}: refusing to read the job file ${job.resultsFile}: ${why}` };
  return { state: 'unreadable', message: `the job file ${job.resultsFile} is unreadable: ${why}` };
}

/**
 * Corrupt or unreadable files are read again a few times before they are reported, since a
 * reader racing a writer on a filesystem without atomic rename could see a torn write.
 */
export async function readJobStatus(conn: Connection, job: JobRef, signal?: AbortSignal): Promise<JobStatus> {
  let last: JobStatus = { state: 'missing' };
  for (let attempt = 0; attempt < REREADS; attempt++) {
    if (attempt > 0) await delay(REREAD_DELAY_MS, signal);
    const read = await readOnce(conn, job, signal);
    if (read.state !== 'text') {
      if (read.state === 'missing' || read.state === 'refused') return read;
      last = read;
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(read.text);
    } catch (err) {
      last = { state: 'corrupt', message: `the job file ${job.resultsFile} is corrupt (not JSON): ${(err as Error).message}` };
      continue;
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      last = { state: 'corrupt', message: `the job file ${job.resultsFile} is corrupt (not a JSON object)` };
      continue;
    }
    const rec = record as ModuleResult;
    if (!('started' in rec)) return { state: 'finished', record: rec };
    return read.orphaned ? { state: 'orphaned', record: rec, message: orphanedMessage(job, rec) } : { state: 'running', record: rec };
  }
  return last;
}

function orphanedMessage(job: JobRef, record: ModuleResult): string {
  const pid = Number.isSafeInteger(record.pid) ? ` (pid ${String(record.pid)})` : '';
  return `the job's watchdog${pid} is gone (killed, out of memory, or the host restarted), so job ${job.jid} can never finish: it ended without a result`;
}

/** The output fields Ansible's async_status reports for a job whose module printed none. */
const noOutput = () => ({ stdout: '', stderr: '', stdout_lines: [] as string[], stderr_lines: [] as string[] });

/** async_status's view of a running job. */
export function runningResult(job: Pick<AsyncJob, 'jid' | 'resultsFile'>): ModuleResult {
  return {
    started: 1,
    finished: 0,
    ansible_job_id: job.jid,
    results_file: job.resultsFile,
    ...noOutput(),
    changed: false,
  };
}

/** The module's record as Ansible registers it once finished: `finished: 1`, `_lines` derived. */
export function finishedResult(job: Pick<AsyncJob, 'jid' | 'resultsFile'>, record: ModuleResult): ModuleResult {
  // A finished job's record is the module's return, cleaned as Ansible cleans any module's.
  // Ansible's async_status starts from empty output fields, which a module's own return replaces.
  const result = { ...noOutput(), ...withDerivedLines({ ...cleanModuleReturn(record), started: 1, finished: 1, ansible_job_id: job.jid, results_file: job.resultsFile }) };
  if (!('changed' in result)) result.changed = false;
  return result;
}

/** What the host's code and the controller both say of a job that has no status file. */
const MISSING_JOB_MSG = 'could not find job';

/** The result for a job that has no status file (docs/async-protocol.md section 5). */
export interface MissingJobResult extends ModuleResult {
  failed: true;
  msg: typeof MISSING_JOB_MSG;
  started: 1;
  finished: 1;
  ansible_job_id: string;
}

export function missingResult(jid: string): MissingJobResult {
  return { failed: true, msg: MISSING_JOB_MSG, started: 1, finished: 1, ansible_job_id: jid };
}

/**
 * Whether a result says the job has no status file: the controller's own, or a reply of the host's
 * wrapper (--terminate) or async_status module, which say it with this message (the wire format).
 */
export function isMissingJob(result: ModuleResult): result is MissingJobResult {
  return result.msg === MISSING_JOB_MSG;
}
