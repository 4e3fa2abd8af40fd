/**
 * `wait_for_connection` against real hosts whose sshd is down or frozen while the task waits: it
 * retries until the host answers, fails with Ansible's message at its timeout, and a frozen host
 * cannot hold a try longer than connect_timeout.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { playRecorded, type RecordOptions } from '../helpers/play.js';

let fleet: TestHosts;
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(3, { prefix: 'wfc' });
  inv = writeInventory(fleet.hosts);
});

afterAll(async () => {
  await fleet?.stop();
});

function host(name: string): TestHost {
  return fleet.hosts.find((h) => h.name === name)!;
}

/** A 2 s connect timeout, so tries against a host that is down end quickly. */
function play(yaml: string, options: Omit<RecordOptions, 'connection'> = {}) {
  return playRecorded(inv, yaml, { connection: { connectTimeoutMs: 2000 }, ...options });
}

function waitThen(hostName: string, waitArgs: string): string {
  return `
- hosts: ${hostName}
  gather_facts: false
  tasks:
    - name: wait
      wait_for_connection: ${waitArgs}
    - name: after
      command: echo up
`;
}

describe('wait_for_connection', () => {
  it('answers at once for a host that is up', async () => {
    const r = await play(waitThen('wfc1', '{}'));
    expect(r.exitCode).toBe(0);
    expect(r.statusOf('wait', 'wfc1')).toBe('ok');
    // Its ping is the host's first module: the interpreter it discovered comes with its result.
    expect(r.resultOf('wait', 'wfc1')).toEqual({ changed: false, failed: false, elapsed: expect.any(Number), ansible_facts: { discovered_interpreter_python: '/usr/bin/python3' } });
    expect(r.resultOf('after', 'wfc1')).toMatchObject({ stdout: 'up', rc: 0 });
  });

  it('retries until sshd comes up during the wait, then the play goes on on that host', async () => {
    const h = host('wfc2');
    await h.stopSshd();
    let started: Promise<void> | undefined;
    try {
      const r = await play(waitThen('wfc2', '{ timeout: 60, sleep: 1 }'), {
        onEvent: (e) => {
          // sshd returns 2 s after the task began, so the first tries are refused.
          if (e.type === 'task_start' && e.task === 'wait') started = sleep(2000).then(() => h.startSshd());
        },
      });
      await started;
      expect(r.exitCode, JSON.stringify(r.results)).toBe(0);
      expect(r.statusOf('wait', 'wfc2')).toBe('ok');
      expect(r.resultOf('wait', 'wfc2').elapsed).toBeGreaterThanOrEqual(1);
      expect(r.resultOf('after', 'wfc2')).toMatchObject({ stdout: 'up', rc: 0 });
    } finally {
      await started;
      await h.startSshd();
    }
  });

  it('fails with Ansible’s message at its timeout when the host never answers, and the host leaves the play', async () => {
    const h = host('wfc3');
    await h.stopSshd();
    try {
      const r = await play(waitThen('wfc3', '{ timeout: 3, sleep: 1 }'));
      expect(r.exitCode).toBe(2);
      expect(r.statusOf('wait', 'wfc3')).toBe('failed');
      const result = r.resultOf('wait', 'wfc3');
      // The last try's reason (through Docker's port proxy a stopped sshd is a handshake that never ends).
      expect(result.msg).toMatch(/^timed out waiting for ping module test: Failed to connect to the host via ssh: wfc3 port \d+: \S/);
      expect(result.elapsed).toBeGreaterThanOrEqual(3);
      // Well before the 600 s Ansible waits by default: the task's own timeout ended it.
      expect(r.at('wait', 'wfc3')).toBeLessThan(25_000);
      expect(r.events.some((e) => e.type === 'host_result' && e.task === 'after')).toBe(false);
    } finally {
      await h.startSshd();
    }
  });

  it('bounds each try to a frozen host by connect_timeout, so the timeout still holds', async () => {
    const h = host('wfc3');
    await h.pause();
    try {
      const r = await playRecorded(inv, waitThen('wfc3', '{ timeout: 4, connect_timeout: 1, sleep: 1 }'), { connection: { connectTimeoutMs: 30_000 } });
      expect(r.statusOf('wait', 'wfc3')).toBe('failed');
      expect(r.resultOf('wait', 'wfc3').msg).toBe('timed out waiting for ping module test: no connection within connect_timeout (1 s)');
      // The connection's own 30 s connect timeout never came into play.
      expect(r.at('wait', 'wfc3')).toBeLessThan(25_000);
    } finally {
      await h.unpause();
    }
  });
});
