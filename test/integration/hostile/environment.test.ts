/**
 * Hostile-host suite, `environment:`: every local user of a host can read every process's command
 * line (`ps`, /proc/<pid>/cmdline), so a task's environment values must never be on one, for any
 * kind of task, sync or async, with or without become; the command must still see them. And a name
 * a shell cannot export is a clear task failure, not an internal error.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../helpers/eventually.js';
import { startHosts, type TestHost, type TestHosts } from '../../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../../helpers/inventory.js';
import { playRecorded, type RecordedRun } from '../../helpers/play.js';

let fleet: TestHosts;
let host: TestHost;
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(1, { prefix: 'env' });
  host = fleet.hosts[0];
  inv = writeInventory(fleet.hosts);
  // The script: records what it sees, then holds on until the test has looked at the host.
  writeFileSync(join(inv.dir, 'hold.sh'), '#!/bin/sh\nprintf "%s" "$DB_PASSWORD" > "$1"\nwhile [ ! -e "$1.release" ]; do sleep 0.1; done\n');
});

afterAll(async () => {
  await fleet?.stop();
});

async function shOut(command: string): Promise<string> {
  return (await host.sh(command)).output;
}

/** Every process's arguments as `ps` and /proc/<pid>/cmdline show them to any user of the host. */
async function commandLines(): Promise<string> {
  const ps = await shOut('ps -eo args');
  const proc = await shOut(`for f in /proc/[0-9]*/cmdline; do tr '\\0' ' ' < "$f" 2>/dev/null; echo; done`);
  return `${ps}\n${proc}`;
}

// Holds the task until the test creates <seen>.release; the command line names only the variable.
const HOLD = (seen: string) => `printf '%s' "$DB_PASSWORD" > ${seen}; while [ ! -e ${seen}.release ]; do sleep 0.1; done`;

type Case = { name: string; task: (seen: string) => string; poll0?: boolean };

const cases: Case[] = [
  { name: 'shell (a Python module)', task: (seen) => `shell: ${JSON.stringify(HOLD(seen))}` },
  { name: 'raw', task: (seen) => `raw: ${JSON.stringify(HOLD(seen))}` },
  { name: 'raw through sudo to another user', task: (seen) => `raw: ${JSON.stringify(HOLD(seen))}\n      become: true\n      become_user: deploy` },
  { name: 'script', task: (seen) => `script: hold.sh ${seen}` },
  { name: 'async shell, poll 1', task: (seen) => `shell: ${JSON.stringify(HOLD(seen))}\n      async: 60\n      poll: 1` },
  { name: 'async shell, poll 0', task: (seen) => `shell: ${JSON.stringify(HOLD(seen))}\n      async: 60\n      poll: 0`, poll0: true },
];

describe('environment values on the host during a task', () => {
  it.each(cases)('$name: no command line shows them, and the command sees them', async ({ task, poll0 }) => {
    const token = randomBytes(8).toString('hex');
    // Quotes, spaces, $ and a newline must all arrive unchanged.
    const secret = `pa'ss "w$rd\n${token}`;
    const seen = `/tmp/seen-${randomBytes(8).toString('hex')}`;
    const play = `
- hosts: env1
  gather_facts: false
  tasks:
    - name: task
      ${task(seen)}
      environment:
        DB_PASSWORD: ${JSON.stringify(secret)}
        OTHER: plain
`;
    let finished: RecordedRun | undefined;
    const running = playRecorded(inv, play).then((r) => (finished = r));
    try {
      const recorded = await eventually(() => shOut(`cat ${seen} 2>/dev/null`), (text) => text !== '', 60_000);
      expect(recorded).toBe(secret);
      if (!poll0) expect(finished).toBeUndefined();
      const lines = await commandLines();
      expect(lines).toContain(seen); // the held command itself is there...
      expect(lines).not.toContain(token); // ...but not the value
      expect(lines).not.toContain("pa'ss");
    } finally {
      await host.sh(`touch ${seen}.release`);
    }
    const r = await running;
    expect(r.statusOf('task', 'env1')).not.toBe('failed');
  });
});

describe('an environment name a shell cannot export', () => {
  it('fails the task with a message naming it, and the run goes on', async () => {
    const r = await playRecorded(
      inv,
      `
- hosts: env1
  gather_facts: false
  tasks:
    - name: bad
      shell: echo never
      environment:
        BAD-KEY: x
      ignore_errors: true
    - name: after
      command: echo after
`,
    );
    expect(r.resultOf('bad', 'env1')).toMatchObject({
      failed: true,
      msg: `invalid environment variable name "BAD-KEY" in 'environment': a name is letters, digits and underscores, and does not start with a digit`,
    });
    expect(r.resultOf('after', 'env1')).toMatchObject({ stdout: 'after' });
  });
});
