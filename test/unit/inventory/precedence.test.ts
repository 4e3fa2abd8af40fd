import { describe, expect, it } from 'vitest';
import { groupsOfHost, hostVars, loadInventory, mergeVarLayers } from '../../../src/inventory/index.js';
import { writeTree } from '../../fixtures/load/write-tree.js';

describe('variable precedence', () => {
  it('applies the eight inventory layers from lowest to highest', async () => {
    // Layer n (1-8) sets v1..v8 from v{n} on to n, so each v{n} ends up set by layer n.
    const from = (n: number, separator: string): string =>
      Array.from({ length: 9 - n }, (_, i) => `v${n + i}${separator}${n}`).join('\n') + '\n';
    const root = await writeTree({
      'inv/hosts': `[web]\nw1 ${from(6, '=').trim().split('\n').join(' ')}\n[web:vars]\n${from(1, '=')}`,
      'inv/group_vars/all.yml': from(2, ': '),
      'pb/group_vars/all.yml': from(3, ': '),
      'inv/group_vars/web.yml': from(4, ': '),
      'pb/group_vars/web.yml': from(5, ': '),
      'inv/host_vars/w1.yml': from(7, ': '),
      'pb/host_vars/w1.yml': from(8, ': '),
    });
    const inventory = await loadInventory([`${root}/inv/hosts`], { playbookDir: `${root}/pb` });
    expect(hostVars(inventory, 'w1')).toEqual({ v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6, v7: 7, v8: 8 });
  });

  it('lets a child group override its parent, whatever the file order', async () => {
    const root = await writeTree({
      hosts: '[child]\nh1\n[parent:children]\nchild\n[child:vars]\nx=child\n[parent:vars]\nx=parent\n[all:vars]\nx=all\ny=all\n',
    });
    const inventory = await loadInventory([`${root}/hosts`]);
    expect(hostVars(inventory, 'h1')).toEqual({ x: 'child', y: 'all' });
    expect(groupsOfHost(inventory, inventory.hosts.get('h1')!).map((g) => g.name)).toEqual(['all', 'parent', 'child']);
  });

  it('merges groups of the same depth alphabetically, the last name winning, unless ansible_group_priority says otherwise', async () => {
    const root = await writeTree({
      'a.ini': '[beta]\nh1\n[alpha]\nh1\n[beta:vars]\nx=beta\n[alpha:vars]\nx=alpha\n',
      'b.ini': '[low]\nh2\n[high]\nh2\n[low:vars]\nx=low\nansible_group_priority=10\n[high:vars]\nx=high\n',
    });
    const inventory = await loadInventory([`${root}/a.ini`, `${root}/b.ini`]);
    expect(hostVars(inventory, 'h1').x).toBe('beta');
    expect(hostVars(inventory, 'h2').x).toBe('low');
  });

  it('merges explicit layers with the later replacing whole values', () => {
    expect(mergeVarLayers({ a: 1, m: { x: 1 } }, undefined, { m: { y: 2 } }, { b: 3 })).toEqual({ a: 1, m: { y: 2 }, b: 3 });
  });

  it('refuses a host that is not in the inventory', async () => {
    const inventory = await loadInventory(['h1,']);
    expect(() => hostVars(inventory, 'nope')).toThrow("host 'nope' is not in the inventory");
  });
});
