import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LaunchingJob } from '../../../src/jobs/index.js';
import { JobControl, knownJobs, recordLaunching, type JournalOptions } from '../../../src/jobs/index.js';

// A local connection runs on this machine: the async dir and processes below are real.
let opts: JournalOptions;
let asyncDir: string;

function launching(prefix: string): LaunchingJob {
  return {
    host: 'localhost',
    poll: 0,
    job: { prefix, argsFile: join(asyncDir, `${prefix}.json`), asyncDir, wrapperPath: '/nonexistent/async_wrapper.py', python: 'python3', limit: 60, launchedAtEpoch: Date.now() },
    connection: { kind: 'local', host: 'localhost' },
  };
}

beforeEach(() => {
  opts = { home: mkdtempSync(join(tmpdir(), 'castoff-home-')) };
  asyncDir = mkdtempSync(join(tmpdir(), 'castoff-async-'));
});

describe('finding a job journalled only before its launch', () => {
  it('finds its status file on the host, shows it with its full id and journals that id', async () => {
    recordLaunching(launching('j4242'), opts);
    writeFileSync(join(asyncDir, 'j4242.999'), JSON.stringify({ started: 1, finished: 0, ansible_job_id: 'j4242.999', pid: 1 }));
    writeFileSync(join(asyncDir, 'j42420.1'), '{}');
    const control = new JobControl(opts);
    try {
      const live = await control.status(knownJobs(opts)[0]);
      expect(live.job.launch).toMatchObject({ jid: 'j4242.999', resultsFile: join(asyncDir, 'j4242.999') });
      expect(knownJobs(opts).map((j) => [j.launch.jid, j.state])).toEqual([['j4242.999', 'launched']]);
    } finally {
      await control.close();
    }
  }, 30_000);

  it('says not started when the host has no trace of it, and starting while its wrapper runs without a status file', async () => {
    recordLaunching(launching('j5151'), opts);
    const control = new JobControl(opts);
    try {
      expect((await control.status(knownJobs(opts)[0])).state).toBe('not started');
      const wrapper = spawn('python3', ['-c', 'import time; time.sleep(30)', 'j5151', '60'], { stdio: 'ignore' });
      try {
        await once(wrapper, 'spawn');
        expect((await control.status(knownJobs(opts)[0])).state).toBe('starting');
      } finally {
        wrapper.kill('SIGKILL');
      }
      await expect(control.kill(knownJobs(opts)[0])).rejects.toThrow('localhost: job j5151 never started');
      const cleaned = await control.cleanup(knownJobs(opts)[0]);
      expect(cleaned).toMatchObject({ finished: 1, never_started: true });
      expect(knownJobs(opts)[0].state).toBe('cleaned');
    } finally {
      await control.close();
    }
  }, 30_000);

  it('ignores what the host lists that is not a job of that prefix', async () => {
    recordLaunching(launching('j77'), opts);
    mkdirSync(join(asyncDir, 'sub'));
    for (const name of ['j77', 'j77.', 'j77.1.tmp', '.j77.5.1234.abcd.tmp', 'j770.5']) writeFileSync(join(asyncDir, name), '{}');
    const control = new JobControl(opts);
    try {
      expect((await control.resolve(knownJobs(opts)[0])).state).toBe('not started');
    } finally {
      await control.close();
    }
  }, 30_000);
});
