// The store contract on a real PostgreSQL server, started for this file.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/server/store/migrations.js';
import { PostgresStore } from '../../src/server/store/postgres-store.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { describeStoreContract } from '../helpers/store-contract.js';

let server: TestPostgres;
const stores: PostgresStore[] = [];

beforeAll(async () => {
  server = await startPostgres();
}, 180_000);
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});
afterAll(async () => {
  await server?.stop();
});

async function open(url?: string): Promise<PostgresStore> {
  const store = new PostgresStore(url ?? (await server.newDatabase()));
  stores.push(store);
  await store.migrate();
  return store;
}

describeStoreContract('PostgreSQL', () => open());

describe('the PostgreSQL store, shared', () => {
  it('applies each migration once when several processes start at the same time', async () => {
    const url = await server.newDatabase();
    const racing = Array.from({ length: 4 }, () => new PostgresStore(url));
    stores.push(...racing);
    const applied = await Promise.all(racing.map((s) => s.migrate()));
    expect(applied.flat()).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('hands a run to one of several owners racing for it', async () => {
    const a = await open();
    const run = await a.createRun({ project: 'p', playbook: 'site.yml', inventory: [], extraVarNames: [], check: false, who: 't', createdAt: '2026-12-01T00:00:00.000Z' });
    const now = '2026-12-01T00:00:00.000Z';
    const won = await Promise.all(['x', 'y', 'z'].map((owner) => a.lease(run.id, owner, '2026-12-01T00:01:00.000Z', now)));
    expect(won.filter(Boolean)).toHaveLength(1);
  });
});
