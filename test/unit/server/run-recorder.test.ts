// From a run's events to the rows the page shows: numbered events, per-host counters and tasks,
// remote job states; written in batches, with readers woken after each write.
import { afterEach, describe, expect, it } from 'vitest';
import type { HostStatus, LaunchedJob, RunEvent } from '../../../src/index.js';
import { RunRecorder } from '../../../src/server/runs/run-recorder.js';
import { SqliteStore } from '../../../src/server/store/sqlite-store.js';

const time = '2026-12-01T00:00:00.000Z';
const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

async function recorderOnNewRun() {
  const store = new SqliteStore(':memory:');
  stores.push(store);
  await store.migrate();
  const run = await store.createRun({ project: 'p', playbook: 'site.yml', inventory: [], extraVarNames: [], check: false, who: 't', createdAt: time });
  const wakes: number[] = [];
  const recorder = new RunRecorder(store, run.id, (seq) => wakes.push(seq));
  return { store, run, recorder, wakes };
}

const result = (host: string, task: string, status: HostStatus, extra: { item?: string } = {}): RunEvent => ({
  type: 'host_result',
  play: 'p',
  task,
  action: 'command',
  display: 'default',
  host,
  status,
  ignored: false,
  result: {},
  time,
  ...extra,
});

function launched(host: string, jid: string, poll: number): LaunchedJob {
  return {
    host,
    poll,
    key: `${host} key`,
    connection: { kind: 'local', host },
    job: { host, jid, resultsFile: `/tmp/${jid}`, asyncDir: '/tmp', limit: 60, launchedAt: 0, launchedAtEpoch: 0, python: 'python3', wrapperPath: '/w.py' },
  };
}

