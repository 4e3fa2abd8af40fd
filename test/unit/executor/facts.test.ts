import { hostname, userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { factVars, restrictedFactNames } from '../../../src/executor/facts.js';
import { isUnsafe, taint } from '../../../src/template/index.js';
import { localInventory, resultOf, runLocal, tasksRun, type LocalRun } from './run-local.js';

/** Hosts that got a `Gathering Facts` result, in order. */
function gathered(run: LocalRun): string[] {
  return run.results.filter((e) => e.task === 'Gathering Facts').map((e) => e.host);
}

describe('gather_facts', () => {
  it('gathers by default, first, as TASK [Gathering Facts], with the facts as ansible_facts.x and ansible_x', async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const run = await runLocal(
      `- hosts: all
  tasks:
    - name: show
      debug:
        msg: "{{ ansible_facts.system }} {{ ansible_system }} {{ ansible_facts.hostname }} {{ ansible_user_id }} {{ ansible_facts['python']['version']['major'] }}"
`,
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    const starts = run.events.filter((e) => e.type === 'task_start').map((e) => (e.type === 'task_start' ? e.task : ''));
    expect(starts).toEqual(['Gathering Facts', 'show']);
    expect(gathered(run).sort()).toEqual(['h1', 'h2']);
    expect(tasksRun(run, 'h1')).toEqual(['Gathering Facts', 'show']);
    expect(resultOf(run, 'show', 'h1')?.result.msg).toBe(`Linux Linux ${hostname().split('.')[0]} ${userInfo().username} 3`);
    const facts = resultOf(run, 'Gathering Facts', 'h2')?.result.ansible_facts as Record<string, unknown>;
    expect(facts.ansible_distribution).toEqual(expect.any(String));
    expect(facts.ansible_memtotal_mb).toEqual(expect.any(Number));
    expect(facts.ansible_processor_vcpus).toEqual(expect.any(Number));
    expect(run.stats.h1).toMatchObject({ ok: 2, changed: 0, failed: 0 });
  });

  it('gather_facts: false gathers nothing: ansible_facts is empty and ansible_system undefined', async () => {
    const inventory = await localInventory(['h1']);
    const run = await runLocal(
      `- hosts: all
  gather_facts: false
  tasks:
    - name: show
      debug:
        msg: "{{ ansible_facts | length }} {{ ansible_system is defined }}"
`,
      { inventory },
    );
    expect(gathered(run)).toEqual([]);
    expect(resultOf(run, 'show', 'h1')?.result.msg).toBe('0 False');
  });

  it('gathering = explicit gathers only for plays that ask; smart gathers each host once per run', async () => {
    const inventory = await localInventory(['h1']);
    const twoPlays = (first: string) =>
      `- hosts: all
${first}  tasks:
    - debug: msg=one
- hosts: all
  tasks:
    - name: later
      debug:
        msg: "{{ ansible_facts.system | default('none') }}"
`;
    const explicit = await runLocal(twoPlays(''), { inventory, gathering: 'explicit' });
    expect(gathered(explicit)).toEqual([]);
    expect(resultOf(explicit, 'later', 'h1')?.result.msg).toBe('none');
    const explicitAsked = await runLocal(twoPlays('  gather_facts: true\n'), { inventory, gathering: 'explicit' });
    expect(gathered(explicitAsked)).toEqual(['h1']);
    const smart = await runLocal(twoPlays(''), { inventory, gathering: 'smart' });
    expect(gathered(smart)).toEqual(['h1']);
    expect(resultOf(smart, 'later', 'h1')?.result.msg).toBe('Linux');
    const implicit = await runLocal(twoPlays(''), { inventory });
    expect(gathered(implicit)).toEqual(['h1', 'h1']);
  });

  it('gather_subset and a setup task with filter narrow the facts; setup facts join the host facts', async () => {
    const inventory = await localInventory(['h1']);
    const run = await runLocal(
      `- hosts: all
  gather_subset: ['!all', '!min']
  tasks:
    - name: before
      debug:
        msg: "{{ ansible_facts.keys() | sort | join(',') }}"
    - name: narrow
      setup:
        gather_subset: min
        filter: ansible_user_*
      register: narrow
    - name: after
      debug:
        msg: "{{ ansible_user_id }} {{ ansible_facts.user_dir }} {{ ansible_distribution is defined }}"
`,
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    // As in Ansible, the first module of a host (here the gathering) also reports the interpreter it discovered.
    expect(resultOf(run, 'before', 'h1')?.result.msg).toBe('discovered_interpreter_python,gather_subset,module_setup');
    const facts = Object.keys(resultOf(run, 'narrow', 'h1')?.result.ansible_facts as object);
    expect(facts.length).toBeGreaterThan(3);
    for (const name of facts) expect(name).toMatch(/^ansible_user_/);
    expect(resultOf(run, 'after', 'h1')?.result.msg).toBe(`${userInfo().username} ${userInfo().homedir} False`);
  });

  it('a bad gather_subset fails the host at gathering with setup\'s message, and the recap counts it', async () => {
    const inventory = await localInventory(['h1']);
    const run = await runLocal(
      `- hosts: all
  gather_subset: [bogus]
  tasks:
    - debug: msg=never
`,
      { inventory },
    );
    expect(run.exitCode).toBe(2);
    expect(resultOf(run, 'Gathering Facts', 'h1')?.result.msg).toMatch(/^Bad subset 'bogus' given to setup/);
    expect(tasksRun(run, 'h1')).toEqual(['Gathering Facts']);
    expect(run.stats.h1).toMatchObject({ ok: 0, failed: 1 });
  });

  it('a host that cannot run Python fails at gathering; one that cannot be reached is unreachable; the others go on', async () => {
    const inventory = await localInventory(['good', 'nopython ansible_python_interpreter=/nonexistent/python3'], 'gone ansible_host=127.0.0.1 ansible_port=1 ansible_connection=ssh\n');
    const run = await runLocal(
      `- hosts: all
  tasks:
    - name: after
      debug: msg=on
`,
      { inventory },
    );
    expect(resultOf(run, 'Gathering Facts', 'nopython')?.status).toBe('failed');
    expect(resultOf(run, 'Gathering Facts', 'gone')?.status).toBe('unreachable');
    expect(tasksRun(run, 'good')).toEqual(['Gathering Facts', 'after']);
    expect(tasksRun(run, 'nopython')).toEqual(['Gathering Facts']);
    expect(run.stats.nopython).toMatchObject({ failed: 1 });
    expect(run.stats.gone).toMatchObject({ unreachable: 1 });
    expect(run.exitCode).toBe(4);
  });

  it('--tags keeps the gathering, as Ansible tags it always', async () => {
    const inventory = await localInventory(['h1']);
    const run = await runLocal(
      `- hosts: all
  tasks:
    - name: tagged
      debug:
        msg: "{{ ansible_system }}"
      tags: [web]
    - name: untagged
      debug: msg=no
`,
      { inventory, tags: ['web'] },
    );
    expect(tasksRun(run, 'h1')).toEqual(['Gathering Facts', 'tagged']);
    expect(resultOf(run, 'tagged', 'h1')?.result.msg).toBe('Linux');
  });

  it('--start-at-task still gathers first', async () => {
    const inventory = await localInventory(['h1']);
    const run = await runLocal(
      `- hosts: all
  tasks:
    - name: first
      debug: msg=skipped
    - name: second
      debug:
        msg: "{{ ansible_facts.system }}"
`,
      { inventory, startAtTask: 'second' },
    );
    expect(tasksRun(run, 'h1')).toEqual(['Gathering Facts', 'second']);
    expect(resultOf(run, 'second', 'h1')?.result.msg).toBe('Linux');
  });

  it('inject_facts_as_vars false keeps facts under ansible_facts only', async () => {
    const inventory = await localInventory(['h1']);
    const run = await runLocal(
      `- hosts: all
  tasks:
    - name: show
      debug:
        msg: "{{ ansible_facts.system }} {{ ansible_system is defined }} {{ ansible_local is defined }}"
`,
      { inventory, injectFactsAsVars: false },
    );
    expect(resultOf(run, 'show', 'h1')?.result.msg).toBe('Linux False True');
  });
});

describe('hostvars', () => {
  it("gives every host's inventory vars, facts, registered results and set_fact, but not play vars", async () => {
    const inventory = await localInventory(['h1 color=red', 'h2']);
    const run = await runLocal(
      `- hosts: all
  vars:
    play_only: here
  tasks:
    - name: register
      command: echo "from {{ inventory_hostname }}"
      register: said
    - name: remember
      set_fact:
        remembered: "{{ inventory_hostname }}-fact"
    - name: look
      debug:
        msg: >-
          {{ hostvars['h1'].color }}
          {{ hostvars['h1'].ansible_facts.system }}
          {{ hostvars.h1.ansible_system }}
          {{ hostvars['h1'].said.stdout }}
          {{ hostvars['h1'].remembered }}
          {{ hostvars['h1'].play_only is defined }}
          {{ hostvars['h1'].inventory_hostname }}
          {{ 'h2' in hostvars }} {{ 'nowhere' in hostvars }}
      when: inventory_hostname == 'h2'
`,
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    expect(resultOf(run, 'look', 'h2')?.result.msg).toBe('red Linux Linux from h1 h1-fact False h1 True False');
  });

  it('debug: var=hostvars shows every inventory host', async () => {
    const inventory = await localInventory(['h1 color=red', 'h2']);
    const run = await runLocal(
      `- hosts: h1
  gather_facts: false
  tasks:
    - name: all
      debug: var=hostvars
`,
      { inventory },
    );
    const shown = resultOf(run, 'all', 'h1')?.result.hostvars as Record<string, Record<string, unknown>>;
    expect(Object.keys(shown).sort()).toEqual(['h1', 'h2']);
    expect(shown.h1).toMatchObject({ color: 'red', inventory_hostname: 'h1', ansible_facts: {} });
  });

  it('shows a host not gathered yet with empty ansible_facts, and a host not in the play with its inventory vars', async () => {
    const inventory = await localInventory(['h1', 'h2 role=db']);
    const run = await runLocal(
      `- hosts: h1
  tasks:
    - name: look
      debug:
        msg: "{{ hostvars['h2'].role }} {{ hostvars['h2'].ansible_facts | length }} {{ hostvars['h1'].ansible_facts.system }}"
`,
      { inventory },
    );
    expect(resultOf(run, 'look', 'h1')?.result.msg).toBe('db 0 Linux');
  });
});

describe('facts as variables', () => {
  it('strips the ansible_ prefix under ansible_facts (but not of ansible_local) and keeps host text unsafe', () => {
    const facts = taint({ ansible_system: 'Linux', ansible_local: { x: 1 }, custom: 'c' });
    const vars = factVars(facts, true);
    expect(Object.keys(vars.ansible_facts as object).sort()).toEqual(['ansible_local', 'custom', 'system']);
    expect(isUnsafe((vars.ansible_facts as Record<string, unknown>).system)).toBe(true);
    expect(Object.keys(vars).sort()).toEqual(['ansible_facts', 'ansible_local', 'ansible_system', 'custom']);
    expect(Object.keys(factVars(facts, false)).sort()).toEqual(['ansible_facts', 'ansible_local']);
  });

  it('never injects facts that would steer the connection, become or the interpreter', () => {
    const hostile = { ansible_host: 'evil', ansible_user: 'x', ansible_become_password: 'p', ansible_python_interpreter: '/tmp/x', ansible_ssh_common_args: '-o x', inventory_hostname: 'y', ansible_ssh_host_key_rsa_public: 'AAAA', ansible_distribution: 'Debian' };
    expect(restrictedFactNames(hostile).sort()).toEqual(['ansible_become_password', 'ansible_host', 'ansible_python_interpreter', 'ansible_ssh_common_args', 'ansible_user', 'inventory_hostname']);
    const vars = factVars(taint(hostile), true);
    expect(Object.keys(vars).sort()).toEqual(['ansible_distribution', 'ansible_facts', 'ansible_ssh_host_key_rsa_public']);
    expect(Object.keys(vars.ansible_facts as object)).toContain('host');
  });
});
