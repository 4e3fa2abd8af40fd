import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostModuleForTask, type ActionContext, type HostModule } from '../../src/modules/index.js';
import { launchAsyncJob } from '../../src/async/index.js';
import type { ModuleResult } from '../../src/core/index.js';
import { SshConnection, type BecomeOptions, type Connection } from '../../src/connection/index.js';
import { CancelledError } from '../../src/core/errors.js';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { eventually } from '../helpers/eventually.js';

let withPython: TestHosts;
let withoutPython: TestHosts;
let host: TestHost;
let bare: TestHost;
let conn: SshConnection;
let bareConn: SshConnection;

const deploy: BecomeOptions = { method: 'sudo', user: 'deploy' };
// The playbook folder: relative `src:` and `script:` paths resolve here (files/ first).
const playbookDir = mkdtempSync(join(tmpdir(), 'castoff-actions-'));
mkdirSync(join(playbookDir, 'files'));
mkdirSync(join(playbookDir, 'library'));
writeFileSync(join(playbookDir, 'files', 'app.conf'), 'listen=8080\n');
writeFileSync(
  join(playbookDir, 'files', 'report.sh'),
  '#!/bin/sh\necho "argc=$# first=$1 second=$2 cwd=$(pwd) user=$(id -un) greeting=$GREETING"\necho warn >&2\nexit "${EXIT_WITH:-0}"\n',
);
writeFileSync(
  join(playbookDir, 'library', 'echo_word.py'),
  '#!/usr/bin/python3\nimport json, sys\nargs = json.load(open(sys.argv[1]))\nprint(json.dumps({"changed": False, "word": args["word"], "check": args.get("_ansible_check_mode")}))\n',
);

function context(connection: Connection, module: string, args: Record<string, unknown>, overrides: Partial<ActionContext> = {}): ActionContext {
  return {
    host: connection.host,
    connection,
    args,
    module,
    vars: {},
    python: 'python3',
    asyncDir: '~/.ansible_async',
    environment: {},
    checkMode: false,
    diff: false,
    baseDir: playbookDir,
    signal: new AbortController().signal,
    ...overrides,
  };
}

function action(name: string): HostModule {
  const found = hostModuleForTask({ module: name });
  if (!found) throw new Error(`no module ${name} that runs per host`);
  return found;
}

function run(module: string, args: Record<string, unknown>, overrides: Partial<ActionContext> = {}): Promise<ModuleResult> {
  return action(module).run(context(overrides.connection ?? conn, module, args, overrides));
}

async function remote(command: string, on: TestHost = host): Promise<string> {
  return (await on.sh(command)).output.trim();
}

beforeAll(async () => {
  [withPython, withoutPython] = await Promise.all([startHosts(1, { prefix: 'act' }), startHosts(1, { prefix: 'actbare', python: false })]);
  host = withPython.hosts[0];
  bare = withoutPython.hosts[0];
  conn = new SshConnection(host.connectOptions());
  bareConn = new SshConnection(bare.connectOptions());
});

afterAll(async () => {
  await Promise.allSettled([conn?.close(), bareConn?.close()]);
  await Promise.allSettled([withPython?.stop(), withoutPython?.stop()]);
});

