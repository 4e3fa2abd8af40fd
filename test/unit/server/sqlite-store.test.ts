// The embedded store on a real SQLite file: the store contract, and migrations across reopening.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/server/store/migrations.js';
import { SqliteStore } from '../../../src/server/store/sqlite-store.js';
import { describeStoreContract } from '../../helpers/store-contract.js';

const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

async function open(file = join(mkdtempSync(join(tmpdir(), 'castoff-db-')), 'castoff.db')): Promise<SqliteStore> {
  const store = new SqliteStore(file);
  stores.push(store);
  await store.migrate();
  return store;
}

describeStoreContract('SQLite', () => open());

describe('the SQLite store file', () => {
  it('applies each migration once, also when opened again', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'castoff-db-')), 'castoff.db');
    const store = new SqliteStore(file);
    stores.push(store);
    expect(await store.migrate()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await store.migrate()).toEqual([]);
    await store.close();
    stores.pop();
    const again = await open(file);
    expect(await again.migrate()).toEqual([]);
  });

});
