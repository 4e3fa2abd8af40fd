// A run that takes over from one that died: each async launch it was about to make again is matched
// by its key to the job the first run started, and that job is waited on instead of a new one.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLaunchedJob, resumableJob, runPlaybook, type LaunchedJob, type LaunchingJob, type RunEvent, type RunPlaybookOptions } from '../../../src/index.js';

/** `poll` of the looped task: 0 in the run that dies (its jobs are left as a dead run leaves them), 1 in the one that takes over. */
const playbook = (poll: number) => `- hosts: localhost
  gather_facts: no
  tasks:
    - name: twice in a loop
      shell: "sleep 1; echo {{ item }} $$"
      async: 30
      poll: ${poll}
      loop: [a, b]
    - name: fire and forget
      command: sleep 2
      async: 30
      poll: 0
`;

async function setUp() {
  const dir = await mkdtemp(join(tmpdir(), 'castoff-resume-'));
  await writeFile(join(dir, 'site.yml'), playbook(0));
  return { dir, asyncDir: await mkdtemp(join(tmpdir(), 'castoff-resume-async-')) };
}

/** The run that takes over: the playbook now waits on the loop's jobs (same lines, so the same keys). */
async function takeOver(dir: string, asyncDir: string, resumeJob: RunPlaybookOptions['resumeJob']) {
  await writeFile(join(dir, 'site.yml'), playbook(1));
  const launched: LaunchedJob[] = [];
  const events: RunEvent[] = [];
  await runPlaybook({ playbook: join(dir, 'site.yml'), asyncDir, journal: false, onJobLaunched: (j) => launched.push(j), onEvent: (e) => events.push(e), resumeJob });
  return { launched, events };
}

type HostResult = Extract<RunEvent, { type: 'host_result' }>;
const results = (events: RunEvent[]) => events.filter((e): e is HostResult => e.type === 'host_result');

describe('resuming async jobs by launch key', () => {
  it('gives each launch a key by host, task place, item and count, and a run taking over waits on the jobs the first one left instead of launching', async () => {
    const { dir, asyncDir } = await setUp();
    const first: LaunchedJob[] = [];
    const firstEvents: RunEvent[] = [];
    await runPlaybook({ playbook: join(dir, 'site.yml'), asyncDir, journal: false, onJobLaunched: (j) => first.push(j), onEvent: (e) => firstEvents.push(e) });
    const keys = first.map((j) => JSON.parse(j.key!) as [string, string, string, number]).map(([host, place, item, count]) => [host, place.replace(/^.*site\.yml:/, ''), item, count]);
    expect(keys.sort()).toEqual([
      ['localhost', '4:7', '"a"', 0],
      ['localhost', '4:7', '"b"', 0],
      ['localhost', '9:7', '', 0],
    ]);

    const byKey = new Map(first.map((j) => [j.key, j]));
    const asked: string[] = [];
    const { launched: second, events: secondEvents } = await takeOver(dir, asyncDir, ({ key }) => {
      asked.push(key);
      const earlier = byKey.get(key);
      return earlier && resumableJob(earlier);
    });
    expect(second).toEqual([]);
    expect(asked.sort()).toEqual(first.map((j) => j.key).sort());
    // The first run's jobs, collected: their ids, and each item's output once.
    const items = results(secondEvents).filter((e) => e.item !== undefined);
    expect(items.map((e) => [e.item, e.status, e.result.ansible_job_id])).toEqual([
      ['a', 'changed', first.find((j) => j.key?.includes('\\"a\\"'))!.job.jid],
      ['b', 'changed', first.find((j) => j.key?.includes('\\"b\\"'))!.job.jid],
    ]);
    expect(items.map((e) => String(e.result.stdout).split(' ')[0])).toEqual(['a', 'b']);
    expect(results(firstEvents).filter((e) => e.item !== undefined).map((e) => e.result.finished)).toEqual([0, 0]);
    const fired = results(secondEvents).find((e) => e.task === 'fire and forget')!.result;
    expect(fired).toMatchObject({ started: 1, finished: 0, ansible_job_id: first.find((j) => j.key?.includes(':9:'))!.job.jid });
  }, 60_000);

  it('a run taking over finds on the host the jobs of launches whose ids the first run never learnt, and launches again only what never started', async () => {
    const { dir, asyncDir } = await setUp();
    // The first run as a worker that died mid-launch leaves it: only the records made before each launch.
    const intents: LaunchingJob[] = [];
    const firstJids: string[] = [];
    await runPlaybook({ playbook: join(dir, 'site.yml'), asyncDir, journal: false, onJobLaunching: (j) => intents.push(j), onJobLaunched: (j) => firstJids.push(j.job.jid) });
    expect(intents).toHaveLength(3);
    // Item b's launch never reached the host: no job has its prefix.
    const lost = intents.find((i) => i.key?.includes('\\"b\\"'))!;
    const byKey = new Map(intents.map((i) => [i.key, i === lost ? { ...i, job: { ...i.job, prefix: 'j999999999999' } } : i]));

    const found: LaunchedJob[] = [];
    const { launched: second, events } = await takeOver(dir, asyncDir, async (asked) => {
      const intent = byKey.get(asked.key);
      const launch = intent && (await findLaunchedJob(intent, asked));
      if (launch) found.push(launch);
      return launch && resumableJob(launch);
    });
    // Item a and the fire-and-forget job were found with the ids the first run got; b was launched anew.
    expect(found.map((l) => l.job.jid).sort()).toEqual(firstJids.filter((jid) => !jid.startsWith(lost.job.prefix)).sort());
    expect(found.every((l) => l.job.resultsFile === join(asyncDir, l.job.jid))).toBe(true);
    expect(second.map((l) => l.key)).toEqual([lost.key]);
    const items = results(events).filter((e) => e.item !== undefined);
    expect(items.map((e) => [e.item, e.status])).toEqual([
      ['a', 'changed'],
      ['b', 'changed'],
    ]);
    expect(items[0].result.ansible_job_id).toBe(found.find((l) => l.key === intents.find((i) => i.key?.includes('\\"a\\"'))!.key)!.job.jid);
    expect(items[1].result.ansible_job_id).toBe(second[0].job.jid);
  }, 60_000);
});
