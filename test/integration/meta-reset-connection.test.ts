import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  fleet = await startHosts(1, { prefix: 'reset' });
  inv = writeInventory(fleet.hosts);
});

afterAll(async () => {
  await fleet?.stop();
});

/** The runs' connection events and the sshd session (the shell's parent) each task ran under. */
async function run(tasks: string): Promise<{ connects: number; sessions: string[] }> {
  const yaml = `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;
  const file = join(inv.dir, `reset-${Math.random().toString(36).slice(2)}.yml`);
  writeFileSync(file, yaml);
  const events: RunEvent[] = [];
  const result = await runPlaybook({
    playbook: await parsePlaybookText(yaml, file),
    inventory: await loadInventory([inv.file]),
    connection: { knownHostsFile: inv.knownHostsFile, connectTimeoutMs: 20_000 },
    onEvent: (e) => events.push(e),
  });
  expect(result.outcome).toBe('ok');
  const sessions = events.flatMap((e) => (e.type === 'host_result' && e.task === 'session' ? [String(e.result.stdout).trim()] : []));
  return { connects: events.filter((e) => e.type === 'connection').length, sessions };
}

const session = '    - name: session\n      raw: echo $PPID\n';

describe('meta: reset_connection', () => {
  it('closes the host connection: the next task connects again, in a new sshd session', async () => {
    const reset = await run(`${session}    - meta: reset_connection\n${session}`);
    expect(reset.connects).toBe(2);
    expect(reset.sessions).toHaveLength(2);
    expect(reset.sessions[0]).not.toBe(reset.sessions[1]);
  });

  it('without it, both tasks share one connection', async () => {
    const shared = await run(`${session}    - meta: noop\n${session}`);
    expect(shared.connects).toBe(1);
    expect(shared.sessions[0]).toBe(shared.sessions[1]);
  });
});