describe('command, shell and raw', () => {
  it('command runs a program and fails on a non-zero rc with Ansible’s fields', async () => {
    expect(await run('command', { _raw_params: 'echo "a  b" c' })).toMatchObject({
      rc: 0, stdout: 'a  b c', stdout_lines: ['a  b c'], changed: true, cmd: ['echo', 'a  b', 'c'],
    });
    expect(await run('command', { argv: ['ls', '/nonexistent'] })).toMatchObject({
      rc: 2, failed: true, msg: 'non-zero return code', stderr: expect.stringContaining('/nonexistent'),
    });
  });

  it('shell runs through /bin/sh with the task environment, and as the become user', async () => {
    expect(await run('shell', { _raw_params: 'echo "$GREETING from $(id -un)"; exit 3' }, { environment: { GREETING: 'hi there' } })).toMatchObject({
      rc: 3, failed: true, stdout: 'hi there from root', msg: 'non-zero return code',
    });
    expect(await run('command', { _raw_params: 'id -un' }, { become: deploy })).toMatchObject({ rc: 0, stdout: 'deploy' });
  });

  it('raw works on a host without Python, with become and environment', async () => {
    expect((await bare.sh('command -v python3 || echo none')).output.trim()).toBe('none');
    const ok = await run('raw', { _raw_params: 'echo "$GREETING"; id -un; echo oops >&2' }, { connection: bareConn, become: deploy, environment: { GREETING: 'hello' } });
    expect(ok).toEqual({
      rc: 0, stdout: 'hello\ndeploy\n', stdout_lines: ['hello', 'deploy'], stderr: 'oops\n', stderr_lines: ['oops'],
      changed: true, failed: false, msg: '',
    });
    expect(await run('raw', { _raw_params: 'exit 7' }, { connection: bareConn })).toMatchObject({ rc: 7, failed: true, msg: 'non-zero return code' });
  });
});

describe('script', () => {
  it('ships a local script with its arguments, runs it in chdir and leaves no copy behind', async () => {
    const result = await run(
      'script',
      { _raw_params: `report.sh 'a b' c`, chdir: '/tmp' },
      { connection: bareConn, environment: { GREETING: 'hey' } },
    );
    expect(result).toMatchObject({
      rc: 0, changed: true, failed: false,
      stdout_lines: ['argc=2 first=a b second=c cwd=/tmp user=root greeting=hey'], stderr_lines: ['warn'],
    });
    expect(await remote('ls -A /root/.castoff/tmp', bare)).toBe('');
    expect(await remote('stat -c %a /root/.castoff/tmp', bare)).toBe('700');
  });

  it('fails on a non-zero exit, runs as the become user, and skips on creates', async () => {
    expect(await run('script', { cmd: 'report.sh' }, { environment: { EXIT_WITH: '4' } })).toMatchObject({ rc: 4, failed: true });
    expect(await run('script', { cmd: 'report.sh x' }, { become: deploy })).toMatchObject({ rc: 0, stdout: expect.stringContaining('user=deploy') });
    expect(await remote('ls -A /home/deploy/.castoff/tmp')).toBe('');
    expect(await run('script', { _raw_params: 'report.sh', creates: '/etc/hostname' })).toEqual({
      changed: false, skipped: true, msg: '/etc/hostname exists, matching creates option',
    });
    expect(await run('script', { _raw_params: 'missing.sh' })).toMatchObject({ failed: true, msg: "Could not find or access 'missing.sh' on the Ansible Controller." });
  });
});

