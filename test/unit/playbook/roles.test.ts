import { describe, expect, it } from 'vitest';
import { type Block, type Handler, type Include, loadPlaybook, type Task, type TaskEntry } from '../../../src/playbook/index.js';
import { writeTree } from '../../fixtures/load/write-tree.js';

const noAnsible = { ansible: { env: { PATH: '' } }, rolesPaths: [] as string[] };

/** The tasks of entries, blocks flattened, in order. */
function flat(entries: ReadonlyArray<TaskEntry>): Task[] {
  return entries.flatMap((e) => (e.kind === 'block' ? flat([...e.block, ...e.rescue, ...e.always]) : e.kind === 'task' ? [e] : []));
}

async function loadError(path: string, opts: object = noAnsible): Promise<string> {
  return loadPlaybook(path, opts).then(
    () => 'loaded',
    (err: Error) => err.message,
  );
}

describe('roles: in a play', () => {
  it('runs dependencies first, then the role, before the play tasks; every task carries its role and keeps its file:line', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  roles:\n    - web\n  tasks:\n    - debug: msg=play\n',
      'roles/web/tasks/main.yml': '- name: web task\n  debug: msg=web\n',
      'roles/web/meta/main.yml': 'dependencies:\n  - role: common\n    greeting: hi\n',
      'roles/web/handlers/main.yml': '- name: restart web\n  debug: msg=restart\n',
      'roles/common/tasks/main.yaml': '- debug: msg=common\n',
    });
    const [play] = (await loadPlaybook(`${root}/site.yml`, noAnsible)).plays;
    const tasks = flat(play.tasks);
    expect(tasks.map((t) => [t.role?.name, t.args.msg])).toEqual([
      ['common', 'common'],
      ['web', 'web'],
      [undefined, 'play'],
    ]);
    expect(tasks[0].role).toMatchObject({ path: `${root}/roles/common`, params: { greeting: 'hi' }, parents: [] });
    expect(tasks[1].position).toEqual({ file: `${root}/roles/web/tasks/main.yml`, line: 1, col: 3 });
    expect(play.roles.map((r) => r.name)).toEqual(['common', 'web']);
    expect((play.handlers as Handler[]).map((h) => [h.name, h.role?.name])).toEqual([['restart web', 'web']]);
  });

  it('runs a role once per play with the same parameters, again with others or with allow_duplicates', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  roles: [a, b, {role: common, x: 2}]\n',
      'roles/a/meta/main.yml': 'dependencies: [common]\n',
      'roles/a/tasks/main.yml': '- debug: msg=a\n',
      'roles/b/meta/main.yml': 'dependencies: [common, dup]\n',
      'roles/b/tasks/main.yml': '- debug: msg=b\n',
      'roles/common/tasks/main.yml': '- debug: msg=common\n',
      'roles/dup/meta/main.yml': 'allow_duplicates: true\n',
      'roles/dup/tasks/main.yml': '- debug: msg=dup\n',
    });
    const site = `${root}/site.yml`;
    const once = flat((await loadPlaybook(site, noAnsible)).plays[0].tasks).map((t) => t.args.msg);
    expect(once).toEqual(['common', 'a', 'dup', 'b', 'common']);
    const root2 = await writeTree({
      'site.yml': '- hosts: all\n  roles: [dup, dup, common, common]\n',
      'roles/common/tasks/main.yml': '- debug: msg=common\n',
      'roles/dup/meta/main.yml': 'allow_duplicates: yes\n',
      'roles/dup/tasks/main.yml': '- debug: msg=dup\n',
    });
    expect(flat((await loadPlaybook(`${root2}/site.yml`, noAnsible)).plays[0].tasks).map((t) => t.args.msg)).toEqual(['dup', 'dup', 'common']);
  });

  it('puts when, tags and other keywords of the entry on the role block and the rest into params, vars included', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  roles:\n    - role: web\n      when: enabled\n      tags: [w]\n      become: true\n      http_port: 8080\n      vars: {x: 1}\n',
      'roles/web/tasks/main.yml': '- debug: msg=web\n',
    });
    const block = (await loadPlaybook(`${root}/site.yml`, noAnsible)).plays[0].tasks[0] as Block;
    expect(block).toMatchObject({ kind: 'block', when: ['enabled'], tags: ['w'], become: true });
    expect(block.role?.params).toEqual({ http_port: 8080, x: 1 });
    expect(block.vars).toBeUndefined();
  });

  it('reads defaults and vars, and main.yml, main.yaml or main', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  roles: [web]\n',
      'roles/web/tasks/main': '- debug: msg=web\n',
      'roles/web/defaults/main.yml': 'port: 80\nname: d\n',
      'roles/web/vars/main.yaml': 'name: v\n',
    });
    const [play] = (await loadPlaybook(`${root}/site.yml`, noAnsible)).plays;
    expect(play.roles[0]).toMatchObject({ defaults: { port: 80, name: 'd' }, vars: { name: 'v' } });
  });

  it('finds roles in roles_path, by path beside the playbook, and collection roles by FQCN', async () => {
    const shared = await writeTree({ 'base/tasks/main.yml': '- debug: msg=base\n' });
    const collections = await writeTree({ 'ansible_collections/acme/tools/roles/lint/tasks/main.yml': '- debug: msg=lint\n' });
    const root = await writeTree({
      'site.yml': '- hosts: all\n  roles: [base, ./local/thing, acme.tools.lint]\n',
      'local/thing/tasks/main.yml': '- debug: msg=thing\n',
    });
    const opts = { ansible: { env: { PATH: '' }, collectionsPaths: [collections] }, rolesPaths: [shared] };
    const tasks = flat((await loadPlaybook(`${root}/site.yml`, opts)).plays[0].tasks);
    expect(tasks.map((t) => [t.role?.name, t.args.msg])).toEqual([
      ['base', 'base'],
      ['./local/thing', 'thing'],
      ['acme.tools.lint', 'lint'],
    ]);
  });

  it("names a missing role and where it was searched, at the play's line", async () => {
    const root = await writeTree({ 'site.yml': '- hosts: all\n  roles:\n    - nothere\n' });
    const message = await loadError(`${root}/site.yml`, { ...noAnsible, rolesPaths: ['/nonexistent/roles'] });
    expect(message).toContain(`site.yml:3:7: play "all": role: the role 'nothere' was not found in ${root}/roles:/nonexistent/roles:${root}`);
  });

  it('reports a dependency loop and a bad dependency entry', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  roles: [a]\n',
      'roles/a/meta/main.yml': 'dependencies: [b, 42]\n',
      'roles/b/meta/main.yml': 'dependencies: [a]\n',
    });
    const message = await loadError(`${root}/site.yml`);
    expect(message).toContain('role dependency loop');
    expect(message).toContain(`roles/a/meta/main.yml:1:19: role 'a' dependency: a role must be a name or a mapping with 'role', got 42`);
  });

  it('finds modules in the role library/ folder for its tasks only', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  roles: [web]\n  tasks:\n    - web_check:\n',
      'roles/web/tasks/main.yml': '- web_check: {}\n',
      'roles/web/library/web_check.py': '#!/usr/bin/python\n',
    });
    const message = await loadError(`${root}/site.yml`);
    expect(message).toContain(`site.yml:4:7: task "web_check": module 'web_check' is not built into castoff`);
    expect(message).not.toContain('roles/web/tasks/main.yml');
  });
});

