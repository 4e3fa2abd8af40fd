/**
 * What every store must do, run against each database: SQLite in the unit tests, PostgreSQL in the
 * integration tests. `open` gives a migrated, empty store.
 */
import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/index.js';
import type { NewRun, Store } from '../../src/server/store/store.js';

const newRun = (over: Partial<NewRun> = {}): NewRun => ({
  project: 'demo',
  playbook: 'site.yml',
  inventory: ['hosts.ini'],
  extraVarNames: ['version'],
  check: false,
  who: 'ci',
  createdAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

const warning = (n: number): RunEvent => ({ type: 'warning', message: `event ${n}`, time: '2026-12-01T00:00:00.000Z' });
const events = (from: number, count: number): RunEvent[] => Array.from({ length: count }, (_, i) => warning(from + i));
const noRows = { hosts: [], jobs: [] };

export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`the ${name} store`, () => {
    it('creates runs queued with what was asked, lists them newest first, and updates them', async () => {
      const store = await open();
      const a = await store.createRun(newRun());
      const b = await store.createRun(newRun({ playbook: 'other.yml', limit: 'web', check: true }));
      expect(a).toMatchObject({ id: 1, status: 'queued', project: 'demo', playbook: 'site.yml', inventory: ['hosts.ini'], extraVarNames: ['version'], check: false, lastSeq: 0 });
      expect(a.limit).toBeUndefined();
      expect(b).toMatchObject({ id: 2, limit: 'web', check: true });
      expect((await store.listRuns(10)).map((r) => r.id)).toEqual([2, 1]);
      await store.updateRun(1, { status: 'failed', exitCode: 2, endedAt: '2026-12-01T00:01:00.000Z', reason: 'a host failed' });
      expect(await store.getRun(1)).toMatchObject({ status: 'failed', exitCode: 2, reason: 'a host failed', endedAt: '2026-12-01T00:01:00.000Z' });
      expect((await store.runsIn(['queued'])).map((r) => r.id)).toEqual([2]);
      expect(await store.getRun(3)).toBeUndefined();
    });

    it('keeps events in order across batches and pages them after a sequence number', async () => {
      const store = await open();
      const run = await store.createRun(newRun());
      expect(await store.record(run.id, { events: events(1, 700), ...noRows })).toBe(700);
      expect(await store.record(run.id, { events: events(701, 300), ...noRows })).toBe(1000);
      expect((await store.getRun(run.id))!.lastSeq).toBe(1000);
      const page = await store.eventsAfter(run.id, 650, 100);
      expect(page.map((e) => e.seq)).toEqual(Array.from({ length: 100 }, (_, i) => 651 + i));
      expect(page[0].event).toEqual(warning(651));
      expect(await store.eventsAfter(run.id, 1000, 100)).toEqual([]);
    });

    it('numbers the events of writers at once without a gap or a repeat, each writer in its own order', async () => {
      const store = await open();
      const run = await store.createRun(newRun());
      const writer = async (name: string) => {
        for (let batch = 0; batch < 10; batch++) {
          await store.record(run.id, { events: Array.from({ length: 7 }, (_, i) => ({ ...warning(batch * 7 + i), message: `${name} ${batch * 7 + i}` })), ...noRows });
        }
      };
      await Promise.all([writer('a'), writer('b'), writer('c')]);
      const stored = await store.eventsAfter(run.id, 0, 1000);
      expect(stored.map((e) => e.seq)).toEqual(Array.from({ length: 210 }, (_, i) => i + 1));
      for (const name of ['a', 'b', 'c']) {
        const own = stored.map((e) => (e.event.type === 'warning' ? e.event.message : '')).filter((m) => m.startsWith(`${name} `));
        expect(own).toEqual(Array.from({ length: 70 }, (_, i) => `${name} ${i}`));
      }
      expect((await store.getRun(run.id))!.lastSeq).toBe(210);
    });

    it('upserts host and job rows', async () => {
      const store = await open();
      const run = await store.createRun(newRun());
      const host = { host: 'h1', state: 'running' as const, task: 'first', ok: 0, changed: 0, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0 };
      await store.record(run.id, { events: [], hosts: [host], jobs: [{ host: 'h1', jid: 'j1.2', task: 'first', state: 'running' }] });
      await store.record(run.id, { events: [], hosts: [{ ...host, state: 'ok', task: undefined, ok: 2 }], jobs: [{ host: 'h1', jid: 'j1.2', task: 'first', state: 'killed', note: 'Stop' }] });
      expect(await store.hosts(run.id)).toEqual([{ ...host, state: 'ok', task: undefined, ok: 2 }]);
      expect(await store.jobs(run.id)).toEqual([{ host: 'h1', jid: 'j1.2', task: 'first', state: 'killed', note: 'Stop' }]);
    });

    it('gives a lease to one owner at a time, and to another once it ran out', async () => {
      const store = await open();
      const run = await store.createRun(newRun());
      expect(await store.lease(run.id, 'a', '2026-12-01T00:00:15.000Z', '2026-12-01T00:00:00.000Z')).toBe(true);
      expect(await store.lease(run.id, 'b', '2026-12-01T00:00:20.000Z', '2026-12-01T00:00:05.000Z')).toBe(false);
      await store.heartbeat('a', '2026-12-01T00:00:30.000Z');
      expect(await store.leaseOf(run.id)).toEqual({ owner: 'a', until: '2026-12-01T00:00:30.000Z' });
      expect(await store.lease(run.id, 'b', '2026-12-01T00:00:50.000Z', '2026-12-01T00:00:31.000Z')).toBe(true);
      expect(await store.leaseOf(run.id)).toEqual({ owner: 'b', until: '2026-12-01T00:00:50.000Z' });
    });

    it('drops the events of runs that ended before a date, or the oldest ended runs beyond a row count', async () => {
      const store = await open();
      const old = await store.createRun(newRun());
      const recent = await store.createRun(newRun());
      const live = await store.createRun(newRun());
      for (const r of [old, recent, live]) await store.record(r.id, { events: events(1, 10), ...noRows });
      await store.updateRun(old.id, { endedAt: '2026-11-01T00:00:00.000Z' });
      await store.updateRun(recent.id, { endedAt: '2026-11-30T00:00:00.000Z' });
      expect(await store.prune({ endedBefore: '2026-11-15T00:00:00.000Z' })).toBe(10);
      expect(await store.eventsAfter(old.id, 0, 100)).toEqual([]);
      expect(await store.eventsAfter(recent.id, 0, 100)).toHaveLength(10);
      expect(await store.prune({ maxRows: 15 })).toBe(5);
      expect((await store.eventsAfter(recent.id, 0, 100)).map((e) => e.seq)).toEqual([6, 7, 8, 9, 10]);
      // A run that has not ended keeps all of its events.
      expect(await store.eventsAfter(live.id, 0, 100)).toHaveLength(10);
    });

    it('keeps API tokens by hash', async () => {
      const store = await open();
      expect(await store.tokenCount()).toBe(0);
      await store.addToken('abc', 'first token', '2026-12-01T00:00:00.000Z');
      expect(await store.tokenLabel('abc')).toBe('first token');
      expect(await store.tokenLabel('abd')).toBeUndefined();
      expect(await store.tokenCount()).toBe(1);
    });

    it('hands each slice to one worker at a time, takes it back when its lease runs out, and lets one finish the run', async () => {
      const store = await open();
      const run = await store.createRun(newRun({ sliceSize: 2 }));
      expect((await store.getRun(run.id))!.sliceSize).toBe(2);
      await store.createSlices(run.id, [['h1', 'h2'], ['h3']]);
      expect((await store.slices(run.id)).map((s) => [s.idx, s.hosts, s.status, s.attempts])).toEqual([
        [0, ['h1', 'h2'], 'queued', 0],
        [1, ['h3'], 'queued', 0],
      ]);
      expect(await store.claimSlice(run.id, 0, 'a', '2026-12-01T00:00:10.000Z')).toMatchObject({ idx: 0, status: 'running', owner: 'a', attempts: 1 });
      expect(await store.claimSlice(run.id, 0, 'b', '2026-12-01T00:00:10.000Z')).toBeUndefined();
      expect(await store.claimSlice(run.id, 1, 'b', '2026-12-01T00:00:30.000Z')).toMatchObject({ owner: 'b' });
      await store.renewSlices('b', '2026-12-01T00:01:00.000Z');
      // a stopped renewing: its slice goes back to the queue; b's does not.
      expect(await store.requeueExpiredSlices('2026-12-01T00:00:20.000Z')).toEqual([{ runId: run.id, idx: 0 }]);
      const end = { exitCode: 0, cancelled: false, stats: { h1: { ok: 1, changed: 1, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0 } } };
      expect(await store.finishSlice(run.id, 0, 'a', end)).toBe(false);
      expect(await store.claimSlice(run.id, 0, 'c', '2026-12-01T00:02:00.000Z')).toMatchObject({ owner: 'c', attempts: 2 });
      expect(await store.finishSlice(run.id, 0, 'c', end)).toBe(true);
      const ending = (who: string) => ({
        events: [{ type: 'recap' as const, stats: {}, time: '2026-12-01T00:03:00.000Z' }, warning(0), { ...warning(1), message: who }],
        update: { status: 'failed' as const, exitCode: 2, endedAt: '2026-12-01T00:03:00.000Z' },
      });
      // Slice 1 is still running: the run cannot end yet.
      expect(await store.endSlicedRun(run.id, 'c', ending('c'))).toBe(false);
      expect((await store.getRun(run.id))!.status).toBe('queued');
      expect(await store.finishSlice(run.id, 1, 'b', { ...end, exitCode: 2, stats: {} })).toBe(true);
      const ends = await Promise.all([store.endSlicedRun(run.id, 'b', ending('b')), store.endSlicedRun(run.id, 'c', ending('c'))]);
      expect(ends.filter(Boolean)).toHaveLength(1);
      // The ending is written whole and once: its events together, then the status.
      const written = await store.eventsAfter(run.id, 0, 100);
      expect(written.map((e) => [e.seq, e.event.type])).toEqual([
        [1, 'recap'],
        [2, 'warning'],
        [3, 'warning'],
      ]);
      expect(await store.getRun(run.id)).toMatchObject({ status: 'failed', exitCode: 2, lastSeq: 3 });
      expect(await store.endSlicedRun(run.id, 'd', ending('d'))).toBe(false);
      expect((await store.slices(run.id)).map((s) => [s.status, s.exitCode, s.cancelled, s.stats])).toEqual([
        ['done', 0, false, end.stats],
        ['done', 2, false, {}],
      ]);
    });

    it('cancels the slices of a stopped run that no worker has taken, and no other', async () => {
      const store = await open();
      const run = await store.createRun(newRun({ sliceSize: 1 }));
      await store.createSlices(run.id, [['h1'], ['h2'], ['h3']]);
      await store.claimSlice(run.id, 0, 'a', '2026-12-01T00:00:10.000Z');
      expect(await store.cancelQueuedSlices(run.id)).toBe(2);
      expect(await store.claimSlice(run.id, 1, 'b', '2026-12-01T00:00:10.000Z')).toBeUndefined();
      expect(await store.cancelQueuedSlices(run.id)).toBe(0);
      expect((await store.slices(run.id)).map((s) => [s.status, s.exitCode, s.cancelled, s.stats])).toEqual([
        ['running', undefined, undefined, undefined],
        ['done', 99, true, {}],
        ['done', 99, true, {}],
      ]);
    });

    it('keeps a job with its launch key and record, and its extra variables for a sliced run', async () => {
      const store = await open();
      const run = await store.createRun(newRun({ sliceSize: 5, extraVars: { version: '1.2' } }));
      const launch = {
        host: 'h1',
        poll: 2,
        key: 'h1 site.yml:4:7 0',
        connection: { kind: 'local' as const, host: 'h1' },
        job: { host: 'h1', jid: 'j1.2', resultsFile: '/r', asyncDir: '/a', limit: 60, launchedAt: 0, launchedAtEpoch: 5, python: 'python3', wrapperPath: '/w.py' },
      };
      expect(await store.record(run.id, { events: [], hosts: [], jobs: [{ host: 'h1', jid: 'j1.2', task: 't', state: 'running', key: launch.key, launch }] })).toBe(0);
      await store.record(run.id, { events: [], hosts: [], jobs: [{ host: 'h1', jid: 'j1.2', task: 't', state: 'finished', key: launch.key }] });
      expect(await store.jobs(run.id)).toEqual([{ host: 'h1', jid: 'j1.2', task: 't', state: 'finished', note: undefined, key: launch.key }]);
      expect(await store.jobLaunches(run.id)).toEqual([launch]);
      expect(await store.extraVarsOf(run.id)).toEqual({ version: '1.2' });
    });

    it("keeps each launch's record made before it for a slice's taker, apart from the run's jobs", async () => {
      const store = await open();
      const run = await store.createRun(newRun({ sliceSize: 5 }));
      const intent = {
        host: 'h1',
        poll: 2,
        key: 'h1 site.yml:4:7 1',
        connection: { kind: 'local' as const, host: 'h1' },
        job: { prefix: 'j77', argsFile: '/a/j77.json', asyncDir: '/a', limit: 60, launchedAtEpoch: 5, python: 'python3', wrapperPath: '/w.py' },
      };
      await store.record(run.id, { events: [], hosts: [], jobs: [{ host: 'h1', jid: 'j77', task: 't', state: 'starting', key: intent.key, launch: intent }] });
      expect(await store.jobIntents(run.id)).toEqual([intent]);
      expect(await store.jobs(run.id)).toEqual([]);
      expect(await store.jobLaunches(run.id)).toEqual([]);
    });

    it('keeps a stop request for the workers of a run', async () => {
      const store = await open();
      const run = await store.createRun(newRun({ sliceSize: 5 }));
      await store.updateRun(run.id, { status: 'stopping', stopRequest: 'force' });
      expect(await store.getRun(run.id)).toMatchObject({ status: 'stopping', stopRequest: 'force' });
    });
  });
}
