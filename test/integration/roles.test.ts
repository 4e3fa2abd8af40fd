/**
 * Roles on real hosts: dependencies with parameters, a role's templates and files reaching the
 * host, its handlers, its library/ module, role variable precedence and import_role.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHosts, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { playRecorded } from '../helpers/play.js';

let fleet: TestHosts;
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(2, { prefix: 'rol' });
  inv = writeInventory(fleet.hosts);
}, 120_000);

afterAll(async () => {
  await fleet?.stop();
});

/** Writes the files of roles beside the test playbooks (the inventory's folder). */
function writeRoles(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(inv.dir, 'roles', path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

describe('roles on sshd hosts', () => {
  it("runs dependencies first; the role's template and file reach each host; its handlers and library module run", async () => {
    writeRoles({
      'base/defaults/main.yml': 'base_dir: /tmp/castoff-roles\n',
      'base/tasks/main.yml': '- name: base dir\n  file: {path: "{{ base_dir }}/{{ owner }}", state: directory}\n',
      'site/meta/main.yml': 'dependencies:\n  - {role: base, owner: site}\n',
      'site/defaults/main.yml': 'greeting: default\nport: 80\n',
      'site/vars/main.yml': 'port: 8080\n',
      'site/templates/site.conf.j2': '{{ greeting }} {{ inventory_hostname }}:{{ port }} ({{ role_name }})\n',
      'site/files/motd.txt': 'from the site role\n',
      'site/library/site_probe.py':
        '#!/usr/bin/python3\nimport json\nprint(json.dumps({"changed": False, "probe": "role library"}))\n',
      'site/tasks/main.yml': `
- name: config
  template: {src: site.conf.j2, dest: "{{ base_dir }}/site/site.conf"}
  notify: restart site
- name: motd
  copy: {src: motd.txt, dest: "{{ base_dir }}/site/motd.txt"}
- name: probe
  site_probe:
  register: probe
`,
      'site/handlers/main.yml': '- name: restart site\n  shell: echo restarted > {{ base_dir }}/site/restarted\n',
    });
    const run = await playRecorded(
      inv,
      `
- hosts: all
  gather_facts: false
  vars: {port: 1}
  roles:
    - role: site
      greeting: hello
  tasks:
    - name: after roles
      debug: msg="{{ probe.probe }} {{ ansible_role_names | sort | join(',') }}"
`,
    );
    expect(run.exitCode).toBe(0);
    for (const h of fleet.hosts) {
      expect(run.statusOf('base : base dir', h.name)).toBe('changed');
      expect(run.statusOf('site : config', h.name)).toBe('changed');
      expect(run.statusOf('site : restart site', h.name)).toBe('changed');
      expect((await h.sh('cat /tmp/castoff-roles/site/site.conf')).output).toBe(`hello ${h.name}:8080 (site)\n`);
      expect((await h.sh('cat /tmp/castoff-roles/site/motd.txt')).output).toBe('from the site role\n');
      expect((await h.sh('cat /tmp/castoff-roles/site/restarted')).output).toBe('restarted\n');
      expect(run.resultOf('after roles', h.name).msg).toBe('role library base,site');
    }
    const starts = run.events.filter((e) => e.type === 'task_start').map((e) => (e as { task: string }).task);
    expect(starts.slice(0, 4)).toEqual(['base : base dir', 'site : config', 'site : motd', 'site : probe']);
  });

  it('runs import_role with tasks_from and its when per host, the tasks keeping their file:line', async () => {
    writeRoles({ 'tool/tasks/check.yml': '- name: check\n  command: echo {{ word }}\n' });
    const [first] = fleet.hosts;
    const run = await playRecorded(
      inv,
      `
- hosts: all
  gather_facts: false
  tasks:
    - import_role: {name: tool, tasks_from: check}
      vars: {word: imported}
      when: inventory_hostname == '${first.name}'
`,
    );
    expect(run.exitCode).toBe(0);
    expect(run.resultOf('tool : check', first.name).stdout).toBe('imported');
    expect(run.statusOf('tool : check', fleet.hosts[1].name)).toBe('skipped');
    const start = run.events.find((e) => e.type === 'task_start' && e.task === 'tool : check') as { position?: { file: string; line: number } };
    expect(start.position).toMatchObject({ file: join(inv.dir, 'roles/tool/tasks/check.yml'), line: 1 });
  });
});
