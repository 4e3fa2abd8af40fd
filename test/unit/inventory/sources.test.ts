import { describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { hostVars, InventoryError, loadInventory } from '../../../src/inventory/index.js';
import { writeTree } from '../../fixtures/load/write-tree.js';

function names<T extends { name: string }>(items: Iterable<T>): string[] {
  return [...items].map((item) => item.name);
}

describe('INI inventories', () => {
  it('reads groups, children, group vars, inline host vars, ranges, ports and comments', async () => {
    const root = await writeTree({
      hosts: `# a comment
; another comment
bastion.example.com

[web]
web[01:03].example.com http_port=8080 motd="hello world" debug=True ratio=0.5 none=None
db-[a:c] ansible_port=2222 # trailing comment
odd[1:5:2]
proxy:2200 ansible_user='deploy user'
[::1]:2201

[prod:children]
web

[prod:vars]
env = production
json={"a": [1, 2]}
quoted="a b"
`,
    });
    const inventory = await loadInventory([`${root}/hosts`]);
    expect(names(inventory.hosts.values())).toEqual([
      'bastion.example.com',
      'web01.example.com',
      'web02.example.com',
      'web03.example.com',
      'db-a',
      'db-b',
      'db-c',
      'odd1',
      'odd3',
      'odd5',
      'proxy',
      '::1',
    ]);
    expect(inventory.hosts.get('web02.example.com')).toMatchObject({
      vars: { http_port: 8080, motd: 'hello world', debug: true, ratio: 0.5, none: null },
      groups: ['web'],
      position: { file: `${root}/hosts`, line: 6, col: 1 },
    });
    expect(inventory.hosts.get('db-b')?.vars).toEqual({ ansible_port: 2222 });
    expect(inventory.hosts.get('proxy')?.vars).toEqual({ ansible_user: 'deploy user', ansible_port: 2200 });
    expect(inventory.hosts.get('::1')?.vars).toEqual({ ansible_port: 2201 });
    expect(inventory.hosts.get('bastion.example.com')?.groups).toEqual(['ungrouped']);
    expect(inventory.groups.get('prod')).toMatchObject({ children: ['web'], vars: { env: 'production', json: { a: [1, 2] }, quoted: 'a b' } });
    expect(inventory.groups.get('all')?.children).toEqual(['ungrouped', 'prod']);
    expect(inventory.groups.get('web')).toMatchObject({ parents: ['prod'], depth: 2 });
  });

  it('keeps a zero-padded range padded and merges a host met in several groups', async () => {
    const root = await writeTree({ 'inv.ini': '[a]\nh[08:10] x=1\n[b]\nh09 y=2\n' });
    const inventory = await loadInventory([`${root}/inv.ini`]);
    expect(names(inventory.hosts.values())).toEqual(['h08', 'h09', 'h10']);
    expect(inventory.hosts.get('h09')).toMatchObject({ vars: { x: 1, y: 2 }, groups: ['a', 'b'] });
  });
});

describe('YAML inventories', () => {
  it('reads all: {hosts, vars, children}, ranges and host ports', async () => {
    const root = await writeTree({
      'inventory.yml': `
all:
  hosts:
    jump: {ansible_host: 10.0.0.1}
  vars:
    ntp: time.example.com
  children:
    web:
      hosts:
        web[1:2]:
        api:2222:
          tier: front
      children:
        canary:
          hosts:
            web1:
    db:
      vars: {port: 5432}
`,
    });
    const inventory = await loadInventory([`${root}/inventory.yml`]);
    expect(names(inventory.hosts.values())).toEqual(['jump', 'web1', 'web2', 'api']);
    expect(inventory.hosts.get('api')?.vars).toEqual({ ansible_port: 2222, tier: 'front' });
    expect(inventory.hosts.get('web1')?.groups).toEqual(['web', 'canary']);
    expect(inventory.hosts.get('jump')).toMatchObject({ groups: ['all', 'ungrouped'], vars: { ansible_host: '10.0.0.1' } });
    expect(inventory.groups.get('all')?.vars).toEqual({ ntp: 'time.example.com' });
    expect(inventory.groups.get('db')?.vars).toEqual({ port: 5432 });
    expect(inventory.groups.get('canary')).toMatchObject({ parents: ['web'], depth: 2 });
  });

  it('reads top-level groups other than all, JSON inventories and extensionless YAML', async () => {
    const root = await writeTree({
      'a.yaml': 'web:\n  hosts:\n    w1:\n',
      'b.json': '{"db": {"hosts": {"d1": {"x": 1}}}}',
      c: '# yaml without extension\nqueue:\n  hosts:\n    q1:\n',
    });
    const inventory = await loadInventory([`${root}/a.yaml`, `${root}/b.json`, `${root}/c`]);
    expect(names(inventory.hosts.values())).toEqual(['w1', 'd1', 'q1']);
    expect(inventory.groups.get('all')?.children).toEqual(['ungrouped', 'web', 'db', 'queue']);
  });

  it('warns about unexpected keys in a group, as Ansible does', async () => {
    const root = await writeTree({ 'inv.yml': 'all:\n  host:\n    a:\n' });
    const inventory = await loadInventory([`${root}/inv.yml`]);
    expect(inventory.warnings).toEqual([
      `${root}/inv.yml:2:3: skipping unexpected key 'host' in group 'all', only 'vars', 'children' and 'hosts' are valid`,
      "provided hosts list is empty, only localhost is available. Note that the implicit localhost does not match 'all'",
    ]);
  });
});

describe('other sources', () => {
  it('reads a comma list of hosts, with ports', async () => {
    const inventory = await loadInventory(['h1,h2:2222,']);
    expect(names(inventory.hosts.values())).toEqual(['h1', 'h2']);
    expect(inventory.hosts.get('h2')?.vars).toEqual({ ansible_port: 2222 });
    expect(inventory.groups.get('ungrouped')?.hosts).toEqual(['h1', 'h2']);
  });

  it('loads every inventory file of a folder, skipping vars folders and ignored files', async () => {
    const root = await writeTree({
      'inv/01-web.ini': '[web]\nw1\n',
      'inv/02-db.yml': 'db:\n  hosts:\n    d1:\n',
      'inv/sub/03.ini': '[queue]\nq1\n',
      'inv/README.md': 'not an inventory',
      'inv/old.ini~': '[x]\nx1\n',
      'inv/group_vars/web.yml': 'http: 80\n',
    });
    const inventory = await loadInventory([`${root}/inv`]);
    expect(names(inventory.hosts.values())).toEqual(['w1', 'd1', 'q1']);
    expect(hostVars(inventory, 'w1')).toEqual({ http: 80 });
  });

  it('merges several sources, a later one overriding the vars of an earlier one', async () => {
    const root = await writeTree({ 'a.ini': '[web]\nw1 x=1 y=1\n', 'b.ini': '[web]\nw1 y=2\nw2\n' });
    const inventory = await loadInventory([`${root}/a.ini`, `${root}/b.ini`]);
    expect(names(inventory.hosts.values())).toEqual(['w1', 'w2']);
    expect(inventory.hosts.get('w1')?.vars).toEqual({ x: 1, y: 2 });
  });

  it('warns, as Ansible does, about a source that is neither a path nor a host list', async () => {
    const inventory = await loadInventory(['/nonexistent/hosts']);
    expect(inventory.warnings).toEqual([
      'Unable to parse /nonexistent/hosts as an inventory source',
      'No inventory was parsed, only implicit localhost is available',
      "provided hosts list is empty, only localhost is available. Note that the implicit localhost does not match 'all'",
    ]);
    expect(inventory.hosts.size).toBe(0);
  });
});

describe('sources that cannot be parsed', () => {
  const UNPARSED = 'No inventory was parsed, only implicit localhost is available';
  const EMPTY = "provided hosts list is empty, only localhost is available. Note that the implicit localhost does not match 'all'";

  it('names a relative source by its absolute path, as Ansible does', async () => {
    const inventory = await loadInventory(['nosuch.ini']);
    expect(inventory.warnings[0]).toBe(`Unable to parse ${resolve('nosuch.ini')} as an inventory source`);
  });

  it('a folder without an inventory file cannot be parsed', async () => {
    const root = await writeTree({ 'inv/README.md': 'nothing here' });
    const inventory = await loadInventory([join(root, 'inv')]);
    expect(inventory.warnings).toEqual([`Unable to parse ${join(root, 'inv')} as an inventory source`, UNPARSED, EMPTY]);
  });

  it('one good source: only the bad one is reported', async () => {
    const root = await writeTree({ 'hosts.ini': 'h1\n' });
    const inventory = await loadInventory([join(root, 'hosts.ini'), join(root, 'nosuch.ini')]);
    expect(names(inventory.hosts.values())).toEqual(['h1']);
    expect(inventory.warnings).toEqual([`Unable to parse ${join(root, 'nosuch.ini')} as an inventory source`]);
  });

  it('an empty file parses, and only the empty hosts list is reported', async () => {
    const root = await writeTree({ 'empty.ini': '' });
    expect((await loadInventory([join(root, 'empty.ini')])).warnings).toEqual([EMPTY]);
  });

  it('no sources at all asks for the implicit localhost alone: no warning', async () => {
    expect((await loadInventory([])).warnings).toEqual([]);
  });

  it('unparsedIsFailed: no source parsed is an error naming the sources', async () => {
    const root = await writeTree({ 'hosts.ini': 'h1\n' });
    const missing = join(root, 'nosuch.ini');
    const failure = loadInventory([missing], { unparsedIsFailed: true });
    await expect(failure).rejects.toBeInstanceOf(InventoryError);
    await expect(failure).rejects.toThrow(`No inventory was parsed, please check your configuration and options (unable to parse ${missing})`);
    // One parsed source is enough: the other only costs its warning.
    const inventory = await loadInventory([join(root, 'hosts.ini'), missing], { unparsedIsFailed: true });
    expect(inventory.warnings).toEqual([`Unable to parse ${missing} as an inventory source`]);
  });

  it('anyUnparsedIsFailed: one source that cannot be parsed is an error naming it', async () => {
    const root = await writeTree({ 'hosts.ini': 'h1\n' });
    await mkdir(join(root, 'empty-dir'));
    await expect(loadInventory([join(root, 'hosts.ini'), join(root, 'empty-dir')], { anyUnparsedIsFailed: true })).rejects.toThrow(
      `Completely failed to parse inventory source ${join(root, 'empty-dir')}`,
    );
  });

  it('unparsedWarning and localhostWarning false silence their warnings', async () => {
    const inventory = await loadInventory(['/nonexistent/hosts'], { unparsedWarning: false, localhostWarning: false });
    expect(inventory.warnings).toEqual(['Unable to parse /nonexistent/hosts as an inventory source']);
  });
});

describe('group_vars and host_vars', () => {
  it('reads NAME, NAME.yml, NAME.yaml, NAME.json and NAME/ folders beside the inventory and the playbook', async () => {
    const root = await writeTree({
      'inventory/hosts': '[web]\nw1\n[db]\nd1\n',
      'inventory/group_vars/all.yml': 'level: inventory-all\nntp: a\n',
      'inventory/group_vars/web': 'port: 80\n',
      'inventory/group_vars/db/main.yaml': 'port: 5432\nengine: pg\n',
      'inventory/group_vars/db/zz.json': '{"engine": "postgres"}',
      'inventory/group_vars/db/notes.txt': 'ignored',
      'inventory/group_vars/unknown.yml': 'ignored: true\n',
      'inventory/host_vars/w1.yml': 'id: 1\n',
      'playbook/group_vars/all.yml': 'level: playbook-all\n',
      'playbook/host_vars/w1.yml': 'id: 2\n',
    });
    const inventory = await loadInventory([`${root}/inventory/hosts`], { playbookDir: `${root}/playbook` });
    expect(inventory.groups.get('db')?.inventoryDirVars).toEqual({ port: 5432, engine: 'postgres' });
    expect(hostVars(inventory, 'w1')).toEqual({ level: 'playbook-all', ntp: 'a', port: 80, id: 2 });
    expect(hostVars(inventory, 'd1')).toEqual({ level: 'playbook-all', ntp: 'a', port: 5432, engine: 'postgres' });
    expect(inventory.groups.has('unknown')).toBe(false);
  });

  it('reports a vars file that is not a mapping at its position', async () => {
    const root = await writeTree({ hosts: 'w1\n', 'host_vars/w1.yml': '- a\n' });
    await expect(loadInventory([`${root}/hosts`])).rejects.toThrow(`${root}/host_vars/w1.yml:1:1: a vars file must be a mapping of variables, got a list`);
  });
});
