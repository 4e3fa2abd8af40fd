import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSIBLE_VERSION } from '../../../src/executor/vars.js';
import { loadInventory, parsePlaybookText, runPlaybook, type RunEvent } from '../../../src/index.js';
import { itemsOf, localInventory, play, resultOf, runLocal } from './run-local.js';

const twoHosts = () => localInventory(['localhost', 'h2.example.com'], '[web]\nlocalhost\n[db]\nh2.example.com\n[db:vars]\ndb_port=5432\ndb_url=pg://{{ inventory_hostname_short }}:{{ db_port }}\n');

describe('magic variables', () => {
  it('match what ansible-playbook 2.14 shows for a two-host inventory file', async () => {
    const file = await twoHosts();
    const run = await runLocal(
      play(
        `  tasks:
    - name: show
      debug:
        msg:
          groups: "{{ groups }}"
          group_names: "{{ group_names }}"
          short: "{{ inventory_hostname_short }}"
          inventory_file: "{{ inventory_file }}"
          inventory_dir: "{{ inventory_dir }}"
          sources: "{{ ansible_inventory_sources }}"
          forks: "{{ ansible_forks }}"
          limit: "{{ ansible_limit }}"
          config: "{{ ansible_config_file }}"
          python: "{{ ansible_playbook_python }}"
          version: "{{ ansible_version }}"
          check: "{{ ansible_check_mode }}"
          diff: "{{ ansible_diff_mode }}"
          loop_defined: "{{ ansible_loop is defined }}"
`,
        'all',
      ),
      { inventory: file, forks: 3, limit: 'all', diff: true },
    );
    expect(run.exitCode).toBe(0);
    const msg = resultOf(run, 'show', 'h2.example.com')?.result.msg as Record<string, unknown>;
    expect(msg).toMatchObject({
      groups: { all: ['localhost', 'h2.example.com'], ungrouped: [], web: ['localhost'], db: ['h2.example.com'] },
      group_names: ['db'],
      short: 'h2',
      inventory_file: file,
      inventory_dir: dirname(file),
      sources: [file],
      forks: 3,
      limit: 'all',
      config: null,
      version: { full: '2.14.0', major: 2, minor: 14, revision: 0, string: '2.14.0' },
      check: false,
      diff: true,
      loop_defined: false,
    });
    expect(typeof msg.python).toBe('string');
    expect(msg.python).not.toBe('');
    expect(ANSIBLE_VERSION.full).toBe('2.14.0');
  });

  it('a comma-list inventory gives inventory_file as written and no inventory_dir; ansible_limit is undefined without --limit', async () => {
    const inventory = await loadInventory(['localhost,']);
    inventory.hosts.get('localhost')!.vars.ansible_connection = 'local';
    const run = await runLocal(
      play(`  tasks:
    - name: show
      debug:
        msg: "{{ inventory_file }}|{{ inventory_dir }}|{{ ansible_inventory_sources }}|{{ ansible_limit is defined }}"
`),
      { inventory },
    );
    expect(resultOf(run, 'show')?.result.msg).toBe("localhost,|None|['localhost,']|False");
  });

  it('ansible_play_hosts and ansible_play_batch leave out failed hosts, ansible_play_hosts_all keeps them', async () => {
    const run = await runLocal(
      play(
        `  tasks:
    - fail:
      when: inventory_hostname == 'h2.example.com'
    - name: show
      debug:
        msg: "{{ ansible_play_hosts }} {{ ansible_play_hosts_all }} {{ ansible_play_batch }} {{ play_hosts }}"
`,
        'all',
      ),
      { inventory: await twoHosts() },
    );
    expect(resultOf(run, 'show')?.result.msg).toBe("['localhost'] ['localhost', 'h2.example.com'] ['localhost'] ['localhost']");
  });

  it('hostvars reads another host\'s inventory and group variables, registered results and run-wide magic, without facts', async () => {
    const run = await runLocal(
      play(
        `  tasks:
    - name: remember
      debug: msg=from-{{ inventory_hostname_short }}
      register: said
    - name: peek
      debug:
        msg: "{{ hostvars['h2.example.com'].db_url }} {{ hostvars['h2.example.com'].said.msg }} {{ hostvars['h2.example.com'].group_names }} {{ hostvars['h2.example.com'].ansible_forks }} {{ hostvars['h2.example.com'].ansible_facts }}"
      when: inventory_hostname == 'localhost'
`,
        'all',
      ),
      { inventory: await twoHosts() },
    );
    expect(run.exitCode).toBe(0);
    // The group variable is rendered with h2's own variables, not the reading host's.
    expect(resultOf(run, 'peek')?.result.msg).toBe("pg://h2:5432 from-h2 ['db'] 5 {}");
  });
});

