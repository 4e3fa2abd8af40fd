// A sliced run never waits on one particular process to end: the heartbeat care of sliced runs,
// on a real SQLite store.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { endSlicedRunIfDone, tendSlicedRuns } from '../../../src/server/slices/sliced-runs.js';
import { SqliteStore } from '../../../src/server/store/sqlite-store.js';
import type { NewRun } from '../../../src/server/store/store.js';

const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

async function open(): Promise<SqliteStore> {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'castoff-db-')), 'castoff.db'));
  stores.push(store);
  await store.migrate();
  return store;
}

const newRun: NewRun = { project: 'demo', playbook: 'site.yml', inventory: ['hosts.ini'], extraVarNames: [], check: false, who: 'ci', createdAt: '2026-12-01T00:00:00.000Z', sliceSize: 1 };
const stats = (ok: number) => ({ ok, changed: 0, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0 });
const later = () => new Date(Date.now() + 60_000).toISOString();

describe('sliced runs', () => {
  it('are ended by the next heartbeat when the worker that ended the last slice died before ending the run', async () => {
    const store = await open();
    const run = await store.createRun(newRun);
    await store.updateRun(run.id, { status: 'running' });
    await store.createSlices(run.id, [['h1'], ['h2']]);
    for (const idx of [0, 1]) {
      await store.claimSlice(run.id, idx, `w${idx}`, later());
      await store.finishSlice(run.id, idx, `w${idx}`, { exitCode: 0, cancelled: false, stats: { [`h${idx + 1}`]: stats(idx + 1) } });
    }
    // w1 ended the last slice, then died: nobody ended the run.
    expect((await store.getRun(run.id))!.status).toBe('running');

    const [a, b] = await Promise.all([tendSlicedRuns(store, 'server'), tendSlicedRuns(store, 'worker-2')]);
    expect([...a, ...b]).toEqual([run.id]);
    expect(await store.getRun(run.id)).toMatchObject({ status: 'succeeded', exitCode: 0 });
    const written = (await store.eventsAfter(run.id, 0, 100)).map((e) => e.event);
    expect(written.map((e) => e.type)).toEqual(['recap', 'run_end']);
    expect(written[0]).toMatchObject({ stats: { h1: stats(1), h2: stats(2) } });
    expect(await tendSlicedRuns(store, 'server')).toEqual([]);
  });

  it('leave a run alone while a slice is still running under a live lease', async () => {
    const store = await open();
    const run = await store.createRun(newRun);
    await store.createSlices(run.id, [['h1'], ['h2']]);
    await store.claimSlice(run.id, 0, 'w0', later());
    await store.finishSlice(run.id, 0, 'w0', { exitCode: 0, cancelled: false, stats: {} });
    await store.claimSlice(run.id, 1, 'w1', later());
    expect(await tendSlicedRuns(store, 'server')).toEqual([]);
    expect(await endSlicedRunIfDone(store, run.id, 'server')).toBe(false);
    expect((await store.slices(run.id)).map((s) => s.status)).toEqual(['done', 'running']);
    expect((await store.getRun(run.id))!.status).toBe('queued');
  });

  it('stop when asked even with no worker left: expired slices go back to the queue, untaken ones are cancelled, the run ends stopped', async () => {
    const store = await open();
    const run = await store.createRun(newRun);
    await store.updateRun(run.id, { status: 'running' });
    await store.createSlices(run.id, [['h1'], ['h2'], ['h3']]);
    await store.claimSlice(run.id, 0, 'w0', later());
    await store.finishSlice(run.id, 0, 'w0', { exitCode: 2, cancelled: false, stats: { h1: stats(1) } });
    // w1 took slice 1 and died: its lease has run out.
    await store.claimSlice(run.id, 1, 'w1', '2026-12-01T00:00:00.000Z');
    await store.updateRun(run.id, { status: 'stopping', stopRequest: 'stop' });

    expect(await tendSlicedRuns(store, 'server')).toEqual([run.id]);
    expect((await store.slices(run.id)).map((s) => [s.status, s.cancelled])).toEqual([
      ['done', false],
      ['done', true],
      ['done', true],
    ]);
    expect(await store.getRun(run.id)).toMatchObject({ status: 'stopped', exitCode: 99, reason: expect.stringMatching(/^Stop: /) });
    const runEnd = (await store.eventsAfter(run.id, 0, 100)).map((e) => e.event).find((e) => e.type === 'run_end');
    expect(runEnd).toMatchObject({ exitCode: 99, cancelled: true });
  });

  it('without a stop, a slice whose worker died goes back to the queue and the run waits for a worker', async () => {
    const store = await open();
    const run = await store.createRun(newRun);
    await store.updateRun(run.id, { status: 'running' });
    await store.createSlices(run.id, [['h1']]);
    await store.claimSlice(run.id, 0, 'w0', '2026-12-01T00:00:00.000Z');
    expect(await tendSlicedRuns(store, 'server')).toEqual([]);
    expect((await store.slices(run.id))[0]).toMatchObject({ status: 'queued', attempts: 1 });
    expect(await store.queuedSlices()).toEqual([{ runId: run.id, idx: 0 }]);
    expect((await store.getRun(run.id))!.status).toBe('running');
  });
});
