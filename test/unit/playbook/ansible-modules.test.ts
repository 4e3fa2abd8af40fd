import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ParseErrors } from '../../../src/core/errors.js';
import { parsePlaybookText, type LoadPlaybookOptions, type Task, type TaskEntry } from '../../../src/playbook/index.js';
import { fakeInstallation, type FakeInstallation } from '../../fixtures/ansible/fake-installation.js';
import { writeTree } from '../../fixtures/load/write-tree.js';

let fake: FakeInstallation;
let withAnsible: LoadPlaybookOptions;

beforeAll(async () => {
  fake = await fakeInstallation();
  // The package folder is configured, so no Python is started and PATH plays no part.
  withAnsible = { ansible: { python: fake.packageDir, env: { PATH: '' }, cacheDir: join(fake.root, 'cache') } };
});

const playbook = (tasks: string, playKeywords = '') =>
  `- hosts: all\n${playKeywords}  tasks:\n${tasks
    .trim()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')}\n`;

async function tasksOf(text: string, options: LoadPlaybookOptions = withAnsible, file = join(fake.root, 'site.yml')): Promise<Task[]> {
  const flat = (entries: TaskEntry[]): Task[] => entries.flatMap((e) => (e.kind === 'block' ? flat([...e.block, ...e.rescue, ...e.always]) : e.kind === 'task' ? [e] : []));
  return flat((await parsePlaybookText(text, file, options)).plays[0].tasks);
}

async function errorsOf(text: string, options: LoadPlaybookOptions = withAnsible): Promise<string[]> {
  try {
    await parsePlaybookText(text, 'site.yml', options);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseErrors);
    return (error as ParseErrors).errors.map((e) => e.message);
  }
  throw new Error('expected the load to fail');
}

const modulesDir = () => join(fake.packageDir, 'modules');

describe('tasks naming installed Ansible modules', () => {
  it('resolves a module castoff lacks to the installed file, parsing key=value text and checking no arguments', async () => {
    const [apt, action, fqcn] = await tasksOf(
      playbook(`
- apt: name=curl state=present not_an_apt_option=1
- action: apt name=curl
- ansible.builtin.apt:
    name: curl`),
    );
    expect(apt.ansible).toMatchObject({ fqcn: 'ansible.builtin.apt', file: join(modulesDir(), 'apt.py') });
    expect(apt.module).toBe('apt');
    expect(apt.args).toEqual({ name: 'curl', state: 'present', not_an_apt_option: '1' });
    expect(action.ansible?.fqcn).toBe('ansible.builtin.apt');
    expect(action.args).toEqual({ name: 'curl' });
    expect(fqcn.ansible?.fqcn).toBe('ansible.builtin.apt');
  });

  it('resolves collection modules by FQCN and short names redirected by the routing files', async () => {
    const [fqcn, short] = await tasksOf(playbook('- community.general.ini_file: path=/tmp/x section=a\n- ini_file: path=/tmp/x'));
    const file = join(fake.site, 'ansible_collections', 'community', 'general', 'plugins', 'modules', 'ini_file.py');
    expect(fqcn.ansible).toMatchObject({ fqcn: 'community.general.ini_file', file, collection: { namespace: 'community', name: 'general' } });
    expect(fqcn.module).toBe('community.general.ini_file');
    expect(short.ansible).toMatchObject({ fqcn: 'community.general.ini_file', file, redirectedFrom: ['ansible.builtin.ini_file'] });
  });

  it("gives unarchive, which castoff drives from the controller, the installed module it runs on the host", async () => {
    const [task] = await tasksOf(playbook('- unarchive: src=a.tgz dest=/tmp'));
    expect(task.module).toBe('unarchive');
    expect(task.ansible).toBeUndefined();
    expect(task.installed).toMatchObject({ fqcn: 'ansible.builtin.unarchive', file: join(modulesDir(), 'unarchive.py') });
  });

  it("keeps castoff's own modules and library/ modules ahead of Ansible's", async () => {
    const dir = await writeTree({ 'library/apt.py': '# custom apt\n' });
    const [ping, copy, apt] = await tasksOf(playbook('- ping:\n- copy: content=x dest=/tmp/y\n- apt: name=curl'), withAnsible, join(dir, 'site.yml'));
    expect(ping.ansible).toBeUndefined();
    expect(copy.ansible).toBeUndefined();
    expect(apt.ansible).toBeUndefined();
    expect(apt.library?.path).toBe(join(dir, 'library', 'apt.py'));
  });

  it("uses Ansible's module for names both have under the prefer setting, only where Ansible's is a plain module", async () => {
    const prefer = { ansible: { ...withAnsible.ansible, preferAnsibleModules: true } };
    const [ping, command, copy, debug] = await tasksOf(playbook('- ping:\n- command: chdir=/tmp ls a=b\n- copy: content=x dest=/tmp/y\n- debug: msg=hi'), prefer);
    expect(ping.ansible?.file).toBe(join(modulesDir(), 'ping.py'));
    expect(command.ansible?.file).toBe(join(modulesDir(), 'command.py'));
    // Free-form text is split as for castoff's command, which is how Ansible splits it.
    expect(command.args).toEqual({ chdir: '/tmp', _raw_params: 'ls a=b' });
    expect(copy.ansible).toBeUndefined();
    expect(debug.ansible).toBeUndefined();
  });

  it('searches the collections keyword of the play, inherited by blocks and tasks, before castoff and ansible.builtin', async () => {
    const tasks = await tasksOf(
      playbook(
        `
- ping:
- deploy:
- block:
    - ping:
- name: own list
  collections: [ansible.builtin]
  ping:
- apt: name=x`,
        '  collections: [vendor.tools]\n',
      ),
    );
    const vendorPing = join(fake.site, 'ansible_collections', 'vendor', 'tools', 'plugins', 'modules', 'ping.py');
    expect(tasks.map((t) => t.ansible?.file)).toEqual([
      vendorPing,
      join(fake.site, 'ansible_collections', 'vendor', 'tools', 'plugins', 'modules', 'deploy.py'),
      vendorPing,
      undefined,
      join(modulesDir(), 'apt.py'),
    ]);
    expect(tasks[3].module).toBe('ping');
  });

  it('warns about a deprecated name, at the task', async () => {
    const loaded = await parsePlaybookText(playbook('- community.general.files.ini_file: path=/tmp/x'), 'site.yml', withAnsible);
    expect(loaded.warnings.map((w) => w.message)).toEqual([
      'site.yml:3:7: task "community.general.files.ini_file": community.general.files.ini_file has been deprecated. Use the short name. This feature will be removed from community.general in version 9.0.0.',
    ]);
  });

  it('names file:line for removed, Windows and looping modules, and for misspelt ones with installed names suggested', async () => {
    expect(
      await errorsOf(
        playbook(`
- community.general.removed_mod:
- win_ping:
- community.general.loop_a:
- lineinfil: path=/tmp/x
- community.general.uf:
- name: typo in a keyword
  apt: name=x
  registr: r`),
      ),
    ).toEqual([
      'site.yml:3:7: task "community.general.removed_mod": community.general.removed_mod has been removed. It is gone. This feature was removed from community.general in version 3.0.0.',
      `site.yml:4:7: task "win_ping": 'ansible.windows.win_ping' is a Windows (PowerShell) module; castoff does not run Windows modules`,
      'site.yml:5:7: task "community.general.loop_a": module redirect loop: community.general.loop_a -> community.general.loop_b -> community.general.loop_a',
      `site.yml:6:7: task "lineinfil": unknown module 'lineinfil' (did you mean 'lineinfile'?)`,
      `site.yml:7:7: task "community.general.uf": unknown module 'community.general.uf' (did you mean 'community.general.ufw'?)`,
      `site.yml:10:7: task "typo in a keyword": unknown keyword 'registr' (did you mean 'register'?)`,
    ]);
  });
});

