import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LaunchedJob, LaunchingJob } from '../../../src/jobs/index.js';
import { findJobs } from '../../../src/jobs/control.js';
import {
  JournalError,
  journalFile,
  knownJobs,
  pruneJournal,
  readJournal,
  recordJobEvent,
  recordLaunch,
  recordLaunching,
  type JournalOptions,
} from '../../../src/jobs/index.js';

const connection = { kind: 'ssh' as const, host: 'h', address: '10.0.0.1', port: 22, user: 'root' };

function launching(host: string, prefix: string, poll = 0): LaunchingJob {
  return {
    host,
    poll,
    job: { prefix, argsFile: `/root/.castoff/args/${prefix}.json`, asyncDir: '/root/.ansible_async', wrapperPath: '/w.py', python: 'python3', limit: 60, launchedAtEpoch: Date.now() },
    connection: { ...connection, host },
  };
}

function launched(host: string, jid: string, poll = 0): LaunchedJob {
  return {
    host,
    poll,
    job: { host, jid, resultsFile: `/root/.ansible_async/${jid}`, asyncDir: '/root/.ansible_async', limit: 60, launchedAt: 0, launchedAtEpoch: Date.now(), python: 'python3', wrapperPath: '/w.py' },
    connection: { ...connection, host },
  };
}

let opts: JournalOptions;

beforeEach(() => {
  opts = { home: mkdtempSync(join(tmpdir(), 'castoff-home-')), runId: 'run' };
});

const states = () => knownJobs(opts).map((j) => [j.launch.host, j.launch.jid ?? j.launch.prefix, j.state]);

describe('launching entries', () => {
  it('a job journalled only before its launch is known by its prefix; the launch line completes it', () => {
    recordLaunching(launching('h1', 'j100'), opts);
    recordLaunching(launching('h2', 'j200'), opts);
    expect(states()).toEqual([
      ['h1', 'j100', 'launching'],
      ['h2', 'j200', 'launching'],
    ]);
    expect(knownJobs(opts)[0].launch).toMatchObject({ prefix: 'j100', argsFile: '/root/.castoff/args/j100.json', asyncDir: '/root/.ansible_async', connection: { address: '10.0.0.1' } });
    recordLaunch(launched('h1', 'j100.77'), opts);
    expect(states()).toEqual([
      ['h1', 'j100.77', 'launched'],
      ['h2', 'j200', 'launching'],
    ]);
    expect(knownJobs(opts)[0].launch).toMatchObject({ prefix: 'j100', jid: 'j100.77', resultsFile: '/root/.ansible_async/j100.77' });
  });

  it('finds a job by its full id or by its prefix, also when only the prefix was journalled', () => {
    recordLaunching(launching('h1', 'j100'), opts);
    recordLaunching(launching('h2', 'j200'), opts);
    recordLaunch(launched('h2', 'j200.5'), opts);
    expect(findJobs(['j100.9'], opts).map((j) => j.launch.host)).toEqual(['h1']);
    expect(findJobs(['j200'], opts).map((j) => j.launch.jid)).toEqual(['j200.5']);
    expect(() => findJobs(['j200.6'], opts)).toThrow('job j200.6 is not in the journal');
  });

  it('a cleanup recorded while the job had not started is undone by its launch line', () => {
    recordLaunching(launching('h1', 'j100'), opts);
    recordJobEvent('cleaned', { host: 'h1', jid: 'j100' }, opts);
    expect(states()).toEqual([['h1', 'j100', 'cleaned']]);
    recordLaunch(launched('h1', 'j100.3'), opts);
    expect(states()).toEqual([['h1', 'j100.3', 'launched']]);
  });
});

