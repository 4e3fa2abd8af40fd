/**
 * The modules of the user's Ansible installation (Debian's ansible-core and collections on this
 * machine), run through castoff on real sshd hosts: built into payloads, shipped once per host, run
 * synchronously and as async jobs, in check mode, with diff, as root and through become. Every
 * test checks the result castoff reports and the state left on the host.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SshConnection } from '../../src/connection/index.js';
import type { RunEvent } from '../../src/events/index.js';
import { ansibleModule, findAnsibleInstallation, type AnsibleInstallation } from '../../src/modules/ansible/index.js';
import { foundModule } from '../fixtures/ansible/fake-installation.js';
import type { ActionContext } from '../../src/modules/index.js';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { playRecorded, type RecordOptions, type RecordedRun } from '../helpers/play.js';

let fleet: TestHosts;
let host: TestHost;
let inv: TestInventory;
let installation: AnsibleInstallation;

beforeAll(async () => {
  const found = await findAnsibleInstallation();
  if (!found) throw new Error('these tests need ansible-core installed on the controller (scripts/setup.sh installs it)');
  installation = found;
  fleet = await startHosts(4, { prefix: 'ans' });
  host = fleet.hosts[0];
  inv = writeInventory(fleet.hosts);
});

afterAll(async () => {
  await fleet?.stop();
});

function play(tasks: string, options: RecordOptions & { header?: string; hosts?: string } = {}): Promise<RecordedRun> {
  const { header = '', hosts = host.name, ...rest } = options;
  return playRecorded(
    inv,
    `
- hosts: ${hosts}
  gather_facts: false
${header}  tasks:
${tasks}`,
    rest,
  );
}

async function onHost(command: string, on: TestHost = host): Promise<string> {
  return (await on.sh(command)).output;
}

function runEnd(run: RecordedRun): Extract<RunEvent, { type: 'run_end' }> {
  const end = run.events.find((e) => e.type === 'run_end');
  if (end?.type !== 'run_end') throw new Error('no run_end event');
  return end;
}

function warningsOf(run: RecordedRun): string[] {
  return run.events.flatMap((e) => (e.type === 'warning' ? [e.message] : []));
}

describe('payloads are uploaded once per host', () => {
  // Runs first, on hosts no other test has shipped anything to.
  // Each module twice per host and run: 20 tasks prove "at most once" as 50 would, at less than half
  // the CPU on a shared machine. The 50-task run is bench/compare.ts --modules, which reports the
  // same upload counts beside ansible-playbook's times.
  it('a playbook of 20 Ansible-module tasks (10 modules, each twice) on 2 hosts uploads each payload at most once per host, and a second run uploads nothing', async () => {
    const modules = [
      'lineinfile: { path: "/tmp/up/li{{ i }}.txt", line: "x{{ i }}", create: true }',
      'blockinfile: { path: "/tmp/up/bl{{ i }}.txt", block: "b{{ i }}", create: true }',
      'replace: { path: /tmp/up/li0.txt, regexp: "^x", replace: "y" }',
      'community.general.ini_file: { path: "/tmp/up/in{{ i }}.ini", section: s, option: o, value: "{{ i }}" }',
      'getent: { database: passwd, key: root }',
      'find: { paths: /tmp/up, patterns: "*.txt" }',
      'slurp: { src: /etc/hostname }',
      'tempfile: { path: /tmp/up }',
      'ansible.builtin.group: { name: "upgrp{{ i }}" }',
      'ansible.posix.authorized_key: { user: root, key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl up{{ i }}", path: /tmp/up/ak, manage_dir: false }',
    ];
    const tasks = Array.from({ length: 2 * modules.length }, (_, n) => `    - name: t${n}\n      vars: { i: ${n} }\n      ${modules[n % modules.length]}\n`).join('');
    const setup = '    - name: dir\n      file: { path: /tmp/up, state: directory }\n';
    // Two hosts show "once per host" as well as four, at half the CPU of a loaded CI machine.
    const hosts = fleet.hosts.slice(0, 2);
    const names = hosts.map((h) => h.name);
    const first = await play(setup + tasks, { hosts: names.join(',') });
    expect(first.exitCode, JSON.stringify(first.events.filter((e) => e.type === 'host_result' && e.status === 'failed'))).toBe(0);
    const firstEnd = runEnd(first);
    for (const h of hosts) {
      const payloadDirs = (await onHost('ls -1 ~/.castoff | grep "^ansible-" | wc -l', h)).trim();
      expect(payloadDirs).toBe(String(modules.length));
      // Each payload was unpacked on the host, and Python kept the bytecode of its module_utils.
      const compiled = (await onHost('ls -d ~/.castoff/ansible-*/payload/ansible/module_utils/__pycache__ | wc -l', h)).trim();
      expect(compiled).toBe(String(modules.length));
      // Each module's payload once, plus castoff's own runtime for the `file` task.
      expect(firstEnd.connections[h.name].uploads).toBe(modules.length + 1);
    }
    const second = await play(setup + tasks, { hosts: names.join(',') });
    expect(second.exitCode).toBe(0);
    for (const name of names) expect(runEnd(second).connections[name].uploads).toBe(0);
    // Nothing was sent again: the second run sent far fewer bytes than the first.
    for (const name of names) expect(runEnd(second).connections[name].bytesSent).toBeLessThan(firstEnd.connections[name].bytesSent / 2);
  }, 1_500_000);
});

