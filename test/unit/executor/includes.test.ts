/**
 * Run-time includes (include_tasks, include_role) on hosts that run locally: rendered per host and
 * loop item, `apply`, `when` of the include, public role variables, included handlers, failures.
 */
import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../../src/cli/exit-codes.js';
import { loadPlaybook, runPlaybook, type RunEvent, type RunPlaybookOptions } from '../../../src/index.js';
import { includedGroups, lockstepOrder, type Inclusion } from '../../../src/executor/inclusions.js';
import { writeTree } from '../../fixtures/load/write-tree.js';
import { localInventory } from './run-local.js';

type HostResult = Extract<RunEvent, { type: 'host_result' }>;
type Included = Extract<RunEvent, { type: 'included' }>;

async function runTree(files: Record<string, string>, hosts = ['h1', 'h2'], options: Partial<RunPlaybookOptions> = {}) {
  const root = await writeTree(files);
  const playbook = await loadPlaybook(`${root}/site.yml`, { ansible: { env: { PATH: '' } }, rolesPaths: [] });
  const events: RunEvent[] = [];
  const inventory = await localInventory(hosts);
  const { outcome, stats } = await runPlaybook({ ...options, playbook, inventory, onEvent: (e) => events.push(e) });
  const results = events.filter((e): e is HostResult => e.type === 'host_result' && e.item === undefined);
  const included = events.filter((e): e is Included => e.type === 'included');
  const msgs = (host: string): unknown[] => results.filter((r) => r.host === host && r.action === 'debug' && r.status !== 'skipped').map((r) => r.result.msg);
  return { root, exitCode: exitCodeFor(outcome), stats, events, results, included, msgs };
}

describe('the order inclusions run in', () => {
  const inclusion = (key: string): Inclusion => ({ key, content: { file: key, entries: [], handlers: [], roles: [] }, itemVars: {} });
  const order = (pending: Record<string, string[]>): string[] =>
    lockstepOrder(new Map(Object.entries(pending).map(([host, keys]) => [host, keys.map(inclusion)]))).map((step) => `${step.inclusion.key}:${step.hosts.join(',')}`);

  it('runs the same inclusion on every host whose next one it is, keeping each host\'s own order', () => {
    expect(order({ h1: ['a', 'b'], h2: ['b'], h3: ['a', 'b'] })).toEqual(['a:h1,h3', 'b:h1,h2,h3']);
    expect(order({ h1: ['a', 'b'], h2: ['b', 'a'] })).toEqual(['a:h1', 'b:h1,h2', 'a:h2']);
    expect(order({ h1: [], h2: ['c'] })).toEqual(['c:h2']);
  });

  it('groups hosts per inclusion for the included: lines, in the order met', () => {
    const pending = new Map([['h1', [inclusion('a'), inclusion('b')]], ['h2', [inclusion('b')]]]);
    expect(includedGroups(pending).map((g) => `${g.inclusion.key}:${g.hosts.join(',')}`)).toEqual(['a:h1', 'b:h1,h2']);
  });
});