describe('ansible_loop', () => {
  it('with loop_control.extended: index, revindex, first/last, previtem/nextitem where there is one, allitems', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: ext
      debug: msg="{{ ansible_loop }}"
      loop: [a, b, c]
      loop_control:
        extended: true
    - name: no all items
      debug: msg="{{ ansible_loop }}"
      loop: [a, b]
      loop_control: {extended: true, extended_allitems: false}
    - name: plain
      debug: msg="{{ ansible_loop | default('UNDEF') }}"
      loop: [a]
`),
    );
    const ext = itemsOf(run, 'ext').map((e) => e.result.msg);
    expect(ext[0]).toEqual({ index: 1, index0: 0, revindex: 3, revindex0: 2, first: true, last: false, length: 3, nextitem: 'b', allitems: ['a', 'b', 'c'] });
    expect(ext[1]).toMatchObject({ previtem: 'a', nextitem: 'c', index: 2, revindex: 2 });
    expect(ext[2]).toEqual({ index: 3, index0: 2, revindex: 1, revindex0: 0, first: false, last: true, length: 3, previtem: 'b', allitems: ['a', 'b', 'c'] });
    expect(itemsOf(run, 'ext')[0]?.result.ansible_loop).toMatchObject({ index: 1 });
    expect(itemsOf(run, 'no all items').map((e) => e.result.msg)).toEqual([
      { index: 1, index0: 0, revindex: 2, revindex0: 1, first: true, last: false, length: 2, nextitem: 'b' },
      { index: 2, index0: 1, revindex: 1, revindex0: 0, first: false, last: true, length: 2, previtem: 'a' },
    ]);
    expect(itemsOf(run, 'plain').map((e) => e.result.msg)).toEqual(['UNDEF']);
    expect(itemsOf(run, 'plain')[0]?.result).not.toHaveProperty('ansible_loop');
  });
});

describe('set_fact cacheable', () => {
  it('makes the variables facts too; without it they are variables only; the registered result is Ansible\'s', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: cached
      set_fact:
        cf: 1
        cacheable: true
      register: r
    - name: plain
      set_fact:
        nc: 2
    - name: show
      debug:
        msg: "{{ ansible_facts.cf }} {{ 'nc' in ansible_facts }} {{ hostvars[inventory_hostname].ansible_facts }} {{ cf }} {{ nc }} {{ r }}"
`),
    );
    // As ansible-playbook -v shows it (the cacheable mark is a symbol, in no output).
    expect(JSON.stringify(resultOf(run, 'cached')?.result)).toBe('{"ansible_facts":{"cf":1},"changed":false,"failed":false}');
    expect(resultOf(run, 'show')?.result.msg).toBe("1 False {'cf': 1} 1 2 {'ansible_facts': {'cf': 1}, 'changed': False, 'failed': False}");
  });
});

describe('vars', () => {
  it('written as a list of mappings merge in order, as Ansible 2.14 accepts them', async () => {
    const run = await runLocal(
      play(`  vars:
    - a: 1
    - b: "{{ a }}2"
      a: 3
  tasks:
    - name: show
      debug: msg="{{ a }} {{ b }}"
      vars:
        - c: x
`),
    );
    expect(resultOf(run, 'show')?.result.msg).toBe('3 32');
  });

  it('ansible_python_interpreter written as a template is rendered, not used as written', async () => {
    const inventory = await loadInventory(['localhost,']);
    Object.assign(inventory.hosts.get('localhost')!.vars, { ansible_connection: 'local', ansible_python_interpreter: '{{ ansible_playbook_python }}' });
    const run = await runLocal(
      play(`  tasks:
    - name: runs python
      command: echo ok
`),
      { inventory, playbookPython: process.env.PYTHON3 ?? '/usr/bin/python3' },
    );
    expect(resultOf(run, 'runs python')?.status).toBe('changed');
    expect(resultOf(run, 'runs python')?.result.stdout).toBe('ok');
  });

  it('omit drops the argument of a castoff module', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: omitted
      command:
        cmd: pwd
        chdir: "{{ nowhere | default(omit) }}"
    - name: debug omitted
      debug:
        msg: "{{ omit }}"
`),
    );
    expect(resultOf(run, 'omitted')?.status).toBe('changed');
    expect(resultOf(run, 'debug omitted')?.result.msg).toBe('Hello world!');
  });
});

describe('import_playbook vars and include_vars', () => {
  it('import_playbook vars (also as a list) override the imported plays\' own; include_vars loads a file named per host', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'castoff-importvars-'));
    await writeFile(join(dir, 'inner.yml'), '- hosts: all\n  gather_facts: false\n  vars: {who: inner, keep: kept}\n  tasks:\n    - include_vars: "vars-{{ inventory_hostname_short }}.yml"\n    - name: show\n      debug: msg="{{ who }} {{ keep }} {{ color }}"\n');
    await writeFile(join(dir, 'vars-localhost.yml'), 'color: red\n');
    await writeFile(join(dir, 'vars-h2.yml'), 'color: blue\n');
    await writeFile(join(dir, 'site.yml'), '- import_playbook: inner.yml\n  vars:\n    - who: importer\n');
    const playbook = await parsePlaybookText(await readFile(join(dir, 'site.yml'), 'utf8'), join(dir, 'site.yml'), { ansible: { env: { PATH: '' } } });
    const events: RunEvent[] = [];
    await runPlaybook({ playbook, inventory: await twoHosts(), onEvent: (e) => events.push(e) });
    const shown = (host: string) => events.find((e) => e.type === 'host_result' && e.task === 'show' && e.host === host);
    expect(shown('localhost')).toMatchObject({ result: { msg: 'importer kept red' } });
    expect(shown('h2.example.com')).toMatchObject({ result: { msg: 'importer kept blue' } });
  });
});
