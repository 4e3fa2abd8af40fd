/**
 * The local job journal: one JSON line per event in `~/.castoff/jobs/journal.jsonl` (or
 * `$CASTOFF_HOME/jobs/`). Before each async launch a `launching` line (host, job id prefix, files,
 * connection) is appended and synced, and a `launched` line once the job id is known, so a
 * controller killed with SIGKILL at any moment still leaves what a later process needs to find,
 * wait on or kill the job. The current state of a job is the last event about it. The file is
 * appended to under a lock, and rewritten (temp file, fsync, rename) only to drop jobs that ended.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { LaunchedJob, LaunchingJob } from './records.js';
import { jidPrefix, parseJournalLine, type JobEventEntry, type JobEventKind, type JournalEntry, type LaunchEntry, type LaunchingEntry } from './entries.js';
import { JournalError, withJournalLock } from './lock.js';

export interface JournalOptions {
  /** Replaces `~/.castoff`; default `$CASTOFF_HOME`, then `~/.castoff`. */
  home?: string;
  /** Groups the jobs of one run; default one id per process. */
  runId?: string;
  /** Past this size an append compacts the journal; default `$CASTOFF_JOURNAL_COMPACT_BYTES`, then 1 MiB. */
  compactAtBytes?: number;
}

/** What the journal knows of a launch; `jid` and `resultsFile` are missing until the wrapper replied. */
export type JobLaunch = Omit<LaunchingEntry, 'event' | 'time' | 'argsFile'> & { argsFile?: string; jid?: string; resultsFile?: string };

export type JobJournalState = 'launching' | 'launched' | JobEventKind;

/** A journalled job and the last thing the journal knows about it. */
export interface KnownJob {
  launch: JobLaunch;
  state: JobJournalState;
  /** Time of the last event. */
  since: string;
}

/** A line of the journal that is not an entry (torn by a crash, edited by hand, ...). */
export interface SkippedLine {
  line: number;
  reason: string;
}

export interface JournalContents {
  file: string;
  entries: JournalEntry[];
  skipped: SkippedLine[];
}

const PROCESS_RUN_ID = randomUUID();
const DEFAULT_COMPACT_AT = 1024 * 1024;

export function castoffHome(options: JournalOptions = {}): string {
  return options.home ?? (process.env.CASTOFF_HOME || join(homedir(), '.castoff'));
}

export function journalFile(options: JournalOptions = {}): string {
  return join(castoffHome(options), 'jobs', 'journal.jsonl');
}

function compactAt(options: JournalOptions): number {
  const fromEnv = Number(process.env.CASTOFF_JOURNAL_COMPACT_BYTES);
  return options.compactAtBytes ?? (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_COMPACT_AT);
}

function journalDir(options: JournalOptions): string {
  const dir = join(castoffHome(options), 'jobs');
  // The journal names hosts, users and key paths: private to its owner, like ~/.ssh.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

function cannotWrite(file: string, err: unknown): JournalError {
  if (err instanceof JournalError) return err;
  return new JournalError(`cannot write the job journal ${file}: ${(err as Error).message}`);
}

/**
 * Appends one line; a line the disk could not take whole is cut off again. Only `launching` lines
 * are synced: they are what finds a job after a crash, and a sync per line would cost every launch
 * of a large fleet two disk flushes on the event loop. Later lines survive a killed process anyway.
 */
function appendLine(file: string, entry: JournalEntry): number {
  const fd = openSync(file, 'a+', 0o600);
  try {
    const size = fstatSync(fd).size;
    // A writer killed mid-line leaves a torn tail; starting on a fresh line keeps this entry whole.
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = '\n';
    }
    const bytes = Buffer.from(`${prefix}${JSON.stringify(entry)}\n`);
    try {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
      if (entry.event === 'launching') fsyncSync(fd);
    } catch (err) {
      try {
        ftruncateSync(fd, size);
      } catch {
        // The torn line is skipped on read and the next append starts on a fresh line.
      }
      throw err;
    }
    return size + bytes.length;
  } finally {
    closeSync(fd);
  }
}

const compactionSkipped = new Map<string, number>();

/**
 * Drops ended jobs once the journal grew past its limit. Best effort: the entry is already written,
 * so a compaction that fails (full disk) costs nothing but the space. A journal made mostly of
 * running jobs is not rewritten on every append: this process waits until it doubles.
 */
function compact(file: string, size: number): void {
  let dropped: number | undefined;
  try {
    dropped = rewriteWithout(file, endedJob, 0.5);
  } catch {
    dropped = undefined;
  }
  if (dropped === undefined) compactionSkipped.set(file, size * 2);
}