describe('marking and compaction', () => {
  it('kill and cleanup events mark the job, whether they name the full id or only the prefix', () => {
    recordLaunch(launched('h1', 'j1.1'), opts);
    recordLaunch(launched('h2', 'j2.2'), opts);
    recordJobEvent('killed', { host: 'h1', jid: 'j1.1' }, opts);
    recordJobEvent('cleaned', { host: 'h2', jid: 'j2.2' }, opts);
    expect(states()).toEqual([
      ['h1', 'j1.1', 'killed'],
      ['h2', 'j2.2', 'cleaned'],
    ]);
  });

  it('--prune drops ended jobs and bad lines, keeps one launch line per live job, and leaves no temp file', () => {
    recordLaunching(launching('h1', 'j1'), opts);
    recordLaunch(launched('h1', 'j1.1'), opts);
    recordLaunching(launching('h2', 'j2'), opts);
    recordLaunch(launched('h3', 'j3.3'), opts);
    recordJobEvent('collected', { host: 'h3', jid: 'j3.3' }, opts);
    recordLaunch(launched('h4', 'j4.4'), opts);
    recordJobEvent('killed', { host: 'h4', jid: 'j4.4' }, opts);
    recordLaunch(launched('h5', 'j5.5'), opts);
    recordJobEvent('cleaned', { host: 'h5', jid: 'j5.5' }, opts);
    writeFileSync(journalFile(opts), `${readFileSync(journalFile(opts), 'utf8')}garbage\n`);

    expect(pruneJournal(opts)).toBe(3);
    expect(states()).toEqual([
      ['h1', 'j1.1', 'launched'],
      ['h2', 'j2', 'launching'],
    ]);
    expect(readFileSync(journalFile(opts), 'utf8').trimEnd().split('\n')).toHaveLength(2);
    expect(readJournal(opts).skipped).toEqual([]);
    expect(readdirSync(join(opts.home!, 'jobs')).sort()).toEqual(['journal.jsonl']);
    expect(statSync(journalFile(opts)).mode & 0o777).toBe(0o600);
  });

  it('compacts on its own past the size limit without losing a running job', () => {
    const small = { ...opts, compactAtBytes: 4096 };
    recordLaunch(launched('keep', 'j9.9'), small);
    for (let i = 1; i <= 40; i++) {
      recordLaunch(launched(`h${i}`, `j${i}0.${i}`), small);
      recordJobEvent('collected', { host: `h${i}`, jid: `j${i}0.${i}` }, small);
      recordJobEvent('cleaned', { host: `h${i}`, jid: `j${i}0.${i}` }, small);
    }
    expect(statSync(journalFile(opts)).size).toBeLessThan(4096 + 1024);
    const jobs = knownJobs(opts);
    expect(jobs[0]).toMatchObject({ launch: { host: 'keep', jid: 'j9.9' }, state: 'launched' });
    expect(jobs.filter((j) => j.state === 'launched')).toHaveLength(1);
  });

  it('a journal of running jobs only is not rewritten on every append', () => {
    const small = { ...opts, compactAtBytes: 1024 };
    for (let i = 1; i <= 20; i++) recordLaunch(launched(`h${i}`, `j${i}.${i}`), small);
    expect(knownJobs(opts)).toHaveLength(20);
    expect(readFileSync(journalFile(opts), 'utf8').trimEnd().split('\n')).toHaveLength(20);
  });
});

describe('a journal that cannot be written', () => {
  it('throws JournalError naming the journal, for a launch and for an event', () => {
    mkdirSync(journalFile(opts), { recursive: true });
    expect(() => recordLaunching(launching('h1', 'j1'), opts)).toThrow(JournalError);
    expect(() => recordLaunching(launching('h1', 'j1'), opts)).toThrow(new RegExp(`^cannot write the job journal ${journalFile(opts)}: EISDIR`));
    expect(() => recordJobEvent('killed', { host: 'h1', jid: 'j1.1' }, opts)).toThrow(JournalError);
  });

  it('a lock left by a dead process is taken over; one held by a live process makes the write fail after a while', () => {
    mkdirSync(join(opts.home!, 'jobs'), { recursive: true });
    const lock = join(opts.home!, 'jobs', 'journal.lock');
    writeFileSync(lock, '999999999\n');
    recordLaunch(launched('h1', 'j1.1'), opts);
    expect(existsSync(lock)).toBe(false);
    expect(states()).toEqual([['h1', 'j1.1', 'launched']]);

    writeFileSync(lock, `${process.pid}\n`);
    expect(() => recordLaunch(launched('h2', 'j2.2'), opts)).toThrow(`the job journal is locked by another castoff process (${lock})`);
  }, 20_000);
});