describe('include_tasks at run time', () => {
  it('includes per host and item, prints included: lines, counts each as ok and keeps positions', async () => {
    const run = await runTree({
      'site.yml': `
- hosts: all
  gather_facts: false
  vars:
    parts: "{{ ['a', 'b'] if inventory_hostname == 'h1' else ['b'] }}"
  tasks:
    - name: per item
      include_tasks: "tasks/{{ part }}.yml"
      loop: "{{ parts }}"
      loop_control: {loop_var: part}
    - name: after
      debug: msg=after
`,
      'tasks/a.yml': '- name: in a\n  debug: msg="a {{ part }} {{ inventory_hostname }}"\n',
      'tasks/b.yml': '# b\n- name: in b\n  debug: msg="b {{ part }} {{ inventory_hostname }}"\n',
    });
    expect(run.exitCode).toBe(0);
    expect(run.msgs('h1')).toEqual(['a a h1', 'b b h1', 'after']);
    expect(run.msgs('h2')).toEqual(['b b h2', 'after']);
    expect(run.included.map((e) => [e.file, e.hosts, e.item])).toEqual([
      [`${run.root}/tasks/a.yml`, ['h1'], 'a'],
      [`${run.root}/tasks/b.yml`, ['h1', 'h2'], 'b'],
    ]);
    // Both hosts ran b together: one TASK heading for it.
    const starts = run.events.filter((e) => e.type === 'task_start').map((e) => (e.type === 'task_start' ? [e.task, e.position.file, e.position.line] : []));
    expect(starts).toEqual([
      ['per item', `${run.root}/site.yml`, 7],
      ['in a', `${run.root}/tasks/a.yml`, 1],
      ['in b', `${run.root}/tasks/b.yml`, 2],
      ['after', `${run.root}/site.yml`, 11],
    ]);
    expect(run.stats.h1.ok).toBe(5);
    expect(run.stats.h2.ok).toBe(3);
  });

  it('evaluates the include when once per host, without passing it on, and gives apply keywords and vars to the included tasks', async () => {
    const run = await runTree(
      {
        'site.yml': `
- hosts: all
  gather_facts: false
  tasks:
    - name: only h1
      include_tasks:
        file: inc.yml
        apply: {tags: [applied]}
      vars: {flag: 1}
      when: inventory_hostname == 'h1'
      tags: [always]
    - name: untagged
      debug: msg=untagged
`,
        // The included task would be false if the include's when reached it.
        'inc.yml': "- name: inside\n  debug: msg=\"inside {{ flag }}\"\n  when: inventory_hostname != 'h9'\n",
      },
      ['h1', 'h2'],
      { tags: ['applied'] },
    );
    expect(run.exitCode).toBe(0);
    expect(run.msgs('h1')).toEqual(['inside 1']);
    expect(run.msgs('h2')).toEqual([]);
    expect(run.results.find((r) => r.host === 'h2' && r.task === 'only h1')?.status).toBe('skipped');
    expect(run.stats.h2.skipped).toBe(1);
  });

  it('fails only the include of a missing file, naming where it is written, and a rescue catches it', async () => {
    const run = await runTree({
      'site.yml': `
- hosts: all
  gather_facts: false
  tasks:
    - block:
        - name: missing
          include_tasks: "{{ inventory_hostname }}.yml"
      rescue:
        - name: rescued
          debug: msg="rescued {{ ansible_failed_result.reason }}"
`,
      'h1.yml': '- name: found\n  debug: msg=found\n',
    });
    expect(run.exitCode).toBe(0);
    expect(run.msgs('h1')).toEqual(['found']);
    const failure = run.results.find((r) => r.host === 'h2' && r.task === 'missing');
    expect(failure?.status).toBe('failed');
    expect(failure?.result.reason).toBe(`${run.root}/site.yml:7:26: task "missing": could not find or access 'h2.yml'`);
    expect(run.msgs('h2')).toEqual([`rescued ${failure?.result.reason as string}`]);
    expect(run.stats.h2.rescued).toBe(1);
  });

  it('fails the include of a file that does not parse, with the file and line of the problem', async () => {
    const run = await runTree({
      'site.yml': '- hosts: all\n  gather_facts: false\n  tasks:\n    - include_tasks: bad.yml\n    - debug: msg=never\n',
      'bad.yml': '- name: typo\n  debg: msg=x\n',
    }, ['h1']);
    expect(run.exitCode).toBe(2);
    const failure = run.results.find((r) => r.task === 'include_tasks');
    expect(failure?.result.reason).toContain(`${run.root}/bad.yml:2:3: task "typo": unknown module 'debg'`);
    expect(run.msgs('h1')).toEqual([]);
  });

  it('ignores a failed include under ignore_errors and goes on', async () => {
    const run = await runTree({
      'site.yml': '- hosts: all\n  gather_facts: false\n  tasks:\n    - include_tasks: none.yml\n      ignore_errors: true\n    - debug: msg=next\n',
    }, ['h1']);
    expect(run.exitCode).toBe(0);
    expect(run.results.find((r) => r.task === 'include_tasks')).toMatchObject({ status: 'failed', ignored: true });
    expect(run.msgs('h1')).toEqual(['next']);
    expect(run.stats.h1).toMatchObject({ ignored: 1, failed: 0 });
  });

  it('stops the play for every host when a failed include is fatal (any_errors_fatal)', async () => {
    const run = await runTree({
      'site.yml': '- hosts: all\n  gather_facts: false\n  any_errors_fatal: true\n  tasks:\n    - include_tasks: "{{ inventory_hostname }}.yml"\n    - debug: msg=next\n',
      'h1.yml': '- debug: msg=h1\n',
    });
    expect(run.exitCode).toBe(2);
    expect(run.results.find((r) => r.host === 'h2')?.status).toBe('failed');
    expect(run.msgs('h1')).toEqual([]);
  });

  it('runs includes under the free strategy, each host on its own', async () => {
    const run = await runTree({
      'site.yml': `
- hosts: all
  gather_facts: false
  strategy: free
  tasks:
    - include_tasks: "{{ inventory_hostname }}.yml"
`,
      'h1.yml': '- debug: msg=one\n',
      'h2.yml': '- debug: msg=two\n',
    });
    expect(run.exitCode).toBe(0);
    expect(run.msgs('h1')).toEqual(['one']);
    expect(run.msgs('h2')).toEqual(['two']);
  });
});

