import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHostState } from '../../../src/executor/host-state.js';
import { magicVars, resolveVars, taskVars } from '../../../src/executor/vars.js';
import { loadInventory } from '../../../src/inventory/index.js';
import { TemplateError } from '../../../src/core/errors.js';
import { taint } from '../../../src/template/index.js';

describe('task variables', () => {
  it('layers inventory < host facts < play vars < vars_files < block/task vars < registered < extra vars', async () => {
    const inventory = await loadInventory(['h1,']);
    const host = inventory.hosts.get('h1')!;
    host.vars = { v: 'inventory', only_inventory: 1, w: 'inventory' };
    const state = newHostState('h1');
    state.hostFacts = taint({ w: 'fact', only_fact: 1 });
    const layer = (name: string) => ({ v: name, [`only_${name}`]: 1 });
    const vars = (extra: Record<string, unknown>, facts: Record<string, unknown>) => {
      state.facts = facts;
      return taskVars({
        inventory,
        host,
        state,
        injectFacts: true,
        playVars: layer('play'),
        varsFiles: layer('files'),
        scopeVars: layer('task'),
        extraVars: extra,
        magic: { inventory_hostname: 'h1' },
      });
    };
    expect(vars({}, {}).v).toBe('task');
    expect(vars({}, { v: 'registered' }).v).toBe('registered');
    expect(vars({ v: 'extra' }, { v: 'registered' }).v).toBe('extra');
    const all = vars({}, {});
    expect([all.only_inventory, all.only_fact, all.only_play, all.only_files, all.only_task, all.inventory_hostname]).toEqual([1, 1, 1, 1, 1, 'h1']);
    expect(String(all.w)).toBe('fact');
  });

  it('resolves variables that refer to each other, but never host data', () => {
    const registered = taint({ stdout: '{{ secret }}' });
    const vars = resolveVars({ host: 'db', port: 5432, url: 'pg://{{ host }}:{{ port }}', nested: '{{ url }}/x', out: registered, secret: 's' });
    expect(vars.url).toBe('pg://db:5432');
    expect(vars.nested).toBe('pg://db:5432/x');
    expect(String((vars.out as { stdout: unknown }).stdout)).toBe('{{ secret }}');
  });

  it('a variable whose template fails fails where it is read, and the others still resolve', () => {
    const vars = resolveVars({ broken: '{{ missing }}', fine: 'ok', uses: '{{ fine }}!' });
    expect(() => vars.broken).toThrow(TemplateError);
    expect(() => vars.broken).toThrow("'missing' is undefined");
    expect(vars.uses).toBe('ok!');
  });
});

describe('magic variables', () => {
  it('groups lists every group with its hosts, child groups included; group_names the host\'s own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-magic-'));
    writeFileSync(join(dir, 'hosts.ini'), '[web]\nw1\nw2\n[db]\nd1\n[prod:children]\nweb\n');
    const inventory = await loadInventory([join(dir, 'hosts.ini')]);
    const vars = magicVars(inventory, inventory.hosts.get('w1')!, { all: ['w1', 'w2'], active: ['w1', 'w2'], batchActive: ['w1'] }, {});
    expect(vars.groups).toMatchObject({ all: ['w1', 'w2', 'd1'], web: ['w1', 'w2'], db: ['d1'], prod: ['w1', 'w2'] });
    expect(vars.group_names).toEqual(['prod', 'web']);
    expect(vars).toMatchObject({ inventory_hostname: 'w1', inventory_hostname_short: 'w1', ansible_play_batch: ['w1'], play_hosts: ['w1'], ansible_play_hosts: ['w1', 'w2'] });
  });
});
