/**
 * `reboot` against real sshd hosts. A container cannot reboot, so the reboot is simulated, and the
 * test names say so: `fake-reboot` (installed by the test) takes sshd down, writes a new id to
 * /run/fake-boot-id while it is down, then lets sshd come back; the task is pointed at it with
 * `reboot_command` and at the id with `boot_time_command` (the default reads the kernel's boot id,
 * which a container's restart of sshd cannot change).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { playRecorded } from '../helpers/play.js';

const FAKE_REBOOT = `#!/bin/sh
# Simulated reboot: the session that runs this is cut as sshd goes down, as on a real host.
setsid sh -c 'sleep 1; touch /run/sshd.stop; pkill -x sshd; sleep 3; cat /proc/sys/kernel/random/uuid > /run/fake-boot-id; rm -f /run/sshd.stop' >/dev/null 2>&1 </dev/null &
`;

const FAKE = 'reboot_command: /usr/local/sbin/fake-reboot\n        boot_time_command: cat /run/fake-boot-id';

let fleet: TestHosts;
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(2, { prefix: 'rb' });
  for (const h of fleet.hosts) {
    const r = await h.sh(
      `printf '%s' '${FAKE_REBOOT.replace(/'/g, `'\\''`)}' > /usr/local/sbin/fake-reboot && chmod 755 /usr/local/sbin/fake-reboot && cat /proc/sys/kernel/random/uuid > /run/fake-boot-id`,
    );
    expect(r.rc, r.output).toBe(0);
  }
  inv = writeInventory(fleet.hosts);
}, 240_000);

afterAll(async () => {
  await fleet?.stop();
});

function host(name: string): TestHost {
  return fleet.hosts.find((h) => h.name === name)!;
}

async function bootId(h: TestHost): Promise<string> {
  return (await h.sh('cat /run/fake-boot-id')).output.trim();
}

function rebootPlay(hostName: string, args: string, after = ''): string {
  return `
- hosts: ${hostName}
  gather_facts: false
  tasks:
    - name: reboot
      reboot:
        ${args}
${after}`;
}

describe('reboot (simulated in a container: sshd restarted, fake boot id)', () => {
  it('round trip: runs the reboot command, reconnects once the boot id changed, and the play goes on', async () => {
    const h = host('rb1');
    const before = await bootId(h);
    const r = await playRecorded(
      inv,
      rebootPlay(
        'rb1',
        `${FAKE}\n        reboot_timeout: 90\n        connect_timeout: 5`,
        `    - name: after
      command: cat /run/fake-boot-id
    - name: wait
      wait_for_connection: { timeout: 30 }
`,
      ),
    );
    expect(r.exitCode).toBe(0);
    expect(r.resultOf('reboot', 'rb1')).toEqual({ changed: true, failed: false, rebooted: true, elapsed: expect.any(Number) });
    const after = String(r.resultOf('after', 'rb1').stdout);
    expect(after).not.toBe(before);
    expect(after).toBe(await bootId(h));
    expect(r.statusOf('wait', 'rb1')).toBe('ok');
    // The session the reboot cut was dropped and a new one made.
    expect(r.events.filter((e) => e.type === 'connection' && e.host === 'rb1').length).toBeGreaterThanOrEqual(2);
  }, 180_000);

  it('check mode reports the reboot without running it', async () => {
    const h = host('rb2');
    const before = await bootId(h);
    const r = await playRecorded(inv, rebootPlay('rb2', `${FAKE}\n      check_mode: true`));
    expect(r.resultOf('reboot', 'rb2')).toEqual({ changed: true, failed: false, rebooted: true, elapsed: 0 });
    expect(await bootId(h)).toBe(before);
  });

  it('fails at reboot_timeout with Ansible message when the boot id never changes', async () => {
    const started = performance.now();
    const r = await playRecorded(inv, rebootPlay('rb2', 'reboot_command: /bin/true\n        boot_time_command: cat /run/fake-boot-id\n        reboot_timeout: 6'));
    expect(r.resultOf('reboot', 'rb2')).toMatchObject({ failed: true, rebooted: true, msg: 'Timed out waiting for last boot time check (timeout=6)' });
    expect(performance.now() - started).toBeLessThan(40_000);
  }, 60_000);

  it('reports a failing reboot command, a missing one and a failing boot_time_command as Ansible does', async () => {
    const failing = await playRecorded(inv, rebootPlay('rb2', 'reboot_command: /bin/sh -c "echo no; echo way >&2; exit 1"'));
    expect(failing.resultOf('reboot', 'rb2')).toMatchObject({ failed: true, rebooted: false, msg: "Reboot command failed. Error was: 'no, way'" });
    const missing = await playRecorded(inv, rebootPlay('rb2', 'reboot_command: nosuchreboot now\n        search_paths: [/sbin, /usr/sbin]'));
    expect(missing.resultOf('reboot', 'rb2')).toMatchObject({ failed: true, msg: `Unable to find command "nosuchreboot" in search paths: ['/sbin', '/usr/sbin']` });
    const noBootTime = await playRecorded(inv, rebootPlay('rb2', 'boot_time_command: cat /nonexistent'));
    expect(noBootTime.resultOf('reboot', 'rb2')).toMatchObject({ failed: true, msg: expect.stringMatching(/^reboot: failed to get host boot time info, rc: 1, stdout: , stderr: cat: \/nonexistent: No such file or directory/) });
  });
});