describe('ansible-core modules run synchronously', () => {
  it("lineinfile adds a line once, reports Ansible's message and leaves the file on the host", async () => {
    const tasks = `
    - name: add
      lineinfile: { path: /tmp/li.txt, line: "hello world", create: true }
`;
    const first = await play(tasks);
    expect(first.statusOf('add', host.name)).toBe('changed');
    expect(first.resultOf('add', host.name)).toMatchObject({ changed: true, msg: 'line added', invocation: { module_args: { path: '/tmp/li.txt', line: 'hello world' } } });
    expect(Object.keys(first.resultOf('add', host.name)).filter((k) => k.startsWith('_ansible_'))).toEqual([]);
    expect(await onHost('cat /tmp/li.txt')).toBe('hello world\n');
    const again = await play(tasks);
    expect(again.statusOf('add', host.name)).toBe('ok');
    expect(again.resultOf('add', host.name)).toMatchObject({ changed: false, msg: '' });
  });

  it('blockinfile and replace edit a file, with the diff in the result under diff: true', async () => {
    await host.sh("printf 'alpha=1\\nbeta=2\\n' > /tmp/edit.conf");
    const r = await play(`
    - name: block
      blockinfile: { path: /tmp/edit.conf, block: "gamma=3" }
      diff: true
    - name: replace
      replace: { path: /tmp/edit.conf, regexp: '^beta=2$', replace: 'beta=20' }
      diff: true
`);
    expect(r.resultOf('block', host.name)).toMatchObject({ changed: true, msg: 'Block inserted' });
    expect(r.resultOf('block', host.name).diff).toEqual(expect.arrayContaining([expect.objectContaining({ after: expect.stringContaining('gamma=3') })]));
    expect(r.resultOf('replace', host.name)).toMatchObject({ changed: true, msg: '1 replacements made', diff: { before: expect.stringContaining('beta=2\n'), after: expect.stringContaining('beta=20\n') } });
    expect(await onHost('cat /tmp/edit.conf')).toBe('alpha=1\nbeta=20\n# BEGIN ANSIBLE MANAGED BLOCK\ngamma=3\n# END ANSIBLE MANAGED BLOCK\n');
  });

  it('group and user create an account as root, and user warns as Ansible does about a plain password', async () => {
    const r = await play(`
    - name: group
      group: { name: appgrp, gid: 4321 }
    - name: user
      user: { name: appuser, group: appgrp, shell: /bin/sh, password: notahash }
`);
    expect(r.resultOf('group', host.name)).toMatchObject({ changed: true, name: 'appgrp', gid: 4321, state: 'present' });
    expect(r.resultOf('user', host.name)).toMatchObject({ changed: true, name: 'appuser', group: 4321, shell: '/bin/sh' });
    expect(r.resultOf('user', host.name).warnings).toEqual([expect.stringContaining('The input password appears not to have been hash')]);
    expect(await onHost('getent passwd appuser | cut -d: -f4,7')).toBe('4321:/bin/sh\n');
  });

  it("getent's ansible_facts become host variables for the next task", async () => {
    const r = await play(`
    - name: lookup
      getent: { database: passwd, key: root }
    - name: use
      assert: { that: ["getent_passwd.root[4] == '/root'", "getent_passwd.root[0] == 'x'"] }
`);
    expect(r.resultOf('lookup', host.name)).toMatchObject({ ansible_facts: { getent_passwd: { root: ['x', '0', '0', 'root', '/root', '/bin/bash'] } } });
    expect(r.statusOf('use', host.name), JSON.stringify(r.resultOf('use', host.name))).toBe('ok');
  });

  it('slurp, find and tempfile report what is on the host; tempfile follows the task environment', async () => {
    await host.sh("mkdir -p /tmp/found /tmp/envtmp && printf 'payload' > /tmp/found/a.txt && touch /tmp/found/b.log");
    const r = await play(`
    - name: slurp
      slurp: { src: /tmp/found/a.txt }
    - name: find
      find: { paths: /tmp/found, patterns: "*.txt" }
    - name: tempfile
      tempfile: { suffix: .castoff }
      environment: { TMPDIR: /tmp/envtmp }
      register: made
`);
    expect(r.resultOf('slurp', host.name)).toMatchObject({ content: Buffer.from('payload').toString('base64'), encoding: 'base64', source: '/tmp/found/a.txt' });
    expect(r.resultOf('find', host.name)).toMatchObject({ matched: 1, files: [expect.objectContaining({ path: '/tmp/found/a.txt' })] });
    const path = String(r.resultOf('tempfile', host.name).path);
    expect(path).toMatch(/^\/tmp\/envtmp\/ansible\..*\.castoff$/);
    expect(await onHost(`test -f ${path} && echo there`)).toBe('there\n');
  });

  it('community.general.ini_file and ansible.posix.authorized_key run from their collections', async () => {
    const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl castoff-ak';
    const r = await play(`
    - name: ini
      community.general.ini_file: { path: /tmp/app.ini, section: main, option: port, value: "8080" }
    - name: key
      ansible.posix.authorized_key: { user: deploy, key: "${key}" }
`);
    expect(r.resultOf('ini', host.name)).toMatchObject({ changed: true, msg: 'section and option added' });
    expect(r.resultOf('key', host.name)).toMatchObject({ changed: true, user: 'deploy', key });
    expect(await onHost('cat /tmp/app.ini')).toBe('\n[main]\nport = 8080\n');
    expect(await onHost('cat /home/deploy/.ssh/authorized_keys')).toContain(key);
  });

  it('a loop runs the module per item, and no_log hides the results while the module still runs', async () => {
    const r = await play(`
    - name: lines
      lineinfile: { path: /tmp/loop.txt, line: "{{ item }}", create: true }
      loop: [one, two, three]
    - name: secret
      lineinfile: { path: /tmp/secret.txt, line: "password=hunter2", create: true }
      no_log: true
      register: hidden
    - name: registered
      debug: { msg: "{{ hidden.msg }}" }
`);
    const items = r.resultOf('lines', host.name).results as Array<Record<string, unknown>>;
    expect(items.map((i) => [i.item, i.changed, i.msg])).toEqual([['one', true, 'line added'], ['two', true, 'line added'], ['three', true, 'line added']]);
    expect(await onHost('cat /tmp/loop.txt')).toBe('one\ntwo\nthree\n');
    const shown = JSON.stringify(r.events.filter((e) => e.type === 'host_result' && e.task === 'secret'));
    expect(shown).not.toContain('hunter2');
    expect(r.resultOf('secret', host.name)).toMatchObject({ censored: expect.stringContaining('no_log'), changed: true });
    expect(r.resultOf('registered', host.name)).toMatchObject({ msg: 'line added' });
    expect(await onHost('cat /tmp/secret.txt')).toBe('password=hunter2\n');
  });

  it('delegate_to runs the module on the delegate', async () => {
    const other = fleet.hosts[1];
    const r = await play(`
    - name: delegated
      lineinfile: { path: /tmp/delegated.txt, line: "from {{ inventory_hostname }}", create: true }
      delegate_to: ${other.name}
`);
    expect(r.statusOf('delegated', host.name)).toBe('changed');
    expect(await onHost('cat /tmp/delegated.txt', other)).toBe(`from ${host.name}\n`);
    expect(await onHost('test -e /tmp/delegated.txt || echo absent')).toBe('absent\n');
  });
});