describe('copy', () => {
  it('copies content, changes only when the checksum differs, applies mode and owner, keeps a backup', async () => {
    const args = { content: 'version=1\n', dest: '/etc/castoff-app.conf', mode: '0640', owner: 'deploy', group: 'deploy' };
    const first = await run('copy', args);
    expect(first).toMatchObject({
      changed: true, dest: '/etc/castoff-app.conf', state: 'file', mode: '0640', owner: 'deploy', group: 'deploy',
      size: 10, checksum: createHash('sha1').update('version=1\n').digest('hex'),
    });
    expect(await remote('stat -c "%a %U %G" /etc/castoff-app.conf; cat /etc/castoff-app.conf')).toBe('640 deploy deploy\nversion=1');
    expect(await run('copy', args)).toMatchObject({ changed: false, checksum: first.checksum });

    const updated = await run('copy', { ...args, content: 'version=2\n', backup: true });
    expect(updated).toMatchObject({ changed: true, backup_file: expect.stringMatching(/^\/etc\/castoff-app\.conf\.\d+\.\d{4}-\d\d-\d\d@\d\d:\d\d:\d\d~$/) });
    expect(await remote(`cat ${String(updated.backup_file)}; cat /etc/castoff-app.conf`)).toBe('version=1\nversion=2');
  });

  it('copies a file from the playbook’s files/ folder into a directory, and reports a diff in check mode without writing', async () => {
    const copied = await run('copy', { src: 'app.conf', dest: '/opt/' });
    expect(copied).toMatchObject({ changed: true, dest: '/opt/app.conf', src: 'app.conf', mode: '0644' });
    expect(await remote('cat /opt/app.conf')).toBe('listen=8080');
    const checked = await run('copy', { content: 'listen=9090\n', dest: '/opt/app.conf' }, { checkMode: true, diff: true });
    expect(checked).toMatchObject({ changed: true, diff: [{ before: 'listen=8080\n', after: 'listen=9090\n', before_header: '/opt/app.conf' }] });
    expect(await remote('cat /opt/app.conf')).toBe('listen=8080');
  });

  it('writes as the become user', async () => {
    const result = await run('copy', { content: 'mine\n', dest: '~/note.txt' }, { become: deploy });
    expect(result).toMatchObject({ changed: true, dest: '/home/deploy/note.txt', owner: 'deploy' });
    expect(await remote('stat -c %U /home/deploy/note.txt')).toBe('deploy');
    expect(await run('copy', { content: 'x', dest: '/etc/forbidden' }, { become: deploy })).toMatchObject({ failed: true });
  });
});

describe('file and stat', () => {
  it('takes a path through directory, touch, link and absent, idempotently', async () => {
    expect(await run('file', { path: '/srv/app/data', state: 'directory', mode: '0750', owner: 'deploy' })).toMatchObject({
      changed: true, path: '/srv/app/data', state: 'directory', mode: '0750', owner: 'deploy', uid: 1000,
    });
    expect(await run('file', { path: '/srv/app/data', state: 'directory', mode: '0750', owner: 'deploy' })).toMatchObject({ changed: false });
    expect(await remote('stat -c "%a %U" /srv/app/data')).toBe('750 deploy');

    expect(await run('file', { path: '/srv/app/data/flag', state: 'touch' })).toMatchObject({ changed: true, state: 'file', size: 0 });
    expect(await run('file', { dest: '/srv/app/current', src: 'data', state: 'link' })).toMatchObject({ changed: true, state: 'link', src: 'data' });
    expect(await remote('readlink /srv/app/current')).toBe('data');
    expect(await run('file', { path: '/srv/app/missing', state: 'file' })).toMatchObject({
      failed: true, msg: 'file (/srv/app/missing) is absent, cannot continue',
    });

    expect(await run('file', { name: '/srv/app', state: 'absent' }, { checkMode: true })).toEqual({
      path: '/srv/app',
      state: 'absent',
      changed: true,
      diff: { before: { path: '/srv/app', state: 'directory' }, after: { path: '/srv/app', state: 'absent' } },
    });
    expect(await remote('test -d /srv/app && echo still')).toBe('still');
    expect(await run('file', { name: '/srv/app', state: 'absent' })).toEqual({
      path: '/srv/app',
      state: 'absent',
      changed: true,
      diff: { before: { path: '/srv/app', state: 'directory' }, after: { path: '/srv/app', state: 'absent' } },
    });
    expect(await remote('test -e /srv/app || echo gone')).toBe('gone');
  });

  it('stat reports a file with its checksum, and exists: false for a missing path', async () => {
    await host.sh('printf hello > /root/stat-me && chmod 600 /root/stat-me');
    expect(await run('stat', { path: '/root/stat-me' })).toMatchObject({
      changed: false,
      stat: {
        exists: true, path: '/root/stat-me', mode: '0600', isreg: true, isdir: false, islnk: false, size: 5,
        uid: 0, gid: 0, pw_name: 'root', gr_name: 'root', mtime: expect.any(Number),
        checksum: 'aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d',
      },
    });
    expect(await run('stat', { path: '/root/none' })).toEqual({ changed: false, stat: { exists: false } });
  });
});