describe('include_role at run time', () => {
  it('renders the role name, loops with tasks_from, publishes public vars and makes its handlers notifiable', async () => {
    const run = await runTree(
      {
        'site.yml': `
- hosts: all
  gather_facts: false
  vars: {which: web}
  tasks:
    - name: role per item
      include_role:
        name: "{{ which }}"
        tasks_from: other
        public: true
      loop: [1, 2]
      loop_control: {loop_var: it}
    - name: later
      debug: msg="{{ web_default }} {{ web_var }}"
    - name: private
      include_role: {name: db}
    - name: not public
      debug: msg="{{ db_default | default('hidden') }}"
`,
        'roles/web/tasks/other.yml': '- name: other\n  debug: msg="other {{ it }} {{ web_default }}"\n  changed_when: true\n  notify: web restart\n',
        'roles/web/defaults/main.yml': 'web_default: d\n',
        'roles/web/vars/main.yml': 'web_var: v\n',
        'roles/web/handlers/main.yml': '- name: web restart\n  debug: msg=restarted\n',
        'roles/db/tasks/main.yml': '- name: db\n  debug: msg="db {{ db_default }}"\n',
        'roles/db/defaults/main.yml': 'db_default: dd\n',
      },
      ['h1'],
    );
    expect(run.exitCode).toBe(0);
    expect(run.msgs('h1')).toEqual(['other 1 d', 'other 2 d', 'd v', 'db dd', 'hidden', 'restarted']);
    expect(run.results.map((r) => r.task)).toContain('web : other');
    expect(run.included).toEqual([]);
  });

  it('fails the include of a missing role on that host only', async () => {
    const run = await runTree({
      'site.yml': `
- hosts: all
  gather_facts: false
  tasks:
    - include_role: {name: "role_{{ inventory_hostname }}"}
`,
      'roles/role_h1/tasks/main.yml': '- debug: msg=h1role\n',
    });
    expect(run.msgs('h1')).toEqual(['h1role']);
    const failure = run.results.find((r) => r.host === 'h2');
    expect(failure?.status).toBe('failed');
    expect(failure?.result.reason).toMatch(/site\.yml:5:21: task "include_role": the role 'role_h2' was not found/);
  });
});

describe('import_tasks and import_role stay static', () => {
  it('give their when to every imported task, evaluated per task', async () => {
    const run = await runTree({
      'site.yml': `
- hosts: all
  gather_facts: false
  tasks:
    - import_tasks: inc.yml
      when: inventory_hostname == 'h1'
    - import_role: {name: r}
      when: inventory_hostname == 'h2'
`,
      'inc.yml': '- name: one\n  debug: msg=one\n- name: two\n  debug: msg=two\n',
      'roles/r/tasks/main.yml': '- name: three\n  debug: msg=three\n',
    });
    expect(run.msgs('h1')).toEqual(['one', 'two']);
    expect(run.msgs('h2')).toEqual(['three']);
    expect(run.results.filter((r) => r.status === 'skipped').map((r) => `${r.host} ${r.task}`)).toEqual(['h2 one', 'h2 two', 'h1 r : three']);
    expect(run.included).toEqual([]);
  });
});