describe('import_role and include_role', () => {
  it('loads the role with tasks_from, vars_from, defaults_from and handlers_from, with the task keywords on its block', async () => {
    const root = await writeTree({
      'site.yml': `
- hosts: all
  tasks:
    - name: Setup
      import_role:
        name: web
        tasks_from: setup
        vars_from: other
        defaults_from: other
        handlers_from: extra
      when: ready
      tags: setup
    - include_role: name=web
`,
      'roles/web/tasks/main.yml': '- debug: msg=main\n',
      'roles/web/tasks/setup.yml': '- debug: msg=setup\n',
      'roles/web/vars/other.yml': 'v: other\n',
      'roles/web/defaults/other.yml': 'd: other\n',
      'roles/web/handlers/extra.yml': '- name: extra handler\n  debug: msg=h\n',
      'roles/web/handlers/main.yml': '- name: main handler\n  debug: msg=h\n',
    });
    const [play] = (await loadPlaybook(`${root}/site.yml`, noAnsible)).plays;
    const [imported, included] = play.tasks as [Block, Include];
    expect(imported).toMatchObject({ kind: 'block', name: 'Setup', when: ['ready'], tags: ['setup'], position: { line: 4 } });
    expect(flat([imported]).map((t) => t.args.msg)).toEqual(['setup']);
    expect(imported.role).toMatchObject({ vars: { v: 'other' }, defaults: { d: 'other' } });
    expect(play.handlers.map((h) => (h as Handler).name)).toEqual(['extra handler']);
    // include_role reads the role when it runs, with its handlers.
    const content = await included.load({ name: 'web' });
    expect('entries' in content && flat(content.entries).map((t) => t.args.msg)).toEqual(['main']);
    expect('handlers' in content && content.handlers.map((h) => (h as Handler).name)).toEqual(['main handler']);
  });

  it('names a missing tasks_from file, and refuses a loop on import_role and a missing name', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  tasks:\n    - import_role: {name: web, tasks_from: nope}\n    - import_role: name=web\n      loop: [1, 2]\n    - import_role: {tasks_from: x}\n',
      'roles/web/tasks/main.yml': '- debug: msg=main\n',
    });
    const message = await loadError(`${root}/site.yml`);
    expect(message).toContain(`site.yml:3:20: task "import_role": Could not find specified file in role: tasks/nope`);
    expect(message).toContain(`site.yml:5:7: task "import_role": You cannot use loops on 'import_role' statements. You should use 'include_role' instead.`);
    expect(message).toMatch(/site\.yml:6:\d+: task "import_role": .*name/);
  });
});
