import { describe, expect, it } from 'vitest';
import { localInventory, resultOf, runLocal, tasksRun } from './run-local.js';

const TWO_PLAYS = `
- hosts: all
  gather_facts: false
  tasks:
    - name: add
      add_host: name=newhost groups=web,db foo=bar ansible_connection=local
      register: added
    - name: add again
      add_host: name=newhost groups=web foo=bar
    - name: group
      group_by:
        key: "os_{{ kind }}"
        parents: linux
    - name: group again
      group_by: key=os_{{ kind }} parents=linux
- hosts: web:linux
  gather_facts: false
  tasks:
    - name: later
      debug: msg="{{ inventory_hostname }} {{ group_names | join(',') }} {{ foo | default('-') }} {{ groups['os_debian'] | join(',') }}"
`;

describe('add_host and group_by: the run inventory', () => {
  it('add hosts and groups that the next play selects, with changed as Ansible says it', async () => {
    const inventory = await localInventory(['h1', 'h2'], '[all:vars]\nkind=debian\n');
    const run = await runLocal(TWO_PLAYS, { inventory });
    expect(run.exitCode).toBe(0);
    // add_host bypasses the host loop: it runs on the first host only.
    expect(run.results.filter((e) => e.task === 'add').map((e) => e.host)).toEqual(['h1']);
    expect(resultOf(run, 'add', 'h1')?.result).toMatchObject({
      changed: true,
      add_host: { host_name: 'newhost', groups: ['web', 'db'], host_vars: { foo: 'bar', ansible_connection: 'local' } },
    });
    expect(resultOf(run, 'add again', 'h1')?.result.changed).toBe(false);
    for (const h of ['h1', 'h2']) {
      expect(resultOf(run, 'group', h)?.result).toMatchObject({ changed: true, add_group: 'os_debian', parent_groups: ['linux'] });
      expect(resultOf(run, 'group again', h)?.result.changed).toBe(false);
    }
    expect(resultOf(run, 'later', 'newhost')?.result.msg).toBe('newhost db,web bar h1,h2');
    expect(resultOf(run, 'later', 'h1')?.result.msg).toBe('h1 linux,os_debian - h1,h2');
    expect(tasksRun(run, 'h2')).toContain('later');
    expect(run.stats.newhost).toMatchObject({ ok: 1, changed: 0 });
  });

  it('leave the caller inventory as it was, so a second run starts from the same hosts', async () => {
    const { loadInventory } = await import('../../../src/inventory/index.js');
    const inventory = await loadInventory([await localInventory(['h1'], '[all:vars]\nkind=debian\n')]);
    await runLocal(TWO_PLAYS, { inventory });
    expect([...inventory.hosts.keys()]).toEqual(['h1']);
    expect(inventory.groups.has('os_debian')).toBe(false);
  });

  it('add_host in a loop adds every item, and port in the name becomes ansible_ssh_port', async () => {
    const inventory = await localInventory(['h1']);
    const run = await runLocal(
      `
- hosts: all
  gather_facts: false
  tasks:
    - name: adds
      add_host:
        name: "{{ item }}"
        groups: [extra]
        ansible_connection: local
      loop: ["a1:2222", "a2"]
- hosts: extra
  gather_facts: false
  tasks:
    - name: port
      debug: msg="port {{ ansible_ssh_port | default('none') }}"
`,
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    expect(resultOf(run, 'adds', 'h1')?.result.changed).toBe(true);
    expect(resultOf(run, 'port', 'a1')?.result.msg).toBe('port 2222');
    expect(resultOf(run, 'port', 'a2')?.result.msg).toBe('port none');
  });

  it('add_host without a name fails with Ansible message', async () => {
    const inventory = await localInventory(['h1']);
    const run = await runLocal(`- hosts: all\n  gather_facts: false\n  tasks:\n    - name: bad\n      add_host: groups=web\n`, { inventory });
    expect(resultOf(run, 'bad', 'h1')?.result).toMatchObject({ failed: true, msg: 'name, host or hostname needs to be provided' });
  });
});