describe('without an Ansible installation', () => {
  let bin: string;
  let counter: string;
  let hidden: LoadPlaybookOptions;

  beforeAll(async () => {
    // A python3 that cannot import ansible, and notes each time it is asked.
    const root = await writeTree({
      'bin/python3': { text: `#!/bin/sh\necho asked >> "$(dirname "$0")/../asked"\necho "ModuleNotFoundError: No module named 'ansible'" >&2\nexit 1\n`, mode: 0o755 },
    });
    counter = join(root, 'asked');
    bin = join(root, 'bin');
    hidden = { ansible: { env: { PATH: bin }, cacheDir: join(root, 'cache') } };
  });

  it("loads castoff's own modules without looking for Ansible in a play that does not gather facts", async () => {
    const text = playbook('- ping:\n- command: ls\n- debug: msg=hi\n- ansible.builtin.stat: path=/tmp', '  gather_facts: false\n');
    const tasks = await tasksOf(text, hidden, 'site.yml');
    expect(tasks.map((t) => t.module)).toEqual(['ping', 'command', 'debug', 'stat']);
    expect(existsSync(counter)).toBe(false);
  });

  it("a play that gathers asks for Ansible's setup once, and gathers with castoff's own when there is none", async () => {
    const loaded = await parsePlaybookText(playbook('- ping:'), join(fake.root, 'gathers.yml'), hidden);
    expect(loaded.plays[0].factsModule).toBeUndefined();
    expect(readFileSync(counter, 'utf8')).toBe('asked\n');
  });

  it('says the module is not built into castoff and where Ansible was looked for', async () => {
    expect(await errorsOf(playbook('- ping:\n- apt: name=curl'), hidden)).toEqual([
      `site.yml:4:7: task "apt": module 'apt' is not built into castoff and no Ansible installation was found (pip install ansible-core, or apt install ansible-core), searched: ansible-playbook on PATH (not found), python3 on PATH (${join(bin, 'python3')}: ModuleNotFoundError: No module named 'ansible')`,
    ]);
    expect(readFileSync(counter, 'utf8')).toBe('asked\n');
  });

  it('says so for unarchive too, which needs Ansible\'s module on the host', async () => {
    const [error] = await errorsOf(playbook('- unarchive: src=a.tgz dest=/tmp'), hidden);
    expect(error).toMatch(/^site\.yml:3:7: task "unarchive": module 'unarchive' is not built into castoff and no Ansible installation was found \(pip install ansible-core, or apt install ansible-core\), searched: ansible-playbook on PATH/);
  });

  it("still suggests castoff's module for a typo", async () => {
    expect(await errorsOf(playbook('- shel: echo hi'), hidden)).toEqual([`site.yml:3:7: task "shel": unknown module 'shel' (did you mean 'shell'?)`]);
  });
});