function append(entry: JournalEntry, options: JournalOptions): void {
  const file = journalFile(options);
  try {
    const dir = journalDir(options);
    withJournalLock(join(dir, 'journal.lock'), () => {
      const size = appendLine(file, entry);
      if (size > Math.max(compactAt(options), compactionSkipped.get(file) ?? 0)) compact(file, size);
    });
  } catch (err) {
    throw cannotWrite(file, err);
  }
}

function readLines(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') throw new JournalError(`the job journal ${file} is a directory, not a file`);
    throw new JournalError(`cannot read the job journal ${file}: ${(err as Error).message}`);
  }
}

function parseJournal(file: string, text: string | undefined): JournalContents {
  const contents: JournalContents = { file, entries: [], skipped: [] };
  if (text === undefined) return contents;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = parseJournalLine(line);
    if ('entry' in parsed) contents.entries.push(parsed.entry);
    else contents.skipped.push({ line: i + 1, reason: parsed.reason });
  });
  return contents;
}

/**
 * Every valid entry, oldest first, and the lines that are not entries: one bad line (torn by a
 * writer that died mid-write, or edited by hand) must not hide every other job. A journal that is
 * a directory or cannot be read throws JournalError.
 */
export function readJournal(options: JournalOptions = {}): JournalContents {
  const file = journalFile(options);
  return parseJournal(file, readLines(file));
}

export function journalEntries(options: JournalOptions = {}): JournalEntry[] {
  return readJournal(options).entries;
}

const jobKey = (host: string, jid: string) => `${host}\u0000${jidPrefix(jid)}`;

function launchOf(entry: LaunchingEntry | LaunchEntry): JobLaunch {
  if (entry.event === 'launching') {
    const { event: _event, time: _time, ...rest } = entry;
    return rest;
  }
  const { event: _event, time: _time, ...rest } = entry;
  return { ...rest, prefix: jidPrefix(entry.jid) };
}

/** One record per host and job, in launch order, each with its latest state. */
export function jobsFromEntries(entries: readonly JournalEntry[]): KnownJob[] {
  const jobs = new Map<string, KnownJob>();
  // Jobs cleaned while the host showed no trace of them: a later `launched` line means they did start.
  const cleanedBeforeStart = new Set<string>();
  for (const entry of entries) {
    if (entry.event === 'launching') {
      const key = jobKey(entry.host, entry.prefix);
      if (!jobs.has(key)) jobs.set(key, { launch: launchOf(entry), state: 'launching', since: entry.time });
      continue;
    }
    const key = jobKey(entry.host, entry.jid);
    const job = jobs.get(key);
    if (entry.event === 'launched') {
      if (!job) jobs.set(key, { launch: launchOf(entry), state: 'launched', since: entry.time });
      else {
        job.launch = { ...job.launch, ...launchOf(entry) };
        if (job.state === 'launching' || cleanedBeforeStart.delete(key)) {
          job.state = 'launched';
          job.since = entry.time;
        }
      }
      continue;
    }
    // An event about a job launched elsewhere (another journal) has nothing to attach to.
    if (!job) continue;
    job.state = entry.event;
    job.since = entry.time;
    if (entry.event === 'cleaned' && !entry.jid.includes('.')) cleanedBeforeStart.add(key);
    else cleanedBeforeStart.delete(key);
  }
  return [...jobs.values()];
}

export function knownJobs(options: JournalOptions = {}): KnownJob[] {
  return jobsFromEntries(journalEntries(options));
}

/** Jobs the journal knows are over: their result was collected, they were killed, or their files erased. */
export function endedJob(job: KnownJob): boolean {
  return job.state === 'collected' || job.state === 'killed' || job.state === 'cleaned';
}

/** The lines that keep every job `drop` spares: its latest launch line, then its state if that is an event. */
function compacted(entries: readonly JournalEntry[], drop: (job: KnownJob) => boolean): JournalEntry[] {
  const latest = new Map<string, LaunchingEntry | LaunchEntry>();
  const events = new Map<string, JobEventEntry>();
  for (const entry of entries) {
    if (entry.event === 'launching') {
      const key = jobKey(entry.host, entry.prefix);
      if (!latest.has(key)) latest.set(key, entry);
    } else if (entry.event === 'launched') latest.set(jobKey(entry.host, entry.jid), entry);
    else events.set(jobKey(entry.host, entry.jid), entry);
  }
  const kept: JournalEntry[] = [];
  for (const job of jobsFromEntries(entries)) {
    if (drop(job)) continue;
    const key = jobKey(job.launch.host, job.launch.prefix);
    kept.push(latest.get(key)!);
    const event = events.get(key);
    if (event && event.event === job.state) kept.push(event);
  }
  return kept;
}

