// The live log under load: a million events written in batches while a client follows the stream
// over HTTP, on a real SQLite file. The client gets every event, in order, once, and the end.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../src/index.js';
import { buildApp } from '../../../src/server/http/app.js';
import { hashToken } from '../../../src/server/http/tokens.js';
import { RunManager } from '../../../src/server/runs/run-manager.js';
import { RunRecorder } from '../../../src/server/runs/run-recorder.js';
import { SqliteStore } from '../../../src/server/store/sqlite-store.js';

const EVENTS = 1_000_000;
const TOKEN = 'castoff_stream-test-token-0123456789';

let store: SqliteStore;
let runs: RunManager;
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'castoff-stream-')), 'castoff.db'));
  await store.migrate();
  await store.addToken(hashToken(TOKEN), 'test', new Date().toISOString());
  runs = new RunManager(store, { projects: new Map([['p', tmpdir()]]), maxRuns: 1 });
  app = buildApp({ store, runs, projects: new Map([['p', tmpdir()]]) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await app?.close();
  await store?.close();
});

/** Reads the stream to its end; the event numbers in the order they came. */
async function follow(runId: number): Promise<{ ids: Uint32Array; count: number; ended: boolean }> {
  const response = await fetch(`${url}/api/runs/${runId}/stream`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const ids = new Uint32Array(EVENTS);
  let count = 0;
  let ended = false;
  let rest = '';
  const decoder = new TextDecoder();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    const text = rest + decoder.decode(chunk, { stream: true });
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('id: ')) ids[count++] = Number(line.slice(4));
      else if (line === 'event: end') ended = true;
    }
  }
  return { ids, count, ended };
}

describe('the live log', () => {
  it("sends the log view as castoff-playbook's text for each event, numbered as the events", async () => {
    const run = await store.createRun({ project: 'p', playbook: 'site.yml', inventory: [], extraVarNames: [], check: false, who: 't', createdAt: new Date().toISOString() });
    const time = '2026-12-01T00:00:00.000Z';
    await store.record(run.id, {
      events: [
        { type: 'play_start', play: 'web', hosts: ['h1'], position: { file: 'site.yml', line: 1, col: 3 }, time },
        { type: 'warning', message: 'careful', time },
      ],
      hosts: [],
      jobs: [],
    });
    await store.updateRun(run.id, { status: 'succeeded', endedAt: time });
    const response = await fetch(`${url}/api/runs/${run.id}/stream?view=log&after=1`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const blocks = (await response.text()).split('\n\n').filter((b) => b.startsWith('id: '));
    expect(blocks).toEqual([`id: 2\nevent: log\ndata: ${JSON.stringify({ text: '\u001b[0;35m[WARNING]: careful\u001b[0m\n' })}`]);
    const refused = await fetch(`${url}/api/runs/${run.id}/stream?view=html`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(refused.status).toBe(400);
  });

  it('streams a million events written while it is read, in order, each once, then the end', async () => {
    const run = await store.createRun({ project: 'p', playbook: 'site.yml', inventory: [], extraVarNames: [], check: false, who: 't', createdAt: new Date().toISOString() });
    await store.updateRun(run.id, { status: 'running' });
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    const reading = follow(run.id);
    const recorder = new RunRecorder(store, run.id, () => runs.notifier.notify(run.id));
    const event = (n: number): RunEvent => ({ type: 'warning', message: `line ${n}`, time: '2026-12-01T00:00:00.000Z' });
    for (let n = 1; n <= EVENTS; n++) {
      recorder.add(event(n));
      // The writer yields now and then, as a run's process does between its messages.
      if (n % 5000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await recorder.flush();
    expect(recorder.failed).toBeUndefined();
    await store.updateRun(run.id, { status: 'succeeded', endedAt: new Date().toISOString() });
    runs.notifier.notify(run.id);
    const { ids, count, ended } = await reading;
    expect(count).toBe(EVENTS);
    let inOrder = true;
    for (let i = 0; i < count; i++) if (ids[i] !== i + 1) inOrder = false;
    expect(inOrder).toBe(true);
    expect(ended).toBe(true);
    // Waiting for the client to drain its buffer, again and again, leaves no listener behind.
    process.off('warning', onWarning);
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  }, 300_000);
});