describe('check mode and diff', () => {
  it('check_mode: true predicts the change without making it, and the diff shows it', async () => {
    await host.sh("printf 'a=1\\n' > /tmp/check.conf");
    const r = await play(`
    - name: line
      lineinfile: { path: /tmp/check.conf, line: "b=2" }
      check_mode: true
      diff: true
    - name: user
      user: { name: checkuser }
      check_mode: true
    - name: ini
      community.general.ini_file: { path: /tmp/check.ini, section: s, option: o, value: v }
      check_mode: true
`);
    expect(r.resultOf('line', host.name)).toMatchObject({ changed: true, msg: 'line added', diff: [expect.objectContaining({ before: 'a=1\n', after: 'a=1\nb=2\n' }), expect.anything()] });
    expect(r.resultOf('user', host.name)).toMatchObject({ changed: true });
    expect(r.resultOf('ini', host.name)).toMatchObject({ changed: true });
    expect(await onHost('cat /tmp/check.conf')).toBe('a=1\n');
    expect(await onHost('getent passwd checkuser || echo none')).toBe('none\n');
    expect(await onHost('test -e /tmp/check.ini || echo absent')).toBe('absent\n');
  });

  it('--check and --diff apply to every task; a module without check mode is skipped with its message', async () => {
    await host.sh("printf 'k=1\\n' > /tmp/run-check.conf");
    const r = await play(
      `
    - name: replace
      replace: { path: /tmp/run-check.conf, regexp: 'k=1', replace: 'k=2' }
    - name: expect
      expect: { command: /bin/true, responses: {} }
`,
      { check: true, diff: true },
    );
    expect(r.resultOf('replace', host.name)).toMatchObject({ changed: true, diff: { before: 'k=1\n', after: 'k=2\n' } });
    expect(await onHost('cat /tmp/run-check.conf')).toBe('k=1\n');
    expect(r.statusOf('expect', host.name)).toBe('skipped');
    expect(r.resultOf('expect', host.name)).toMatchObject({ skipped: true, msg: 'remote module (expect) does not support check mode' });
  });
});

