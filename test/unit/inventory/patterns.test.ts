import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostVars, type Inventory, loadInventory, selectHosts } from '../../../src/inventory/index.js';
import { writeTree } from '../../fixtures/load/write-tree.js';

const INVENTORY = `
[web]
web1
web2
web3.example.com

[db]
db1
web2

[prod:children]
web
db

[staging]
stage1
`;

async function inventory(): Promise<Inventory> {
  const root = await writeTree({ hosts: INVENTORY });
  return loadInventory([join(root, 'hosts')]);
}

function select(inv: Inventory, pattern: string, limit?: string): string[] {
  return selectHosts(inv, pattern, limit).map((host) => host.name);
}

describe('host patterns', () => {
  it('selects every host with all or *, in inventory order', async () => {
    const inv = await inventory();
    expect(select(inv, 'all')).toEqual(['web1', 'web2', 'web3.example.com', 'db1', 'stage1']);
    expect(select(inv, '*')).toEqual(select(inv, 'all'));
  });

  it('selects a group with its child groups, and a single host', async () => {
    const inv = await inventory();
    expect(select(inv, 'prod')).toEqual(['web1', 'web2', 'web3.example.com', 'db1']);
    expect(select(inv, 'db1')).toEqual(['db1']);
  });

  it('unites with a:b and a,b, parts in the order written and each part in inventory order', async () => {
    const inv = await inventory();
    expect(select(inv, 'staging:db')).toEqual(['stage1', 'web2', 'db1']);
    expect(select(inv, 'staging,db')).toEqual(['stage1', 'web2', 'db1']);
  });

  it('intersects with a:&b and excludes with a:!b', async () => {
    const inv = await inventory();
    expect(select(inv, 'web:&db')).toEqual(['web2']);
    expect(select(inv, 'prod:!db')).toEqual(['web1', 'web3.example.com']);
    expect(select(inv, '!web')).toEqual(['db1', 'stage1']);
  });

  it('matches wildcards and ~regex against host and group names', async () => {
    const inv = await inventory();
    expect(select(inv, 'web*')).toEqual(['web1', 'web2', 'web3.example.com']);
    expect(select(inv, '*.example.com')).toEqual(['web3.example.com']);
    expect(select(inv, 'db?')).toEqual(['db1']);
    expect(select(inv, '~(web|db)[12]$')).toEqual(['web1', 'web2', 'db1']);
    expect(select(inv, '~stag')).toEqual(['stage1']);
  });

  it('narrows with --limit, in the same syntax or from an @file', async () => {
    const inv = await inventory();
    expect(select(inv, 'all', 'web')).toEqual(['web1', 'web2', 'web3.example.com']);
    expect(select(inv, 'prod', 'all:!web1')).toEqual(['web2', 'web3.example.com', 'db1']);
    const root = await writeTree({ 'retry.txt': 'db1\nweb1\n\n' });
    expect(select(inv, 'all', `@${root}/retry.txt`)).toEqual(['web1', 'db1']);
  });

  it('warns about a pattern part that matches nothing and goes on', async () => {
    const inv = await inventory();
    const warnings: string[] = [];
    const hosts = selectHosts(inv, 'db:nosuch', undefined, { onWarning: (message) => warnings.push(message) });
    expect(hosts.map((host) => host.name)).toEqual(['web2', 'db1']);
    expect(warnings).toEqual(['Could not match supplied host pattern, ignoring: nosuch']);
  });

  it('does not warn about `all` in an empty inventory, which has its own warning', async () => {
    const warnings: string[] = [];
    const empty = await loadInventory(['/nonexistent/hosts'], { unparsedWarning: false, localhostWarning: false });
    expect(selectHosts(empty, 'all', undefined, { onWarning: (message) => warnings.push(message) })).toEqual([]);
    expect(selectHosts(empty, 'web', undefined, { onWarning: (message) => warnings.push(message) })).toEqual([]);
    expect(warnings).toEqual(['Could not match supplied host pattern, ignoring: web']);
  });

  it('makes up localhost, running locally with the controller python, when the inventory lacks it', async () => {
    const inv = await inventory();
    const [local] = selectHosts(inv, 'localhost');
    expect(local).toMatchObject({ name: 'localhost', implicit: true, vars: { ansible_connection: 'local' } });
    expect(String(local.vars.ansible_python_interpreter)).toMatch(/python/);
    expect(select(inv, '127.0.0.1')).toEqual(['127.0.0.1']);
    expect(select(inv, 'all')).not.toContain('localhost');
    expect(hostVars(inv, 'localhost')).toMatchObject({ ansible_connection: 'local' });
  });

  it('uses the inventory localhost when there is one', async () => {
    const root = await writeTree({ hosts: 'localhost ansible_connection=ssh\n' });
    const inv = await loadInventory([join(root, 'hosts')]);
    expect(selectHosts(inv, 'localhost')[0]).toMatchObject({ vars: { ansible_connection: 'ssh' } });
    expect(selectHosts(inv, 'localhost')[0].implicit).toBeUndefined();
  });

  it('reports an unreadable limit file by name', async () => {
    const inv = await inventory();
    expect(() => selectHosts(inv, 'all', '@/nonexistent/retry')).toThrow("could not read limit file '/nonexistent/retry': ENOENT");
  });
});