/**
 * Rewrites the journal without the jobs `drop` names (temp file, fsync, rename), under the lock the
 * caller holds. Skipped when the result would not be below `atMost` of the old size; returns the
 * number of jobs dropped, or undefined when it did not rewrite.
 */
function rewriteWithout(file: string, drop: (job: KnownJob) => boolean, atMost?: number): number | undefined {
  const text = readLines(file) ?? '';
  const { entries } = parseJournal(file, text);
  const kept = compacted(entries, drop);
  const body = kept.map((e) => `${JSON.stringify(e)}\n`).join('');
  if (atMost !== undefined && Buffer.byteLength(body) > Buffer.byteLength(text) * atMost) return undefined;
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeSync(fd, body);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  return jobsFromEntries(entries).length - jobsFromEntries(kept).length;
}

/**
 * `castoff jobs --prune`: drops the jobs that ended (collected, killed, cleaned) and every line that
 * is not an entry; running and not yet collected jobs keep one launch line each. Returns how many
 * jobs were dropped.
 */
export function pruneJournal(options: JournalOptions = {}): number {
  const file = journalFile(options);
  if (readLines(file) === undefined) return 0;
  try {
    return withJournalLock(join(journalDir(options), 'journal.lock'), () => rewriteWithout(file, endedJob) ?? 0);
  } catch (err) {
    throw cannotWrite(file, err);
  }
}

/** The become method and user, never the password. */
function becomeOf(become: { method: string; user?: string } | undefined): LaunchingEntry['become'] {
  return become ? { method: become.method, ...(become.user !== undefined ? { user: become.user } : {}) } : null;
}

/** What the `launching` and `launched` lines share: where the job runs and how to reach it again. */
function launchFields(
  host: string,
  job: Pick<LaunchingJob['job'], 'asyncDir' | 'limit' | 'launchedAtEpoch' | 'become' | 'python' | 'wrapperPath'>,
  poll: number,
  connection: LaunchingEntry['connection'],
  options: JournalOptions,
) {
  return {
    time: new Date().toISOString(),
    runId: options.runId ?? PROCESS_RUN_ID,
    host,
    asyncDir: job.asyncDir,
    limit: job.limit,
    launchedAtEpoch: job.launchedAtEpoch,
    poll,
    become: becomeOf(job.become),
    python: job.python,
    wrapperPath: job.wrapperPath,
    connection,
  };
}

/** Before a launch: the job id prefix and where the job's files will be. Throws JournalError. */
export function recordLaunching(launch: LaunchingJob, options: JournalOptions = {}): LaunchingEntry {
  const { job } = launch;
  const entry: LaunchingEntry = {
    event: 'launching',
    ...launchFields(launch.host, job, launch.poll, launch.connection, options),
    prefix: job.prefix,
    argsFile: job.argsFile,
  };
  append(entry, options);
  return entry;
}

/** Appends the launch of an async job (as `runPlaybook`'s `onJobLaunched` reports it). Throws JournalError. */
/** The journal line of a launched job. */
function launchEntry(launch: LaunchedJob, options: JournalOptions): LaunchEntry {
  const { job } = launch;
  return {
    event: 'launched',
    ...launchFields(launch.host, job, launch.poll, launch.connection, options),
    jid: job.jid,
    resultsFile: job.resultsFile,
    ...(job.argsFile !== undefined ? { argsFile: job.argsFile } : {}),
  };
}

export function recordLaunch(launch: LaunchedJob, options: JournalOptions = {}): LaunchEntry {
  const entry = launchEntry(launch, options);
  append(entry, options);
  return entry;
}

/** A launched job as the journal would know it, from its record kept elsewhere (a server's database, say). */
export function knownJobOf(launch: LaunchedJob): KnownJob {
  return jobsFromEntries([launchEntry(launch, {})])[0];
}

/** Records the job id found on the host for a job journalled only as `launching`. */
export function recordResolvedLaunch(launch: JobLaunch & { jid: string; resultsFile: string }, options: JournalOptions = {}): void {
  const { prefix: _prefix, ...rest } = launch;
  append({ event: 'launched', time: new Date().toISOString(), ...rest }, options);
}

/** Appends that a job's result was collected, the job killed, or its files erased. Throws JournalError. */
export function recordJobEvent(event: JobEventKind, job: { host: string; jid: string }, options: JournalOptions = {}): void {
  append({ event, jid: job.jid, host: job.host, time: new Date().toISOString() }, options);
}