describe('async jobs of Ansible modules', () => {
  it('poll > 0 waits for the job and returns the module result', async () => {
    const r = await play(`
    - name: ini
      community.general.ini_file: { path: /tmp/async.ini, section: a, option: b, value: c }
      async: 60
      poll: 1
    - name: find
      find: { paths: /etc, patterns: "host*" }
      async: 60
      poll: 1
`);
    expect(r.resultOf('ini', host.name)).toMatchObject({ changed: true, finished: 1, msg: 'section and option added' });
    expect(r.resultOf('find', host.name)).toMatchObject({ finished: 1, files: expect.arrayContaining([expect.objectContaining({ path: '/etc/hosts' })]) });
    expect(r.jobs.length).toBe(2);
    expect(await onHost('cat /tmp/async.ini')).toBe('\n[a]\nb = c\n');
  });

  it('poll: 0 starts the job and async_status collects the module result', async () => {
    const r = await play(`
    - name: start
      user: { name: asyncuser, shell: /bin/sh }
      async: 60
      poll: 0
      register: job
    - name: wait
      async_status: { jid: "{{ job.ansible_job_id }}" }
      register: done
      until: done.finished
      retries: 30
      delay: 1
`);
    expect(r.resultOf('start', host.name)).toMatchObject({ started: 1, finished: 0, ansible_job_id: expect.any(String) });
    expect(r.resultOf('wait', host.name)).toMatchObject({ finished: 1, changed: true, name: 'asyncuser', shell: '/bin/sh' });
    expect(await onHost('getent passwd asyncuser | cut -d: -f7')).toBe('/bin/sh\n');
  });

  it('a job that outruns its async limit fails with Ansible\'s message and its module is killed', async () => {
    // A listener that accepts and never answers: uri waits on it far beyond the limit.
    await host.sh("nohup python3 -c \"import socket,time; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(('127.0.0.1', 8999)); s.listen(5); time.sleep(300)\" >/dev/null 2>&1 &");
    const r = await play(`
    - name: hang
      uri: { url: "http://127.0.0.1:8999/", timeout: 120 }
      async: 10
      poll: 1
`);
    expect(r.resultOf('hang', host.name)).toMatchObject({ failed: true, msg: 'async task did not complete within the requested time - 10s' });
    expect(await onHost('pgrep -f "[p]ayload.zip" || echo none')).toBe('none\n');
  });
});

