import { describe, expect, it } from 'vitest';
import { type Block, type Include, loadPlaybook, loadVarsFile, type Task } from '../../../src/playbook/index.js';
import { writeTree } from '../../fixtures/load/write-tree.js';

describe('import_playbook', () => {
  it('splices the plays in, applying its vars, tags and when', async () => {
    const root = await writeTree({
      'site.yml': `
- hosts: all
  tasks: [{ping: }]
- import_playbook: plays/db.yml
  vars: {role: db}
  tags: db
  when: with_db
`,
      'plays/db.yml': '- hosts: db\n  vars: {role: other, port: 5432}\n  tags: [data]\n  tasks:\n    - import_tasks: ../tasks/common.yml\n    - ping:\n      when: up\n',
      'tasks/common.yml': '- ping:\n',
    });
    const playbook = await loadPlaybook(`${root}/site.yml`);
    expect(playbook.plays.map((play) => play.hosts)).toEqual(['all', 'db']);
    const db = playbook.plays[1];
    expect(db.vars).toEqual({ role: 'db', port: 5432 });
    expect(db.tags).toEqual(['data', 'db']);
    expect(db.tasks.map((entry) => entry.when)).toEqual([['with_db'], ['with_db', 'up']]);
    expect(db.position.file).toBe(`${root}/plays/db.yml`);
  });
});

describe('import_tasks and include_tasks', () => {
  it('loads an imported file as a block carrying the import keywords, so when reaches each imported task; include_tasks waits for the run', async () => {
    const root = await writeTree({
      'site.yml': `
- hosts: all
  tasks:
    - name: Extra
      import_tasks: tasks/extra.yml
      when: enabled
      tags: extra
      vars: {x: 1}
    - include_tasks:
        file: tasks/extra.yml
`,
      'tasks/extra.yml': '- command: echo one\n- command: echo two\n  when: two\n',
    });
    const [imported, included] = (await loadPlaybook(`${root}/site.yml`)).plays[0].tasks as [Block, Include];
    expect(imported).toMatchObject({
      kind: 'block',
      name: 'Extra',
      when: ['enabled'],
      tags: ['extra'],
      vars: { x: 1 },
      included: { keyword: 'import_tasks', file: `${root}/tasks/extra.yml` },
    });
    expect(imported.block.map((task) => (task as Task).args._raw_params)).toEqual(['echo one', 'echo two']);
    expect((imported.block[1] as Task).position).toEqual({ file: `${root}/tasks/extra.yml`, line: 2, col: 3 });
    expect(included).toMatchObject({ kind: 'include', keyword: 'include_tasks', args: { file: 'tasks/extra.yml' }, position: { line: 9 } });
    const content = await included.load({ file: 'tasks/extra.yml' });
    expect(content).toMatchObject({ file: `${root}/tasks/extra.yml` });
    // The same file is read once, however often it is included.
    expect(await included.load({ file: 'tasks/extra.yml' })).toBe(content);
    expect(await included.load({ file: 'tasks/none.yml' })).toEqual({ error: `${root}/site.yml:10:9: task "include_tasks": could not find or access 'tasks/none.yml'` });
  });

  it('resolves paths relative to the including file, then to the playbook folder', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  tasks:\n    - import_tasks: tasks/a.yml\n',
      'tasks/a.yml': '- import_tasks: b.yml\n- import_tasks: tasks/c.yml\n',
      'tasks/b.yml': '- command: echo b\n',
      'tasks/c.yml': '- command: echo c\n',
    });
    const outer = (await loadPlaybook(`${root}/site.yml`)).plays[0].tasks[0] as Block;
    const files = outer.block.map((entry) => (entry as Block).included?.file);
    expect(files).toEqual([`${root}/tasks/b.yml`, `${root}/tasks/c.yml`]);
  });

  it('reads included handlers as handlers', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  handlers:\n    - import_tasks: handlers.yml\n',
      'handlers.yml': '- name: restart\n  listen: changed\n  command: /bin/true\n',
    });
    const block = (await loadPlaybook(`${root}/site.yml`)).plays[0].handlers[0] as Block;
    expect(block.block[0]).toMatchObject({ name: 'restart', listen: ['changed'] });
  });

  it('keeps the keywords of include_tasks apply: for the included tasks, and accepts a templated name and a loop', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  tasks:\n    - include_tasks:\n        file: "{{ item }}.yml"\n        apply: {become: true, tags: [x]}\n      loop: [t]\n      loop_control: {loop_var: f}\n',
    });
    expect((await loadPlaybook(`${root}/site.yml`)).plays[0].tasks[0]).toMatchObject({
      kind: 'include',
      apply: { become: true, tags: ['x'] },
      loop: ['t'],
      loop_keyword: 'loop',
      loop_control: { loop_var: 'f' },
    });
  });
});

describe('vars_files', () => {
  it('loads plain paths relative to the playbook and leaves templated ones to the executor', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  vars_files:\n    - vars/common.yml\n    - ["vars/{{ os }}.yml", vars/default.yml]\n    - [vars/missing.yml, vars/default.json]\n',
      'vars/common.yml': 'a: 1\n',
      'vars/default.json': '{"b": 2}\n',
    });
    const [common, templated, fallback] = (await loadPlaybook(`${root}/site.yml`)).plays[0].vars_files;
    expect(common).toMatchObject({ candidates: ['vars/common.yml'], loaded: { file: `${root}/vars/common.yml`, vars: { a: 1 } } });
    expect(templated).toEqual({ candidates: ['vars/{{ os }}.yml', 'vars/default.yml'], position: { file: `${root}/site.yml`, line: 4, col: 7 } });
    expect(fallback.loaded).toEqual({ file: `${root}/vars/default.json`, vars: { b: 2 } });
  });

  it('loads a vars file on request and rejects one that is not a mapping', async () => {
    const root = await writeTree({ 'ok.yml': 'x: 1\n', 'list.yml': '- 1\n' });
    expect(await loadVarsFile(`${root}/ok.yml`)).toEqual({ x: 1 });
    await expect(loadVarsFile(`${root}/list.yml`)).rejects.toThrow(`${root}/list.yml:1:1: a vars file must be a mapping of variables, got a list`);
  });
});

describe('reading files', () => {
  it('reports a missing playbook by name', async () => {
    await expect(loadPlaybook('/nonexistent/site.yml')).rejects.toThrow("could not read playbook '/nonexistent/site.yml': ENOENT");
  });

  it('reports the mistakes of every included file at once', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  tasks:\n    - import_tasks: a.yml\n    - pnig:\n',
      'a.yml': '- shel: x\n',
    });
    await expect(loadPlaybook(`${root}/site.yml`)).rejects.toThrow(
      [
        `${root}/a.yml:1:3: task "shel": unknown module 'shel' (did you mean 'shell'?)`,
        `${root}/site.yml:4:7: task "pnig": unknown module 'pnig' (did you mean 'ping'?)`,
      ].join('\n'),
    );
  });
});
