import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunEvent } from '../../../src/events/index.js';
import { JournalError, journalFile, knownJobs, RunJournal, type LaunchedJob, type LaunchingJob } from '../../../src/jobs/index.js';

const time = '2026-01-01T00:00:00.000Z';
const connection = { kind: 'local' as const, host: 'h' };

function launching(host: string, prefix: string, poll: number): LaunchingJob {
  return { host, poll, job: { prefix, argsFile: `/a/${prefix}.json`, asyncDir: '/r', wrapperPath: '/w.py', python: 'python3', limit: 60, launchedAtEpoch: 1 }, connection };
}

function launched(host: string, jid: string, poll: number): LaunchedJob {
  return { host, poll, job: { host, jid, resultsFile: `/r/${jid}`, asyncDir: '/r', limit: 60, launchedAt: 0, launchedAtEpoch: 1, python: 'python3', wrapperPath: '/w.py' }, connection };
}

function hostResult(host: string, extra: Partial<Extract<RunEvent, { type: 'host_result' }>> = {}): RunEvent {
  return { type: 'host_result', time, play: 'p', task: 't', action: 'shell', display: 'command', host, status: 'ok', ignored: false, result: {}, ...extra };
}

let home: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'castoff-home-'));
  vi.stubEnv('CASTOFF_HOME', home);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('journalling a run', () => {
  it('journals each job before its launch and again once launched', () => {
    const run = new RunJournal();
    run.launching(launching('h1', 'j5', 0));
    expect(knownJobs().map((j) => [j.launch.prefix, j.state])).toEqual([['j5', 'launching']]);
    run.launched(launched('h1', 'j5.10', 0));
    expect(knownJobs().map((j) => [j.launch.jid, j.state])).toEqual([['j5.10', 'launched']]);
  });

  it('a poll: 0 launch fails with a clear error when the journal cannot be written; a waited job goes on with one warning', () => {
    mkdirSync(join(home, 'jobs', 'journal.jsonl'), { recursive: true });
    const warnings: string[] = [];
    const run = new RunJournal({ onWarning: (message) => warnings.push(message) });
    expect(() => run.launching(launching('h1', 'j1', 0))).toThrow(JournalError);
    expect(() => run.launching(launching('h1', 'j2', 0))).toThrow(
      `cannot write the job journal ${journalFile()}: EISDIR: illegal operation on a directory, open '${journalFile()}'; a poll: 0 job would be lost to 'castoff jobs', so it was not started`,
    );
    expect(() => run.launching(launching('h1', 'j3', 5))).not.toThrow();
    run.launched(launched('h1', 'j3.1', 5));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^the job journal cannot be written, jobs of this run will not be listed by 'castoff jobs': cannot write the job journal /);
  });

  it('names as still running only waited jobs whose task has not ended on their host, and counts poll: 0 jobs apart', () => {
    const run = new RunJournal();
    run.launching(launching('h1', 'j1', 1));
    run.launched(launched('h1', 'j1.1', 1));
    run.launching(launching('h2', 'j2', 1));
    run.launched(launched('h2', 'j2.2', 1));
    run.launching(launching('h3', 'j3', 1));
    run.launched(launched('h3', 'j3.3', 1));
    run.launching(launching('h4', 'j4', 0));
    run.launched(launched('h4', 'j4.4', 0));
    run.launching(launching('h5', 'j5', 1));
    run.launching(launching('h6', 'j6', 1));
    run.launched(launched('h6', 'j6.6', 1));
    // h1 finished; h2 was terminated by a first Ctrl-C; h3 runs on; h6's terminate did not get
    // through (its host froze), so the job may run on. A cancelled result alone ends nothing: the
    // terminate goes on after it.
    run.observe({ type: 'async_done', time, play: 'p', task: 't', host: 'h1', jid: 'j1.1', ok: true });
    run.observe(hostResult('h2', { status: 'failed', result: { failed: true, cancelled: true } }));
    run.observe(hostResult('h3', { status: 'failed', result: { failed: true, cancelled: true } }));
    run.observe({ type: 'async_terminated', time, play: 'p', task: 't', host: 'h2', jid: 'j2.2', killed: true });
    run.observe({ type: 'async_terminated', time, play: 'p', task: 't', host: 'h6', jid: 'j6.6', killed: false });
    run.observe(hostResult('h4'));
    expect(run.stillRunning()).toEqual({
      waited: [
        { host: 'h3', jid: 'j3.3' },
        { host: 'h5', jid: 'j5' },
        { host: 'h6', jid: 'j6.6' },
      ],
      leftRunning: 1,
    });
  });

  it('an async_status cleanup or terminate in the playbook marks the job in the journal', () => {
    const run = new RunJournal();
    run.launching(launching('h1', 'j1', 0));
    run.launched(launched('h1', 'j1.1', 0));
    run.launching(launching('h2', 'j2', 0));
    run.launched(launched('h2', 'j2.2', 0));
    run.observe(hostResult('h1', { action: 'async_status', result: { ansible_job_id: 'j1.1', erased: '/r/j1.1', finished: 1 } }));
    run.observe(hostResult('h2', { action: 'async_status', status: 'failed', result: { ansible_job_id: 'j2.2', killed: true, failed: true, finished: 1 } }));
    run.observe(hostResult('h2', { action: 'shell', result: { ansible_job_id: 'j2.2', erased: 'x' } }));
    expect(knownJobs().map((j) => [j.launch.jid, j.state])).toEqual([
      ['j1.1', 'cleaned'],
      ['j2.2', 'killed'],
    ]);
  });
});
