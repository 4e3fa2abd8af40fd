/**
 * Variables as Ansible resolves them, on real sshd hosts: `hostvars` across hosts without facts
 * (another host's host_vars file and its registered result), `ansible_loop` under
 * `loop_control.extended`, `omit` for castoff's modules and installed Ansible ones, and
 * `vars_prompt` through the CLI (answered by -e, and without a terminal).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYBOOK_CLI, runCliProcess } from '../helpers/cli.js';
import { startHosts, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { playRecorded } from '../helpers/play.js';

let fleet: TestHosts;
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(2, { prefix: 'var' });
  inv = writeInventory(fleet.hosts, { app: [0, 1] });
  mkdirSync(join(inv.dir, 'host_vars'));
  writeFileSync(join(inv.dir, 'host_vars', 'var2.yml'), 'listen_port: 8443\n');
}, 300_000);

afterAll(async () => {
  await fleet?.stop();
});

describe('variables on real hosts', () => {
  it("hostvars reads another host's host_vars and a result it registered earlier, with no facts gathered", async () => {
    const run = await playRecorded(
      inv,
      `- hosts: app
  gather_facts: false
  tasks:
    - name: name the host
      command: hostname
      register: host_name
    - name: peek
      debug:
        msg: "{{ hostvars['var2'].listen_port }} {{ hostvars['var2'].host_name.stdout }} {{ hostvars['var2'].inventory_hostname }} {{ hostvars['var2'].group_names }}"
      when: inventory_hostname == 'var1'
`,
    );
    expect(run.exitCode).toBe(0);
    expect(run.events.some((e) => e.type === 'host_result' && e.task === 'Gathering Facts')).toBe(false);
    const var2Name = String(run.resultOf('name the host', 'var2').stdout);
    expect(var2Name).not.toBe('');
    expect(run.resultOf('peek', 'var1').msg).toBe(`8443 ${var2Name} var2 ['app']`);
  });

  it('ansible_loop with loop_control.extended reaches the host; omit drops an argument of castoff and of Ansible modules', async () => {
    const run = await playRecorded(
      inv,
      `- hosts: var1
  gather_facts: false
  tasks:
    - name: loop
      command: echo {{ ansible_loop.index }}/{{ ansible_loop.revindex }} {{ ansible_loop.previtem | default('-') }} {{ ansible_loop.nextitem | default('-') }} {{ ansible_loop.allitems | join(',') }}
      loop: [a, b, c]
      loop_control:
        extended: true
    - name: castoff file
      file:
        path: /tmp/castoff-omit-dir
        state: directory
        owner: "{{ no_such_owner | default(omit) }}"
    - name: ansible getent
      ansible.builtin.getent:
        database: passwd
        key: root
        # A boolean option: the placeholder text, if it reached the module, would fail it.
        fail_key: "{{ no_such_flag | default(omit) }}"
`,
    );
    expect(run.exitCode, JSON.stringify(run.events.filter((e) => e.type === 'host_result'))).toBe(0);
    const items = run.events.filter((e) => e.type === 'host_result' && e.task === 'loop' && e.item !== undefined);
    expect(items.map((e) => (e.type === 'host_result' ? e.result.stdout : undefined))).toEqual(['1/3 - b a,b,c', '2/2 a c a,b,c', '3/1 b - a,b,c']);
    expect(run.statusOf('castoff file', 'var1')).not.toBe('failed');
    expect(run.statusOf('ansible getent', 'var1')).toBe('ok');
    expect(run.resultOf('ansible getent', 'var1').ansible_facts).toMatchObject({ getent_passwd: { root: expect.any(Array) } });
  });

  it('vars_prompt through the CLI: -e answers it without asking; without a terminal the default is taken, with Ansible\'s warning', async () => {
    const file = join(inv.dir, 'prompt.yml');
    writeFileSync(
      file,
      `- hosts: var1
  gather_facts: false
  vars_prompt:
    - name: release
      prompt: Which release
      default: stable
  tasks:
    - name: show
      command: echo release={{ release }}
`,
    );
    const cli = (args: string[]) =>
      runCliProcess(PLAYBOOK_CLI, ['-i', inv.file, ...args, file], { cwd: inv.dir, env: { CASTOFF_KNOWN_HOSTS: inv.knownHostsFile }, boundMs: 90_000 });
    const answered = await cli(['-v', '-e', 'release=v2']);
    expect(answered.code, answered.stdout + answered.stderr).toBe(0);
    expect(answered.stdout).toContain('"stdout": "release=v2"');
    expect(answered.stdout + answered.stderr).not.toContain('Which release');
    expect(answered.stdout + answered.stderr).not.toContain('Not prompting');
    const defaulted = await cli(['-v']);
    expect(defaulted.code, defaulted.stdout + defaulted.stderr).toBe(0);
    expect(defaulted.stdout).toContain('"stdout": "release=stable"');
    expect(defaulted.stdout + defaulted.stderr).toContain('[WARNING]: Not prompting as we are not in interactive mode');
  });
});
