/**
 * `add_host` and `group_by` against real sshd hosts: a host the inventory does not have, added with
 * its connection variables, is reached by the next play, and groups made from a host's own data
 * select hosts in the next play.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHosts, testKeys, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { playRecorded } from '../helpers/play.js';

let fleet: TestHosts;
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(2, { prefix: 'dyn' });
  // Only dyn1 is in the inventory; dyn2's host key is known, so add_host can reach it.
  inv = writeInventory(fleet.hosts.slice(0, 1));
  appendFileSync(inv.knownHostsFile, readFileSync(fleet.hosts[1].knownHostsFile, 'utf8'));
}, 240_000);

afterAll(async () => {
  await fleet?.stop();
});

describe('add_host and group_by on sshd hosts', () => {
  it('a host added with add_host and groups made by group_by are reached by the next plays', async () => {
    const added = fleet.hosts[1];
    const r = await playRecorded(
      inv,
      `
- hosts: dyn1
  gather_facts: false
  tasks:
    - name: os id
      command: sh -c '. /etc/os-release; echo $ID'
      register: os
    - name: group
      group_by:
        key: "os_{{ os.stdout }}"
        parents: linux
    - name: add
      add_host:
        name: later
        groups: [added]
        ansible_host: 127.0.0.1
        ansible_port: ${added.port}
        ansible_user: root
        ansible_ssh_private_key_file: ${testKeys().keyFile}
- hosts: added
  gather_facts: false
  tasks:
    - name: reached
      command: hostname
    - name: os id
      command: sh -c '. /etc/os-release; echo $ID'
      register: os
    - name: group
      group_by: key=os_{{ os.stdout }} parents=linux
- hosts: linux:&os_debian
  gather_facts: false
  tasks:
    - name: both
      command: echo "{{ inventory_hostname }} {{ groups['os_debian'] | sort | join(',') }}"
`,
    );
    expect(r.exitCode).toBe(0);
    expect(r.resultOf('group', 'dyn1')).toMatchObject({ changed: true, add_group: 'os_debian', parent_groups: ['linux'] });
    expect(r.resultOf('add', 'dyn1')).toMatchObject({ changed: true, add_host: { host_name: 'later', groups: ['added'] } });
    expect(String(r.resultOf('reached', 'later').stdout)).toBe((await added.sh('hostname')).output.trim());
    expect(r.resultOf('both', 'dyn1').stdout).toBe('dyn1 dyn1,later');
    expect(r.resultOf('both', 'later').stdout).toBe('later dyn1,later');
    expect(r.stats.later).toMatchObject({ failed: 0, unreachable: 0 });
  }, 120_000);
});
