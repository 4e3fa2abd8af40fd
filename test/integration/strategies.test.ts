import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/events/index.js';
import { runPlaybook } from '../../src/executor/index.js';
import { loadInventory } from '../../src/inventory/index.js';
import { parsePlaybookText } from '../../src/playbook/index.js';
import { startHosts, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';

let fleet: TestHosts;
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(3, { prefix: 'pin' });
  inv = writeInventory(fleet.hosts);
});

afterAll(async () => {
  await fleet?.stop();
});

/** Runs `yaml` on the three hosts with `forks`; `host:task` of every task result in arrival order. */
async function run(yaml: string, forks: number): Promise<{ outcome: string; order: string[]; events: RunEvent[] }> {
  const playbook = await parsePlaybookText(yaml, `${inv.dir}/strategies.yml`);
  const inventory = await loadInventory([inv.file]);
  const events: RunEvent[] = [];
  const { outcome } = await runPlaybook({
    playbook,
    inventory,
    forks,
    pollInterval: 1,
    connection: { knownHostsFile: inv.knownHostsFile, connectTimeoutMs: 5000 },
    onEvent: (e) => events.push(e),
  });
  const order = events.flatMap((e) => (e.type === 'host_result' && e.item === undefined ? [`${e.host}:${e.task}`] : []));
  return { outcome, order, events };
}

describe('strategy: host_pinned on sshd hosts', () => {
  it('with one fork, each host runs all its tasks, an async job included, before the next host starts', async () => {
    const r = await run(
      `- hosts: all
  gather_facts: false
  strategy: host_pinned
  tasks:
    - name: who
      command: hostname
    - name: wait
      command: sleep 1
      async: 20
      poll: 1
    - name: mark
      shell: echo pinned > /tmp/pinned-{{ inventory_hostname }}
`,
      1,
    );
    expect(r.outcome, JSON.stringify(r.events.filter((e) => e.type === 'host_result'))).toBe('ok');
    expect(r.order).toEqual(['pin1', 'pin2', 'pin3'].flatMap((h) => [`${h}:who`, `${h}:wait`, `${h}:mark`]));
    // The async job of a host is polled while that host holds the fork, never during another's turn.
    const polled = r.events.flatMap((e) => (e.type === 'async_poll' || e.type === 'async_done' ? [e.host] : []));
    expect(polled.length).toBeGreaterThan(0);
    expect(polled).toEqual([...polled].sort());
    for (const h of fleet.hosts) expect((await h.sh(`cat /tmp/pinned-${h.name}`)).output.trim()).toBe('pinned');
  });

  it('with two forks, the third host starts only once one of the first two has finished', async () => {
    const r = await run(
      `- hosts: all
  gather_facts: false
  strategy: host_pinned
  tasks:
    - name: first
      command: sleep 1
    - name: second
      command: "true"
    - name: last
      command: "true"
`,
      2,
    );
    expect(r.outcome).toBe('ok');
    const at = (entry: string) => r.order.indexOf(entry);
    // Under free, pin3 would run its first task beside pin1 and pin2 and finish it before their last ones.
    expect(at('pin3:first')).toBeGreaterThan(Math.min(at('pin1:last'), at('pin2:last')));
    expect(r.order).toHaveLength(9);
  });
});
