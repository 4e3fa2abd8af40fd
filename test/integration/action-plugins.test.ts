/**
 * The controller-side modules castoff writes itself (template, fetch, include_vars, assemble,
 * set_stats, validate_argument_spec), run through playbooks against a real sshd host: results,
 * the host's state, check mode, diff, become and errors.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { playRecorded } from '../helpers/play.js';

let hosts: TestHosts;
let host: TestHost;
let inv: TestInventory;

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');

function play(tasks: string, extra = ''): string {
  return `- hosts: ${host.name}\n  gather_facts: false\n${extra}  tasks:\n${tasks}`;
}

async function remote(command: string): Promise<string> {
  return (await host.sh(command)).output.trim();
}

function file(relative: string, content: string): void {
  const path = join(inv.dir, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

beforeAll(async () => {
  hosts = await startHosts(1, { prefix: 'plug' });
  host = hosts.hosts[0];
  inv = writeInventory(hosts.hosts);
  file('templates/app.conf.j2', 'name={{ app }}\n{% if true %}\n  port={{ port }}\n{% endif %}\nhost={{ from_host }}\nsrc={{ template_path }} managed={{ ansible_managed }}\n');
  file('templates/blocks.j2', 'a\n  {% if true %}\nb\n  {% endif %}\nc\n');
  file('vars/common.yml', 'colour: blue\nsize: 3\n');
  file('vars/more/extra.yml', 'size: 4\nshape: "{{ colour }} square"\n');
  file('vars/more/notes.txt', 'not vars\n');
  file('frags/10-b', 'second\n');
  file('frags/02-a', 'first');
  file('frags/.hidden', 'hidden\n');
}, 180_000);

afterAll(async () => {
  await hosts?.stop();
});

describe('template', () => {
  it('renders the task variables and Ansible template variables, writes with mode, and a second run changes nothing', async () => {
    const tasks = `
    - name: host data
      command: echo '{{ "{{" }} 7 * 6 {{ "}}" }}'
      register: out
    - name: render
      template: {src: app.conf.j2, dest: /etc/app.conf, mode: '0640', owner: deploy}
      vars: {from_host: "{{ out.stdout }}"}
    - name: again
      template: {src: app.conf.j2, dest: /etc/app.conf, mode: '0640', owner: deploy}
      vars: {from_host: "{{ out.stdout }}"}
`;
    const run = await playRecorded(inv, play(tasks, '  vars: {app: web, port: 8080}\n'));
    const expected = `name=web\n  port=8080\nhost={{ 7 * 6 }}\nsrc=app.conf.j2 managed=Ansible managed\n`;
    expect(run.resultOf('render', host.name)).toMatchObject({
      changed: true,
      dest: '/etc/app.conf',
      checksum: sha1(expected),
      mode: '0640',
      owner: 'deploy',
      state: 'file',
      size: expected.length,
      md5sum: createHash('md5').update(expected).digest('hex'),
    });
    // The value from the host stays data: its braces are written, never rendered.
    expect(await remote('cat /etc/app.conf')).toBe(expected.trimEnd());
    expect(await remote('stat -c %a:%U /etc/app.conf')).toBe('640:deploy');
    expect(run.resultOf('again', host.name)).toMatchObject({ changed: false, checksum: sha1(expected) });
  });

  it('in check mode with diff shows before and after and writes nothing; validate refuses bad content', async () => {
    await host.sh("printf 'old\\n' > /etc/checked.conf");
    const tasks = `
    - name: preview
      template: {src: app.conf.j2, dest: /etc/checked.conf}
      check_mode: true
      diff: true
    - name: refused
      template: {src: app.conf.j2, dest: /etc/checked.conf, validate: 'grep -q nosuchline %s'}
      ignore_errors: true
`;
    const run = await playRecorded(inv, play(tasks, '  vars: {app: api, port: 1, from_host: x}\n'));
    const preview = run.resultOf('preview', host.name);
    expect(preview).toMatchObject({ changed: true });
    expect(preview.diff).toEqual([
      expect.objectContaining({ before: 'old\n', after: expect.stringContaining('name=api\n'), before_header: '/etc/checked.conf', after_header: join(inv.dir, 'templates', 'app.conf.j2') }),
    ]);
    expect(run.resultOf('refused', host.name)).toMatchObject({ failed: true, msg: 'failed to validate', exit_status: 1 });
    expect(await remote('cat /etc/checked.conf')).toBe('old');
  });

  it('writes where only root may through become, with the Jinja options asked for', async () => {
    const tasks = `
    - name: blocks
      template: {src: blocks.j2, dest: /root/blocks.txt, trim_blocks: false, lstrip_blocks: true, newline_sequence: '\\r\\n'}
      become: true
`;
    const run = await playRecorded(inv, play(tasks, '  vars: {ansible_user: deploy}\n'));
    expect(run.resultOf('blocks', host.name)).toMatchObject({ changed: true, owner: 'root' });
    // lstrip_blocks takes the indent before a block tag; without trim_blocks its newline stays.
    expect(await remote('od -An -c /root/blocks.txt | tr -s " " | tr -d "\\n"')).toBe('a \\r \\n \\r \\n b \\r \\n \\r \\n c \\r \\n');
  });

  it('fails with the places searched for a missing template, and on options the engine lacks', async () => {
    const tasks = `
    - name: missing
      template: {src: nope.j2, dest: /tmp/nope}
      ignore_errors: true
    - name: delimiters
      template: {src: blocks.j2, dest: /tmp/nope, variable_start_string: '[['}
      ignore_errors: true
    - name: undefined
      template: {src: app.conf.j2, dest: /tmp/nope}
      ignore_errors: true
`;
    const run = await playRecorded(inv, play(tasks));
    expect(run.resultOf('missing', host.name)).toMatchObject({
      failed: true,
      msg: `Could not find or access 'nope.j2'\nSearched in:\n\t${join(inv.dir, 'templates', 'nope.j2')}\n\t${join(inv.dir, 'nope.j2')} on the Ansible Controller.\nIf you are using a module and expect the file to exist on the remote, see the remote_src option`,
    });
    expect(run.resultOf('delimiters', host.name)).toMatchObject({ failed: true, msg: expect.stringContaining('does not support changing variable_start_string') });
    expect(run.resultOf('undefined', host.name)).toMatchObject({ failed: true, msg: `AnsibleUndefinedVariable: 'app' is undefined (in '${join(inv.dir, 'templates', 'app.conf.j2')}', line 1)` });
    expect(await remote('test -e /tmp/nope && echo yes || echo no')).toBe('no');
  });
});

describe('fetch', () => {
  it('copies into dest/<host>/<path>, or flat, reports checksums, and changes nothing the second time', async () => {
    await host.sh("printf 'log line\\n' > /var/log/app.log");
    const dest = join(inv.dir, 'fetched');
    const tasks = `
    - name: layout
      fetch: {src: /var/log/app.log, dest: ${dest}}
    - name: flat
      fetch: {src: /var/log/app.log, dest: ${dest}/flat/, flat: true}
    - name: again
      fetch: {src: /var/log/app.log, dest: ${dest}}
`;
    const run = await playRecorded(inv, play(tasks));
    const local = join(dest, host.name, 'var/log/app.log');
    expect(run.resultOf('layout', host.name)).toMatchObject({
      changed: true,
      dest: local,
      checksum: sha1('log line\n'),
      remote_checksum: sha1('log line\n'),
      remote_md5sum: null,
      md5sum: createHash('md5').update('log line\n').digest('hex'),
    });
    expect(readFileSync(local, 'utf8')).toBe('log line\n');
    expect(run.resultOf('flat', host.name)).toMatchObject({ changed: true, dest: join(dest, 'flat', 'app.log') });
    expect(readFileSync(join(dest, 'flat', 'app.log'), 'utf8')).toBe('log line\n');
    expect(run.resultOf('again', host.name)).toMatchObject({ changed: false, file: '/var/log/app.log', dest: local, checksum: sha1('log line\n') });
  });

  it('reads a file only root may read through become', async () => {
    await host.sh("printf 'secret\\n' > /root/secret.txt && chmod 600 /root/secret.txt");
    const dest = join(inv.dir, 'secret');
    const tasks = `
    - name: without
      fetch: {src: /root/secret.txt, dest: ${dest}/, flat: true}
      ignore_errors: true
    - name: with
      fetch: {src: /root/secret.txt, dest: ${dest}/, flat: true}
      become: true
`;
    const run = await playRecorded(inv, play(tasks, '  vars: {ansible_user: deploy}\n'));
    expect(run.resultOf('without', host.name)).toMatchObject({ failed: true });
    expect(run.resultOf('with', host.name)).toMatchObject({ changed: true, checksum: sha1('secret\n') });
    expect(readFileSync(join(dest, 'secret.txt'), 'utf8')).toBe('secret\n');
  });

  it('fails on a missing file unless fail_on_missing is false, and on a directory', async () => {
    const tasks = `
    - name: missing
      fetch: {src: /nope, dest: ${inv.dir}/f}
      ignore_errors: true
    - name: tolerated
      fetch: {src: /nope, dest: ${inv.dir}/f, fail_on_missing: false}
    - name: directory
      fetch: {src: /etc, dest: ${inv.dir}/f}
      ignore_errors: true
`;
    const run = await playRecorded(inv, play(tasks));
    expect(run.resultOf('missing', host.name)).toMatchObject({ failed: true, changed: false, msg: 'the remote file does not exist, not transferring, ignored' });
    expect(run.statusOf('tolerated', host.name)).toBe('ok');
    expect(run.resultOf('tolerated', host.name)).toMatchObject({ changed: false, file: '/nope', msg: 'the remote file does not exist, not transferring, ignored' });
    expect(run.resultOf('directory', host.name)).toMatchObject({ failed: true, msg: 'remote file is a directory, fetch cannot work on directories' });
    expect(existsSync(join(inv.dir, 'f'))).toBe(false);
  });
});

describe('include_vars', () => {
  it('sets variables from a file, a folder in Ansible order, and under a name, for later tasks', async () => {
    const tasks = `
    - name: one file
      include_vars: common.yml
    - name: show one
      debug: {msg: "{{ colour }} {{ size }}"}
    - name: folder
      include_vars: {dir: vars, ignore_unknown_extensions: true}
    - name: show folder
      debug: {msg: "{{ size }} {{ shape }}"}
    - name: named
      include_vars: {file: vars/common.yml, name: settings}
    - name: show named
      debug: {msg: "{{ settings.colour }}"}
    - name: bad extension
      include_vars: {dir: vars}
      ignore_errors: true
`;
    const run = await playRecorded(inv, play(tasks));
    expect(run.resultOf('one file', host.name)).toMatchObject({
      changed: false,
      ansible_facts: { colour: 'blue', size: 3 },
      ansible_included_var_files: [join(inv.dir, 'vars', 'common.yml')],
    });
    expect(run.resultOf('show one', host.name)).toMatchObject({ msg: 'blue 3' });
    expect(run.resultOf('folder', host.name).ansible_included_var_files).toEqual([join(inv.dir, 'vars', 'common.yml'), join(inv.dir, 'vars', 'more', 'extra.yml')]);
    expect(run.resultOf('show folder', host.name)).toMatchObject({ msg: '4 blue square' });
    expect(run.resultOf('show named', host.name)).toMatchObject({ msg: 'blue' });
    expect(run.resultOf('bad extension', host.name)).toMatchObject({
      failed: true,
      message: `${join(inv.dir, 'vars', 'more', 'notes.txt')} does not have a valid extension: yaml, yml, json`,
    });
  });
});

describe('assemble', () => {
  it('joins fragments from the host (by default) or the controller, with delimiter, regexp and copy options', async () => {
    await host.sh("mkdir -p /etc/frags && printf 'one\\n' > /etc/frags/1 && printf 'two' > /etc/frags/2 && printf 'skip\\n' > /etc/frags/x");
    const tasks = `
    - name: remote
      assemble: {src: /etc/frags, dest: /etc/joined, regexp: '^[0-9]', delimiter: '##', mode: '0600'}
    - name: local
      assemble: {src: frags, dest: /etc/local-joined, remote_src: false, ignore_hidden: true, backup: true}
    - name: local again
      assemble: {src: frags, dest: /etc/local-joined, remote_src: false, ignore_hidden: true}
    - name: missing
      assemble: {src: /nope, dest: /etc/x}
      ignore_errors: true
`;
    await host.sh("printf 'previous\\n' > /etc/local-joined");
    const run = await playRecorded(inv, play(tasks, '  become: true\n  vars: {ansible_user: deploy}\n'));
    expect(run.resultOf('remote', host.name)).toMatchObject({ changed: true, msg: 'OK', src: '/etc/frags', mode: '0600', checksum: sha1('one\n##\ntwo') });
    expect(await remote('cat /etc/joined')).toBe('one\n##\ntwo');
    const local = run.resultOf('local', host.name);
    expect(local).toMatchObject({ changed: true, checksum: sha1('first\nsecond\n'), backup_file: expect.stringMatching(/^\/etc\/local-joined\./) });
    expect(await remote(`cat ${String(local.backup_file)}`)).toBe('previous');
    expect(run.resultOf('local again', host.name)).toMatchObject({ changed: false });
    expect(run.resultOf('missing', host.name)).toMatchObject({ failed: true, msg: 'Source (/nope) does not exist' });
  });
});

describe('set_stats and validate_argument_spec', () => {
  it('aggregates custom stats into the recap event', async () => {
    const tasks = `
    - set_stats: {data: {deployed: 1, names: [a]}}
    - set_stats: {data: {deployed: 2, names: [b]}}
    - set_stats: {data: {mine: x}, per_host: true}
`;
    const run = await playRecorded(inv, play(tasks));
    const recap = run.events.find((e) => e.type === 'recap');
    expect(recap).toMatchObject({ custom: { run: { deployed: 3, names: ['a', 'b'] }, hosts: { [host.name]: { mine: 'x' } } } });
  });

  it('checks variables and provided arguments against a spec with Ansible messages', async () => {
    const tasks = `
    - name: passes
      validate_argument_spec:
        argument_spec: {port: {type: int, required: true}}
    - name: fails
      validate_argument_spec:
        argument_spec: {port: {type: int}, mode: {choices: [fast, slow]}, name: {required: true}}
        provided_arguments: {port: many, mode: medium}
      ignore_errors: true
`;
    const run = await playRecorded(inv, play(tasks, '  vars: {port: "22"}\n'));
    expect(run.resultOf('passes', host.name)).toMatchObject({ changed: false, msg: 'The arg spec validation passed' });
    expect(run.resultOf('fails', host.name)).toMatchObject({
      failed: true,
      argument_errors: [
        'missing required arguments: name',
        "argument 'port' is of type <class 'ansible.parsing.yaml.objects.AnsibleUnicode'> and we were unable to convert to int: <class 'ansible.parsing.yaml.objects.AnsibleUnicode'> cannot be converted to an int",
        'value of mode must be one of: fast, slow, got: medium',
      ],
    });
  });
});
