/**
 * Reading a job's status file: one round trip (an SFTP read, or `head` as the become user), then
 * the record is classified. A record with `started` is a running job; one without it is final. A
 * file larger than the wrapper ever writes is reported unreadable without being read whole.
 */
import { abortable, delay, moduleResultLimit, shellQuote, type Connection } from '../connection/index.js';
import { CancelledError, RemoteFileError } from '../errors.js';
import type { AsyncJob, ModuleResult } from './job.js';
import { withDerivedLines } from './output-limit.js';

export type JobStatus =
  | { state: 'running'; record: ModuleResult }
  | { state: 'finished'; record: ModuleResult }
  | { state: 'missing' }
  | { state: 'unreadable'; message: string }
  | { state: 'corrupt'; message: string };

export type JobRef = Pick<AsyncJob, 'jid' | 'resultsFile' | 'become'>;

const REREADS = 3;
const REREAD_DELAY_MS = 50;

async function readOnce(conn: Connection, job: JobRef, signal?: AbortSignal): Promise<JobStatus | { state: 'text'; text: string }> {
  // The wrapper keeps a record within this; anything bigger is never read whole.
  const maxBytes = moduleResultLimit(conn.outputLimit);
  const tooLarge: JobStatus = {
    state: 'unreadable',
    message: `${conn.host}: the job file ${job.resultsFile} is too large to read: more than ${maxBytes} bytes (output_limit ${conn.outputLimit})`,
  };
  if (job.become) {
    const r = await conn.exec(`head -c ${maxBytes + 1} -- ${shellQuote(job.resultsFile)}`, { become: job.become, signal, outputLimit: maxBytes + 1 });
    if (r.rc === 0) return r.stdout.length > maxBytes ? tooLarge : { state: 'text', text: r.stdout.toString() };
    const why = r.stderr.toString().trim();
    if (/No such file/.test(why)) return { state: 'missing' };
    return { state: 'unreadable', message: `the job file ${job.resultsFile} is unreadable: ${why}` };
  }
  try {
    // A file read takes no signal, yet a poll on a stuck transport must end at its deadline.
    return { state: 'text', text: (await abortable(conn.get(job.resultsFile, { maxBytes }), signal)).toString() };
  } catch (err) {
    if (err instanceof RemoteFileError) {
      if (err.code === 'ENOENT') return { state: 'missing' };
      if (err.code === 'EFBIG') return tooLarge;
      return { state: 'unreadable', message: `the job file ${job.resultsFile} is unreadable: ${err.message}` };
    }
    throw err;
  }
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
      if (read.state === 'missing') return read;
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
    return 'started' in rec ? { state: 'running', record: rec } : { state: 'finished', record: rec };
  }
  return last;
}

/** async_status's view of a running job. */
export function runningResult(job: Pick<AsyncJob, 'jid' | 'resultsFile'>): ModuleResult {
  return {
    started: 1,
    finished: 0,
    ansible_job_id: job.jid,
    results_file: job.resultsFile,
    stdout: '',
    stderr: '',
    stdout_lines: [],
    stderr_lines: [],
    changed: false,
  };
}

/** The module's record as Ansible registers it once finished: `finished: 1`, `_lines` derived. */
export function finishedResult(job: Pick<AsyncJob, 'jid' | 'resultsFile'>, record: ModuleResult): ModuleResult {
  const result = withDerivedLines({ ...record, started: 1, finished: 1, ansible_job_id: job.jid, results_file: job.resultsFile });
  if (!('changed' in result)) result.changed = false;
  return result;
}

export function missingResult(jid: string): ModuleResult {
  return { failed: true, msg: 'could not find job', started: 1, finished: 1, ansible_job_id: jid };
}
