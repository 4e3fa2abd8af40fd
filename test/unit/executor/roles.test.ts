import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../../src/cli/exit-codes.js';
import { loadPlaybook, runPlaybook, type RunEvent } from '../../../src/index.js';
import { writeTree } from '../../fixtures/load/write-tree.js';
import { localInventory } from './run-local.js';

type HostResult = Extract<RunEvent, { type: 'host_result' }>;

async function runTree(files: Record<string, string>, inventoryExtra = ''): Promise<{ root: string; exitCode: number; results: HostResult[]; events: RunEvent[] }> {
  const root = await writeTree(files);
  const playbook = await loadPlaybook(`${root}/site.yml`, { ansible: { env: { PATH: '' } }, rolesPaths: [] });
  const events: RunEvent[] = [];
  const inventory = await localInventory(['localhost'], inventoryExtra);
  const { outcome } = await runPlaybook({ playbook, inventory, onEvent: (e) => events.push(e) });
  const results = events.filter((e): e is HostResult => e.type === 'host_result');
  return { root, exitCode: exitCodeFor(outcome), results, events };
}

const msgOf = (results: HostResult[], task: string): unknown => results.find((r) => r.task === task)?.result.msg;

describe('roles when run', () => {
  it("orders handlers as Ansible: roles' first, then the play's, then an imported role's; a reloaded dependency's handler runs once, where first listed", async () => {
    const { exitCode, results } = await runTree({
      'site.yml': `
- hosts: localhost
  gather_facts: false
  roles: [w, r]
  tasks:
    - name: t
      debug: msg=t
      changed_when: true
      notify: [play h, wh]
    - import_role: {name: w, tasks_from: other}
  handlers:
    - name: play h
      debug: msg=playh
`,
      'roles/w/meta/main.yml': 'dependencies: [{role: b, lbl: from-w}]\n',
      'roles/r/meta/main.yml': 'dependencies: [{role: b, lbl: from-r}]\n',
      'roles/b/tasks/main.yml': '- name: bt\n  debug: msg="bt {{ lbl }}"\n  changed_when: true\n  notify: bh\n',
      'roles/b/handlers/main.yml': '- name: bh\n  debug: msg="bh {{ lbl }}"\n',
      'roles/w/tasks/main.yml': '- name: wt\n  debug: msg=wt\n',
      'roles/w/tasks/other.yml': '- name: wo\n  debug: msg=wo\n',
      'roles/w/handlers/main.yml': '- name: wh\n  debug: msg=wh\n',
      'roles/r/tasks/main.yml': '- name: rt\n  debug: msg=rt\n',
      'roles/r/handlers/main.yml': '- name: rh\n  debug: msg=rh\n',
    });
    expect(exitCode).toBe(0);
    // ansible-core 2.14 prints exactly this sequence for the same playbook.
    expect(results.map((r) => r.result.msg)).toEqual(['bt from-w', 'wt', 'bt from-r', 'rt', 't', 'wo', 'bh from-w', 'playh', 'wh']);
  });

  it("a rescue inside a role sees ansible_failed_task.name without the role's prefix, as in Ansible", async () => {
    const { exitCode, results } = await runTree({
      'site.yml': '- hosts: localhost\n  gather_facts: false\n  roles: [app]\n',
      'roles/app/tasks/main.yml': `
- block:
    - name: breaks
      fail: msg=boom
  rescue:
    - name: caught
      debug: msg="{{ ansible_failed_task.name }}"
`,
    });
    expect(exitCode).toBe(0);
    expect(msgOf(results, 'app : caught')).toBe('breaks');
  });

  it("layers role defaults, vars and params as Ansible: defaults below inventory, vars above play vars, params above set_fact", async () => {
    const { exitCode, results } = await runTree(
      {
        'site.yml': `
- hosts: localhost
  gather_facts: false
  vars: {over_vars: play, play_only: play}
  roles:
    - role: app
      param_test: param
  tasks:
    - name: after
      debug: msg="{{ only_default }} {{ over_vars }} {{ ansible_role_names }}"
`,
        'roles/app/defaults/main.yml': 'over_default: default\nonly_default: d\nover_vars: default\nparam_test: default\n',
        'roles/app/vars/main.yml': 'over_vars: rolevars\n',
        'roles/app/tasks/main.yml': `
- name: show
  debug: msg="{{ over_default }} {{ only_default }} {{ over_vars }} {{ play_only }} {{ role_name }} {{ role_path | basename }}"
- set_fact: {param_test: fact}
- name: param
  debug: msg="{{ param_test }}"
- name: task vars beat role vars
  debug: msg="{{ over_vars }}"
  vars: {over_vars: task}
`,
      },
      'localhost over_default=inventory\n',
    );
    expect(exitCode).toBe(0);
    expect(msgOf(results, 'app : show')).toBe('inventory d rolevars play app app');
    expect(msgOf(results, 'app : param')).toBe('param');
    expect(msgOf(results, 'app : task vars beat role vars')).toBe('task');
    expect(msgOf(results, 'after')).toBe("d rolevars ['app']");
  });

  it("finds the role's templates and files first, runs its handlers, and names the parents of a role imported by a role", async () => {
    const { root, exitCode, results } = await runTree({
      'site.yml': `
- hosts: localhost
  gather_facts: false
  vars: {out: "{{ playbook_dir }}/out"}
  roles: [web]
`,
      'files/site.txt': 'the playbook one\n',
      'templates/page.j2': 'the playbook one\n',
      'roles/web/meta/main.yml': 'dependencies:\n  - {role: base, greeting: hello}\n',
      'roles/web/defaults/main.yml': 'title: Web\n',
      'roles/web/templates/page.j2': '{{ title }} by {{ role_name }}\n',
      'roles/web/files/site.txt': 'from the role\n',
      'roles/web/tasks/main.yml': `
- file: {path: "{{ out }}", state: directory}
- name: page
  template: {src: page.j2, dest: "{{ out }}/page.txt"}
  notify: reload web
- name: site
  copy: {src: site.txt, dest: "{{ out }}/site.txt"}
`,
      'roles/web/handlers/main.yml': '- name: reload web\n  debug: msg="reloaded {{ title }}"\n',
      'roles/base/tasks/main.yml': '- name: hello\n  debug: msg="{{ greeting }} from {{ role_name }} under {{ ansible_parent_role_names }}"\n- import_role: {name: leaf}\n',
      'roles/leaf/tasks/main.yml': '- name: leaf\n  debug: msg="{{ ansible_parent_role_names }}"\n',
    });
    expect(exitCode).toBe(0);
    expect(msgOf(results, 'base : hello')).toBe('hello from base under []');
    expect(msgOf(results, 'leaf : leaf')).toEqual(['base']);
    expect(await readFile(`${root}/out/page.txt`, 'utf8')).toBe('Web by web\n');
    expect(await readFile(`${root}/out/site.txt`, 'utf8')).toBe('from the role\n');
    expect(msgOf(results, 'web : reload web')).toBe('reloaded Web');
  });

  it('skips a role whose when is false and runs import_role tasks_from with the task keywords', async () => {
    const { exitCode, results } = await runTree({
      'site.yml': `
- hosts: localhost
  gather_facts: false
  roles:
    - {role: web, when: false}
  tasks:
    - import_role: {name: web, tasks_from: extra}
      vars: {word: imported}
`,
      'roles/web/tasks/main.yml': '- name: main\n  debug: msg=main\n',
      'roles/web/tasks/extra.yml': '- name: extra\n  debug: msg="{{ word }}"\n',
    });
    expect(exitCode).toBe(0);
    expect(results.find((r) => r.task === 'web : main')?.status).toBe('skipped');
    expect(msgOf(results, 'web : extra')).toBe('imported');
  });
});