describe('the run recorder', () => {
  it('numbers the events from 1 and stores them in one write per flush, waking readers after it', async () => {
    const { store, run, recorder, wakes } = await recorderOnNewRun();
    recorder.add({ type: 'run_start', playbook: 'site.yml', check: false, time });
    recorder.add({ type: 'warning', message: 'w', time });
    expect(await store.eventsAfter(run.id, 0, 10)).toEqual([]);
    await recorder.flush();
    expect((await store.eventsAfter(run.id, 0, 10)).map((e) => [e.seq, e.event.type])).toEqual([
      [1, 'run_start'],
      [2, 'warning'],
    ]);
    expect(wakes).toEqual([2]);
    expect((await store.getRun(run.id))!.lastSeq).toBe(2);
  });

  it('keeps each host: its task, counters by result, failed or unreachable, and the recap counters at the end', async () => {
    const { store, run, recorder } = await recorderOnNewRun();
    recorder.add({ type: 'play_start', play: 'p', hosts: ['a', 'b', 'c'], position: { file: 'site.yml', line: 1, col: 3 }, time });
    recorder.add({ type: 'task_start', play: 'p', task: 'one', action: 'command', handler: false, position: { file: 'site.yml', line: 4, col: 7 }, time });
    recorder.add(result('a', 'one', 'changed', { item: 'x' }));
    recorder.add(result('a', 'one', 'changed'));
    recorder.add(result('b', 'one', 'failed'));
    recorder.add(result('c', 'one', 'unreachable'));
    recorder.add({ type: 'task_start', play: 'p', task: 'two', action: 'command', handler: false, position: { file: 'site.yml', line: 6, col: 7 }, time });
    await recorder.flush();
    const rows = Object.fromEntries((await store.hosts(run.id)).map((h) => [h.host, h]));
    expect(rows.a).toMatchObject({ state: 'running', task: 'two', changed: 1, ok: 0 });
    expect(rows.b).toMatchObject({ state: 'failed', task: 'one', failed: 1 });
    expect(rows.c).toMatchObject({ state: 'unreachable', task: 'one', unreachable: 1 });
    const stats = { ok: 2, changed: 1, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0 };
    recorder.add({ type: 'recap', stats: { a: stats, b: { ...stats, failed: 1 }, c: { ...stats, unreachable: 1 } }, time });
    await recorder.flush();
    const final = Object.fromEntries((await store.hosts(run.id)).map((h) => [h.host, h]));
    expect(final.a).toMatchObject({ state: 'ok', ...stats });
    expect(final.b.state).toBe('failed');
    expect(final.c.state).toBe('unreachable');
  });

  it('follows remote jobs from launch to collected or killed, and marks the rest when the run abandons them', async () => {
    const { store, run, recorder } = await recorderOnNewRun();
    recorder.jobLaunched(launched('a', 'j1.1', 2), 'long');
    recorder.jobLaunched(launched('b', 'j2.1', 2), 'long');
    recorder.jobLaunched(launched('c', 'j3.1', 2), 'long');
    recorder.jobLaunched(launched('a', 'j4.1', 0), 'fire');
    recorder.add({ type: 'async_done', play: 'p', task: 'long', host: 'a', jid: 'j1.1', ok: true, time });
    recorder.add({ type: 'async_terminated', play: 'p', task: 'long', host: 'b', jid: 'j2.1', killed: true, time });
    expect(recorder.runningJobs().map((j) => j.jid)).toEqual(['j3.1']);
    recorder.settleRunningJobs('may_run', 'Force stop left it running');
    await recorder.flush();
    expect((await store.jobs(run.id)).map((j) => [j.host, j.jid, j.state, j.note, j.key])).toEqual([
      ['a', 'j1.1', 'finished', undefined, 'a key'],
      ['a', 'j4.1', 'left', undefined, 'a key'],
      ['b', 'j2.1', 'killed', undefined, 'b key'],
      ['c', 'j3.1', 'may_run', 'Force stop left it running', 'c key'],
    ]);
    // Their launch records are kept for a worker that takes the run's hosts over.
    expect((await store.jobLaunches(run.id)).map((l) => l.job.jid).sort()).toEqual(['j1.1', 'j2.1', 'j3.1', 'j4.1']);
  });

  it('lists a job whose terminate did not confirm its end as may_run, never as running', async () => {
    const { store, run, recorder } = await recorderOnNewRun();
    recorder.jobLaunched(launched('a', 'j1.1', 2), 'long');
    recorder.jobLaunched(launched('b', 'j2.1', 2), 'long');
    recorder.add({ type: 'async_terminated', play: 'p', task: 'long', host: 'a', jid: 'j1.1', killed: false, time });
    recorder.add({ type: 'async_terminated', play: 'p', task: 'long', host: 'b', jid: 'j2.1', killed: true, time });
    await recorder.flush();
    expect((await store.jobs(run.id)).map((j) => [j.jid, j.state, j.note])).toEqual([
      ['j1.1', 'may_run', 'its terminate did not confirm it ended'],
      ['j2.1', 'killed', undefined],
    ]);
    expect(recorder.runningJobs().map((j) => j.jid)).toEqual(['j1.1']);
  });

  it('continues the numbering of a run that already has events', async () => {
    const { store, run, recorder } = await recorderOnNewRun();
    recorder.add({ type: 'warning', message: 'one', time });
    await recorder.flush();
    const again = new RunRecorder(store, run.id, () => undefined);
    again.add({ type: 'warning', message: 'two', time });
    await again.flush();
    expect((await store.eventsAfter(run.id, 0, 10)).map((e) => e.seq)).toEqual([1, 2]);
  });
});

describe('the run recorder of a slice taken over', () => {
  it('collects the jobs the earlier worker started, which it adopts without writing them again', async () => {
    const { store, run, recorder } = await recorderOnNewRun();
    recorder.jobLaunched(launched('a', 'j1.1', 2), 'long');
    await recorder.flush();
    const next = new RunRecorder(store, run.id, () => undefined);
    next.adopt(await store.jobs(run.id));
    next.add({ type: 'async_done', play: 'p', task: 'long', host: 'a', jid: 'j1.1', ok: true, time });
    await next.flush();
    expect((await store.jobs(run.id)).map((j) => [j.jid, j.state, j.key])).toEqual([['j1.1', 'finished', 'a key']]);
    expect(await store.jobLaunches(run.id)).toHaveLength(1);
  });
});
