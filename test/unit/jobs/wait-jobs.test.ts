/**
 * Waiting on journalled jobs from a later process, as `castoff wait` does, reported as the events a
 * run's poll emits. Local jobs: no Docker.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JobControl, knownJobs, parsePlaybookText, runPlaybook, waitForJobs, type KnownJob, type RunEvent } from '../../../src/index.js';
import { play } from '../executor/run-local.js';

const dir = () => mkdtempSync(join(tmpdir(), 'castoff-wait-'));

/** Fires `command` as a poll: 0 job and returns the journal's record of it. */
async function fired(home: string, command: string): Promise<KnownJob[]> {
  const yaml = play(`  tasks:\n    - command: ${JSON.stringify(command)}\n      async: 60\n      poll: 0\n`);
  await runPlaybook({ playbook: await parsePlaybookText(yaml, 'fire.yml'), asyncDir: join(dir(), 'async'), journal: home });
  return knownJobs({ home });
}

describe('waiting on jobs of an earlier run', () => {
  it("emits the poll's events and resolves with each job's result; the journal records the collection", async () => {
    const home = dir();
    const jobs = await fired(home, 'sh -c "sleep 2; echo done"');
    const control = new JobControl({ home });
    const events: RunEvent[] = [];
    try {
      const results = await waitForJobs(control, jobs, { poll: 1, onEvent: (e) => events.push(e) });
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ host: 'localhost', jid: jobs[0].launch.jid, ok: true, result: { stdout: 'done', finished: 1 } });
    } finally {
      await control.close();
    }
    const types = events.map((e) => e.type);
    expect(types.slice(-2)).toEqual(['async_done', 'host_result']);
    expect(types.slice(0, -2).every((t) => t === 'async_poll')).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'host_result', action: 'async_status', host: 'localhost', status: 'changed', task: jobs[0].launch.jid });
    expect(events.every((e) => typeof e.time === 'string')).toBe(true);
    expect(knownJobs({ home }).map((j) => j.state)).toEqual(['cleaned']);
  });

  it('a job that failed ends failed, with its result, without stopping the others', async () => {
    const home = dir();
    await fired(home, 'sh -c "exit 3"');
    const jobs = await fired(home, 'echo fine');
    expect(jobs).toHaveLength(2);
    const control = new JobControl({ home });
    const events: RunEvent[] = [];
    try {
      const results = await waitForJobs(control, jobs, { poll: 1, onEvent: (e) => events.push(e) });
      expect(results.map((r) => [r.ok, r.result.rc])).toEqual([
        [false, 3],
        [true, 0],
      ]);
    } finally {
      await control.close();
    }
    expect(events.filter((e) => e.type === 'host_result').map((e) => (e.type === 'host_result' ? e.status : ''))).toEqual(expect.arrayContaining(['failed', 'changed']));
  });
});
