/**
 * Lookups and with_* loops read controller files (file, fileglob, first_found, template, lines)
 * and the values reach real hosts over SSH.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { playRecorded } from '../helpers/play.js';

let fleet: TestHosts;
let hosts: TestHost[];
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(2, { prefix: 'lk' });
  hosts = fleet.hosts;
  inv = writeInventory(hosts, { web: [0, 1] });
  // The playbook is written into inv.dir: its files/ and templates/ are searched.
  mkdirSync(join(inv.dir, 'files', 'conf.d'), { recursive: true });
  mkdirSync(join(inv.dir, 'templates'), { recursive: true });
  writeFileSync(join(inv.dir, 'files', 'motd.txt'), 'welcome from the controller\n');
  writeFileSync(join(inv.dir, 'files', 'conf.d', 'a.conf'), 'alpha=1\n');
  writeFileSync(join(inv.dir, 'files', 'conf.d', 'b.conf'), 'beta=2\n');
  writeFileSync(join(inv.dir, 'files', 'conf.d', 'skip.txt'), 'not a conf\n');
  writeFileSync(join(inv.dir, 'files', 'default.yml'), 'chosen: default\n');
  writeFileSync(join(inv.dir, 'files', 'users.txt'), 'ann\nbob\n');
  writeFileSync(join(inv.dir, 'templates', 'app.j2'), 'host={{ inventory_hostname }} port={{ port }}\n');
}, 180_000);

afterAll(async () => {
  await fleet?.stop();
});

describe('lookups and with_* loops on real hosts', () => {
  it('deliver controller file contents, globs, first_found, templates and lines to the hosts', async () => {
    const run = await playRecorded(
      inv,
      `- hosts: web
  gather_facts: false
  vars:
    port: 8080
  tasks:
    - name: file lookup to the host
      copy:
        content: "{{ lookup('file', 'motd.txt') }}"
        dest: /tmp/lk-motd
    - name: fileglob loop
      copy:
        src: "{{ item }}"
        dest: "/tmp/lk-{{ item | basename }}"
      with_fileglob: "conf.d/*.conf"
    - name: first_found
      copy:
        src: "{{ lookup('first_found', ['os-' ~ inventory_hostname ~ '.yml', 'default.yml']) }}"
        dest: /tmp/lk-chosen.yml
    - name: template lookup
      copy:
        content: "{{ lookup('template', 'app.j2') }}"
        dest: /tmp/lk-app
    - name: lines loop
      shell: "echo {{ item }} >> /tmp/lk-users"
      with_lines: cat files/users.txt
    - name: file loop registered
      command: "cat /tmp/lk-motd"
      register: motd
      with_file: [motd.txt]
    - name: missing file
      debug: msg="{{ lookup('file', 'nope.txt') }}"
      ignore_errors: true
`,
    );
    expect(run.exitCode).toBe(0);
    for (const host of hosts) {
      const name = host.name;
      expect(run.statusOf('file lookup to the host', name)).toBe('changed');
      expect((await host.sh('cat /tmp/lk-motd')).output).toBe('welcome from the controller');
      expect((await host.sh('cat /tmp/lk-a.conf /tmp/lk-b.conf')).output).toBe('alpha=1\nbeta=2\n');
      expect((await host.sh('ls /tmp/lk-skip.txt 2>&1 || echo absent')).output).toContain('absent');
      expect((await host.sh('cat /tmp/lk-chosen.yml')).output).toBe('chosen: default\n');
      expect((await host.sh('cat /tmp/lk-app')).output).toBe(`host=${name} port=8080\n`);
      expect((await host.sh('cat /tmp/lk-users')).output).toBe('ann\nbob\n');
      const registered = run.resultOf('file loop registered', name) as { results: Array<{ item: string; stdout: string }> };
      expect(registered.results.map((r) => [r.item, r.stdout])).toEqual([['welcome from the controller', 'welcome from the controller']]);
      expect(run.statusOf('missing file', name)).toBe('failed');
      expect(String(run.resultOf('missing file', name).msg)).toContain('could not locate file in lookup: nope.txt');
    }
  }, 240_000);
});
