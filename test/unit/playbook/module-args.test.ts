import { describe, expect, it } from 'vitest';
import { loadPlaybook, parseKeyValueArgs, parsePlaybookText, type Task } from '../../../src/playbook/index.js';
import { writeTree } from '../../fixtures/load/write-tree.js';

async function taskOf(taskYaml: string): Promise<Task> {
  const body = taskYaml.split('\n').map((line, i) => (i === 0 ? `    - ${line}` : `      ${line}`)).join('\n');
  return (await parsePlaybookText(`- hosts: all\n  tasks:\n${body}\n`, 'site.yml')).plays[0].tasks[0] as Task;
}

describe('free-form key=value arguments', () => {
  it('splits on spaces outside quotes and outside {{ }}', () => {
    expect(parseKeyValueArgs('jid={{ job.ansible_job_id }} mode=cleanup')).toEqual({
      params: { jid: '{{ job.ansible_job_id }}', mode: 'cleanup' },
    });
    expect(parseKeyValueArgs(`msg="hello world" other='a b' x={% if a %}1{% endif %}`)).toEqual({
      params: { msg: 'hello world', other: 'a b', x: '{% if a %}1{% endif %}' },
    });
  });

  it('keeps words that are not key=value as the free text, with their spacing', () => {
    expect(parseKeyValueArgs('echo  "a b"   c=d', ['chdir'])).toEqual({ params: {}, rawParams: 'echo  "a b"   c=d' });
  });

  it('unescapes quotes inside a double-quoted value', () => {
    expect(parseKeyValueArgs('msg="say \\"hi\\""')).toEqual({ params: { msg: 'say "hi"' } });
  });
});

describe('module arguments', () => {
  it('takes Ansible options out of a command line and keeps the rest as _raw_params', async () => {
    const task = await taskOf('shell: chdir=/tmp creates=/tmp/done echo a=b > out removes=x');
    expect(task.args).toEqual({ chdir: '/tmp', creates: '/tmp/done', removes: 'x', _raw_params: 'echo a=b > out' });
  });

  it('keeps a multi-line script as written', async () => {
    const task = await taskOf('shell: |\n  set -e\n  echo one\n  echo two');
    expect(task.args).toEqual({ _raw_params: 'set -e\necho one\necho two' });
  });

  it('parses key=value arguments of other modules into a mapping', async () => {
    expect((await taskOf('async_status: jid={{ job.ansible_job_id }} mode=cleanup')).args).toEqual({
      jid: '{{ job.ansible_job_id }}',
      mode: 'cleanup',
    });
    expect((await taskOf('copy: src=a.conf dest="/etc/my app.conf" mode=0644')).args).toEqual({
      src: 'a.conf',
      dest: '/etc/my app.conf',
      mode: '0644',
    });
  });

  it('reads the mapping form and command argv', async () => {
    expect((await taskOf('shell:\n  cmd: echo hi\n  chdir: /srv')).args).toEqual({ cmd: 'echo hi', chdir: '/srv' });
    expect((await taskOf('command:\n  argv: [echo, "{{ name }}"]')).args).toEqual({ argv: ['echo', '{{ name }}'] });
  });

  it("merges args: under the module's own arguments, which win", async () => {
    const task = await taskOf('command: make chdir=/src\nargs:\n  chdir: /ignored\n  creates: /src/out');
    expect(task.args).toEqual({ _raw_params: 'make', chdir: '/src', creates: '/src/out' });
  });

  it('maps ansible.builtin and ansible.legacy names to the short name', async () => {
    expect(await taskOf('ansible.builtin.shell: echo hi')).toMatchObject({ module: 'shell', action: 'ansible.builtin.shell' });
    expect(await taskOf('ansible.legacy.async_status: jid=j1.2')).toMatchObject({ module: 'async_status', args: { jid: 'j1.2' } });
  });

  it('takes an empty module value as no arguments', async () => {
    expect((await taskOf('ping:')).args).toEqual({});
  });

  it('accepts any keys for set_fact and checks the other modules of the catalog', async () => {
    expect((await taskOf('set_fact:\n  anything: 1\n  other: "{{ x }}"')).args).toEqual({ anything: 1, other: '{{ x }}' });
    const checked = [
      'raw: uptime',
      'script: deploy.sh --fast',
      'file: path=/tmp/x state=directory mode=0755',
      'stat: path=/etc/passwd get_checksum=no',
      'wait_for: port=22 timeout=30',
      'debug: var=result',
      'assert:\n  that: [x > 1]\n  fail_msg: too small',
      'fail: msg=stop',
      'pause: seconds=5',
      'meta: flush_handlers',
    ];
    for (const task of checked) await expect(taskOf(task)).resolves.toMatchObject({ kind: 'task' });
  });

  it('finds custom modules in library/ next to the playbook, without checking their arguments', async () => {
    const root = await writeTree({
      'site.yml': '- hosts: all\n  tasks:\n    - check_app: anything=goes here\n    - ping: data=x\n    - ansible.builtin.ping:\n',
      'library/check_app.py': '#!/usr/bin/python3\n',
      'library/ping.sh': '#!/bin/sh\n',
    });
    const [custom, replaced, builtin] = (await loadPlaybook(`${root}/site.yml`)).plays[0].tasks as Task[];
    expect(custom).toMatchObject({ module: 'check_app', args: { anything: 'goes', _raw_params: 'here' }, library: { name: 'check_app', path: `${root}/library/check_app.py` } });
    expect(replaced.library?.path).toBe(`${root}/library/ping.sh`);
    expect(builtin.library).toBeUndefined();
  });

  it('looks for custom modules in extra library paths too', async () => {
    const root = await writeTree({ 'site.yml': '- hosts: all\n  tasks:\n    - mine:\n', 'extra/mine.py': '' });
    const playbook = await loadPlaybook(`${root}/site.yml`, { libraryPaths: [`${root}/extra`] });
    expect(playbook.plays[0].tasks[0]).toMatchObject({ module: 'mine', library: { path: `${root}/extra/mine.py` } });
  });
});
