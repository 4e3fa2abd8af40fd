/**
 * A role-based playbook (dependencies with parameters, defaults, vars, import_role, a role's
 * template, file and handler) through ansible-playbook and castoff-playbook on the same container:
 * the same tasks under the same `role : task` names, with the same changed/failed/skipped and the
 * same messages, so role variable precedence is Ansible's.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHosts, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../../dist/src/cli/castoff-playbook.js', import.meta.url));

const FILES: Record<string, string> = {
  'site.yml': `
- hosts: rpa1
  gather_facts: false
  vars: {dir: "/tmp/parity-{{ runner }}", level: play, play_only: play}
  pre_tasks:
    - name: clean
      file: {path: "{{ dir }}", state: absent}
  roles:
    - role: app
      greeting: hello
    - role: common
      label: again
  tasks:
    - name: after roles
      debug: msg="{{ level }} {{ common_default }} {{ app_default }}"
    - name: imported
      import_role: {name: app, tasks_from: extra}
      vars: {word: imported}
    - name: skipped role task
      import_role: {name: common}
      when: false
`,
  'roles/common/defaults/main.yml': 'common_default: cd\nlabel: default-label\nlevel: common-default\n',
  'roles/common/tasks/main.yml': `
- name: dir
  file: {path: "{{ dir }}", state: directory}
- name: show
  debug: msg="{{ label }} {{ level }} {{ role_name }} {{ ansible_parent_role_names | default([]) }}"
`,
  'roles/app/meta/main.yml': 'dependencies:\n  - {role: common, label: from-app}\n',
  'roles/app/defaults/main.yml': 'app_default: ad\nlevel: app-default\ngreeting: default\n',
  'roles/app/vars/main.yml': 'level: app-vars\n',
  'roles/app/templates/app.conf.j2': '{{ greeting }} {{ level }} {{ play_only }}\n',
  'roles/app/files/static.txt': 'static\n',
  'roles/app/tasks/main.yml': `
- name: config
  template: {src: app.conf.j2, dest: "{{ dir }}/app.conf"}
  notify: app changed
- name: static
  copy: {src: static.txt, dest: "{{ dir }}/static.txt"}
- name: read back
  command: cat {{ dir }}/app.conf
  register: conf
  changed_when: false
- name: show
  debug: msg="{{ conf.stdout }} {{ level }} {{ greeting }}"
- name: set
  set_fact: {greeting: fact}
- name: params beat set_fact
  debug: msg="{{ greeting }}"
`,
  'roles/app/tasks/extra.yml': '- name: extra\n  debug: msg="{{ word }} {{ level }}"\n',
  'roles/app/handlers/main.yml': '- name: app changed\n  command: echo handled\n',
};

interface Doc {
  plays: Array<{ tasks: Array<{ task: { name: string }; hosts: Record<string, Record<string, unknown>> }> }>;
}

let fleet: TestHosts;
let inv: TestInventory;
let docs: { ansible: Doc; castoff: Doc };

async function documentOf(tool: 'ansible' | 'castoff', file: string): Promise<Doc> {
  const [command, args] = tool === 'ansible' ? ['ansible-playbook', []] : ['node', [CLI]];
  const { stdout, stderr } = await run(command, [...args, '-i', inv.file, file, '-e', JSON.stringify({ runner: tool })], {
    env: { ...process.env, ANSIBLE_STDOUT_CALLBACK: 'json', ANSIBLE_HOST_KEY_CHECKING: 'False', ANSIBLE_NOCOLOR: '1', CASTOFF_KNOWN_HOSTS: inv.knownHostsFile },
    timeout: 300_000,
    maxBuffer: 32 * 1024 * 1024,
  }).catch((e: { stdout: string; stderr: string }) => ({ stdout: e.stdout, stderr: e.stderr }));
  try {
    return JSON.parse(stdout) as Doc;
  } catch {
    throw new Error(`${tool} printed no json document: ${stderr.slice(-2000)}`);
  }
}

/** Each task's heading with its outcome on the host, in run order. */
function outcomes(doc: Doc): Array<[string, Record<string, unknown>]> {
  return doc.plays.flatMap((p) =>
    p.tasks.map((t): [string, Record<string, unknown>] => {
      const r = t.hosts.rpa1 ?? {};
      return [t.task.name, { changed: r.changed === true, failed: r.failed === true, skipped: r.skipped === true, msg: r.msg }];
    }),
  );
}

beforeAll(async () => {
  fleet = await startHosts(1, { prefix: 'rpa' });
  inv = writeInventory(fleet.hosts);
  const root = join(inv.dir, 'roles-parity');
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const file = join(root, 'site.yml');
  const [ansible, castoff] = await Promise.all([documentOf('ansible', file), documentOf('castoff', file)]);
  docs = { ansible, castoff };
}, 600_000);

afterAll(async () => {
  await fleet?.stop();
});

describe('a role-based playbook matches ansible-playbook', () => {
  it('runs the same tasks under the same names with the same outcomes and messages', () => {
    const ansible = outcomes(docs.ansible);
    expect(ansible.length).toBeGreaterThan(10);
    expect(outcomes(docs.castoff)).toEqual(ansible);
  });
});