describe('become', () => {
  it('a user with sudo becomes root to run the module; become_user makes files owned by that user', async () => {
    const r = await play(
      `
    - name: as root
      lineinfile: { path: /root/became.txt, line: "root via sudo", create: true }
      become: true
    - name: as deploy
      lineinfile: { path: /home/deploy/mine.txt, line: "deploy's", create: true }
      become: true
      become_user: deploy
    - name: not root
      lineinfile: { path: /root/denied.txt, line: "x", create: true }
`,
      { header: '  vars: { ansible_user: deploy }\n' },
    );
    expect(r.statusOf('as root', host.name)).toBe('changed');
    expect(await onHost('cat /root/became.txt')).toBe('root via sudo\n');
    expect(await onHost('stat -c %U /home/deploy/mine.txt')).toBe('deploy\n');
    expect(r.statusOf('not root', host.name)).toBe('failed');
    // Each user got its own copy of the payload, in its own ~/.castoff.
    expect(await onHost('ls -d /home/deploy/.castoff/ansible-* | wc -l')).not.toBe('0\n');
  });
});

describe('failures as Ansible reports them', () => {
  it('a module that crashes gives MODULE FAILURE with its output, rc and exception', async () => {
    const root = mkdtempSync(join(tmpdir(), 'castoff-fake-ansible-'));
    mkdirSync(join(root, 'ansible', 'modules'), { recursive: true });
    writeFileSync(join(root, 'ansible', 'modules', 'crash.py'), "import sys\nprint('partial output')\nraise RuntimeError('boom')\n");
    const fake: AnsibleInstallation = { ...installation, packageDir: join(root, 'ansible'), collectionRoots: [] };
    const ref = foundModule('crash', fake);
    const conn = new SshConnection(host.connectOptions());
    try {
      const ctx: ActionContext = {
        host: host.name,
        connection: conn,
        args: {},
        module: 'crash',
        vars: {},
        python: 'python3',
        asyncDir: '~/.ansible_async',
        environment: {},
        checkMode: false,
        diff: false,
        baseDir: root,
        signal: new AbortController().signal,
      };
      const result = await ansibleModule(ref).run(ctx);
      expect(result).toMatchObject({
        failed: true,
        msg: 'MODULE FAILURE\nSee stdout/stderr for the exact error',
        module_stdout: 'partial output\n',
        module_stderr: expect.stringContaining('RuntimeError: boom'),
        exception: expect.stringMatching(/^Traceback/),
        rc: 1,
      });
    } finally {
      await conn.close();
    }
  });

  it('bad arguments fail with the module\'s own message', async () => {
    const r = await play(`
    - name: bad
      lineinfile: { path: /tmp/x.txt, line: y, no_such_option: 1 }
`);
    expect(r.statusOf('bad', host.name)).toBe('failed');
    expect(String(r.resultOf('bad', host.name).msg)).toContain('Unsupported parameters for (lineinfile) module: no_such_option');
    expect(warningsOf(r)).toEqual([]);
  });
});
