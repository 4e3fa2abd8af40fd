import { describe, expect, it } from 'vitest';
import { newHostState } from '../../../src/executor/host-state.js';
import { resolveVars, taskVars } from '../../../src/executor/vars.js';
import { loadInventory } from '../../../src/inventory/index.js';
import { markUnsafe } from '../../../src/template/index.js';

describe('task variables', () => {
  it('layers inventory < play vars < vars_files < block/task vars < registered < extra vars', async () => {
    const inventory = await loadInventory(['h1,']);
    const host = inventory.hosts.get('h1')!;
    host.vars = { v: 'inventory', only_inventory: 1 };
    const state = newHostState('h1');
    const layer = (name: string) => ({ v: name, [`only_${name}`]: 1 });
    const vars = (extra: Record<string, unknown>, facts: Record<string, unknown>) => {
      state.facts = facts;
      return taskVars({
        inventory,
        host,
        state,
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
    expect([all.only_inventory, all.only_play, all.only_files, all.only_task, all.inventory_hostname]).toEqual([1, 1, 1, 1, 'h1']);
  });

  it('resolves variables that refer to each other, but never host data', () => {
    const registered = markUnsafe({ stdout: '{{ secret }}' });
    const vars = resolveVars({ host: 'db', port: 5432, url: 'pg://{{ host }}:{{ port }}', nested: '{{ url }}/x', out: registered, secret: 's' });
    expect(vars.url).toBe('pg://db:5432');
    expect(vars.nested).toBe('pg://db:5432/x');
    expect((vars.out as { stdout: string }).stdout).toBe('{{ secret }}');
  });

  it('leaves a variable whose template fails as written, for the task that uses it to report', () => {
    expect(resolveVars({ broken: '{{ missing }}', fine: 'ok' })).toEqual({ broken: '{{ missing }}', fine: 'ok' });
  });
});
