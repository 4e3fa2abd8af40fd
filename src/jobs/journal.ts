/**
 * The local job journal: one JSON line per event in `~/.castoff/jobs/journal.jsonl` (or
 * `$CASTOFF_HOME/jobs/`). Every async job a run starts is appended the moment its launch returns,
 * synchronously, so a controller killed with SIGKILL right after a launch still leaves a line that
 * lets a later process find, wait on or kill the job. The file is only ever appended to; the
 * current state of a job is the last event about it.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { LaunchedJob } from '../executor/index.js';

export interface JournalOptions {
  /** Replaces `~/.castoff`; default `$CASTOFF_HOME`, then `~/.castoff`. */
  home?: string;
  /** Groups the jobs of one run; default one id per process. */
  runId?: string;
}

export interface LaunchEntry {
  event: 'launched';
  /** ISO 8601 time the line was written. */
  time: string;
  runId: string;
  host: string;
  jid: string;
  resultsFile: string;
  asyncDir: string;
  limit: number;
  launchedAtEpoch: number;
  poll: number;
  become: { method: string; user?: string } | null;
  python: string;
  wrapperPath: string;
  argsFile?: string;
  /** How the run reached the host, without passwords or key material. */
  connection: LaunchedJob['connection'];
}

/** What happened to a job after its launch. */
export type JobEventKind = 'collected' | 'killed' | 'cleaned';

export interface JobEventEntry {
  event: JobEventKind;
  jid: string;
  host: string;
  time: string;
}

export type JournalEntry = LaunchEntry | JobEventEntry;

/** A journalled job and the last thing the journal knows about it. */
export interface KnownJob {
  launch: LaunchEntry;
  state: 'launched' | JobEventKind;
  /** Time of the last event. */
  since: string;
}

const PROCESS_RUN_ID = randomUUID();

export function castoffHome(options: JournalOptions = {}): string {
  return options.home ?? (process.env.CASTOFF_HOME || join(homedir(), '.castoff'));
}

export function journalFile(options: JournalOptions = {}): string {
  return join(castoffHome(options), 'jobs', 'journal.jsonl');
}

function append(entry: JournalEntry, options: JournalOptions): void {
  const file = journalFile(options);
  // The journal names hosts, users and key paths: private to its owner, like ~/.ssh.
  mkdirSync(join(castoffHome(options), 'jobs'), { recursive: true, mode: 0o700 });
  const fd = openSync(file, 'a+', 0o600);
  try {
    // A writer killed mid-line leaves a torn tail; starting on a fresh line keeps this entry whole.
    const size = fstatSync(fd).size;
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = '\n';
    }
    appendFileSync(fd, `${prefix}${JSON.stringify(entry)}\n`);
  } finally {
    closeSync(fd);
  }
}

/** Appends the launch of an async job (as `runPlaybook`'s `onJobLaunched` reports it). */
export function recordLaunch(launch: LaunchedJob, options: JournalOptions = {}): LaunchEntry {
  const { job } = launch;
  const entry: LaunchEntry = {
    event: 'launched',
    time: new Date().toISOString(),
    runId: options.runId ?? PROCESS_RUN_ID,
    host: launch.host,
    jid: job.jid,
    resultsFile: job.resultsFile,
    asyncDir: job.asyncDir,
    limit: job.limit,
    launchedAtEpoch: job.launchedAtEpoch,
    poll: launch.poll,
    become: job.become ? { method: job.become.method, ...(job.become.user !== undefined ? { user: job.become.user } : {}) } : null,
    python: job.python,
    wrapperPath: job.wrapperPath,
    argsFile: job.argsFile,
    connection: launch.connection,
  };
  append(entry, options);
  return entry;
}

/** Appends that a job's result was collected, the job killed, or its files erased. */
export function recordJobEvent(event: JobEventKind, job: { host: string; jid: string }, options: JournalOptions = {}): void {
  append({ event, jid: job.jid, host: job.host, time: new Date().toISOString() }, options);
}

const EVENTS = new Set(['launched', 'collected', 'killed', 'cleaned']);

function isEntry(value: unknown): value is JournalEntry {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.event === 'string' && EVENTS.has(v.event) && typeof v.jid === 'string' && typeof v.host === 'string';
}

/**
 * Every entry, oldest first. Lines that are not whole entries are skipped: the last one may have
 * been torn by a writer that died mid-write, and one bad line must not hide every other job.
 */
export function journalEntries(options: JournalOptions = {}): JournalEntry[] {
  const file = journalFile(options);
  if (!existsSync(file)) return [];
  const entries: JournalEntry[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue;
    }
    if (isEntry(parsed)) entries.push(parsed);
  }
  return entries;
}

/** One record per host and job id, in launch order, each with its latest state. */
export function knownJobs(options: JournalOptions = {}): KnownJob[] {
  const jobs = new Map<string, KnownJob>();
  for (const entry of journalEntries(options)) {
    const key = `${entry.host}\u0000${entry.jid}`;
    if (entry.event === 'launched') {
      jobs.set(key, { launch: entry, state: 'launched', since: entry.time });
      continue;
    }
    const job = jobs.get(key);
    // An event about a job launched elsewhere (another journal) has nothing to attach to.
    if (job) {
      job.state = entry.event;
      job.since = entry.time;
    }
  }
  return [...jobs.values()];
}