describe('ping, async_status and library modules', () => {
  it('ping answers pong', async () => {
    expect(await run('ping', {})).toEqual({ ping: 'pong', changed: false });
  });

  it('async_status reads a job launched from an action’s async payload', async () => {
    const ctx = context(conn, 'shell', { _raw_params: 'sleep 3; echo async-done' });
    const payload = action('shell').asyncPayload?.(ctx);
    if (!payload) throw new Error('shell has no async payload');
    const { job } = await launchAsyncJob(conn, payload, { limit: 10 });
    expect(await run('async_status', { jid: job.jid })).toMatchObject({ started: 1, finished: 0, ansible_job_id: job.jid });
    const status = await eventually(() => run('async_status', { jid: job.jid }), (s) => s.finished === 1, 30_000);
    expect(status).toMatchObject({ finished: 1, rc: 0, stdout: 'async-done', ansible_job_id: job.jid });
    expect(await run('async_status', { jid: job.jid, mode: 'cleanup' })).toMatchObject({ erased: job.resultsFile });
    expect(await run('async_status', { jid: job.jid })).toMatchObject({ failed: true, msg: 'could not find job' });
  });

  it('runs a custom module from library/ synchronously and as an async payload', async () => {
    const task = { module: 'echo_word', library: { name: 'echo_word', path: join(playbookDir, 'library', 'echo_word.py') } };
    const libraryModule = hostModuleForTask(task);
    if (!libraryModule) throw new Error('no module for the library file');
    expect(libraryModule.name).toBe('echo_word');
    const ctx = context(conn, 'echo_word', { word: 'castoff' }, { checkMode: true });
    expect(await libraryModule.run(ctx)).toEqual({ changed: false, word: 'castoff', check: true });
    expect(libraryModule.asyncPayload?.(ctx)).toMatchObject({ modulePath: task.library.path, args: { word: 'castoff' } });
  });
});

describe('wait_for', () => {
  it('waits for a port to open on the host', async () => {
    const waiting = run('wait_for', { port: 8181, timeout: 15, sleep: 0.2 });
    await host.sh('sleep 0.5; cd /tmp && nohup python3 -m http.server 8181 --bind 127.0.0.1 >/dev/null 2>&1 &');
    expect(await waiting).toMatchObject({ changed: false, state: 'started', port: 8181, elapsed: expect.any(Number) });
    expect(await remote('ss -ltn | grep -c ":8181 "')).toBe('1');
  });

  it('waits for a file with a pattern, and times out with Ansible’s messages', async () => {
    const waiting = run('wait_for', { path: '/tmp/ready.log', search_regex: 'pid (\\d+)', timeout: 15, sleep: 0.2 });
    await host.sh('sleep 0.5; echo "started, pid 4242" > /tmp/ready.log');
    expect(await waiting).toMatchObject({ changed: false, path: '/tmp/ready.log', match_groups: ['4242'] });
    const portTimeout = await run('wait_for', { port: 8999, timeout: 1 });
    expect(portTimeout).toMatchObject({ failed: true, msg: 'Timeout when waiting for 127.0.0.1:8999' });
    expect(portTimeout.elapsed).toBeGreaterThanOrEqual(1);
    expect(await run('wait_for', { path: '/tmp/never', timeout: 1 })).toMatchObject({ failed: true, msg: 'Timeout when waiting for file /tmp/never' });
  });

  it('stops waiting when the task is cancelled', async () => {
    const abort = new AbortController();
    const began = performance.now();
    const waiting = run('wait_for', { path: '/tmp/never', timeout: 60 }, { signal: abort.signal });
    setTimeout(() => abort.abort(), 500);
    await expect(waiting).rejects.toBeInstanceOf(CancelledError);
    // Far below the task's 60 s; the slack is for a loaded machine.
    expect(performance.now() - began).toBeLessThan(20_000);
    expect(await eventually(() => remote('pgrep -f "modules/[w]ait_for.py" || echo none'), (left) => left === 'none')).toBe('none');
  });
});
