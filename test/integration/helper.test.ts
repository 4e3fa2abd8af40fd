/**
 * The warm helper on real sshd hosts: tasks run through one helper per host and identity instead of
 * a channel each, job ends are pushed, a helper killed on the host is replaced, a controller killed
 * with SIGKILL leaves no helper behind, become runs a helper as the become user, and the setting
 * turns it all off.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchAsyncJob, readJobStatus } from '../../src/async/index.js';
import { HelperConnection, SshConnection } from '../../src/connection/index.js';
import type { ConnectionCost, RunEvent } from '../../src/events/index.js';
import { installRuntime, runtimeBundle } from '../../src/target/index.js';
import { PLAYBOOK_CLI } from '../helpers/cli.js';
import { startHosts, testKeys, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { playRecorded, type RecordOptions, type RecordedRun } from '../helpers/play.js';

let fleet: TestHosts;
let hosts: TestHost[];
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(2, { prefix: 'hlp' });
  hosts = fleet.hosts;
  inv = writeInventory(hosts);
}, 300_000);

afterAll(async () => {
  await fleet?.stop();
});

function play(yaml: string, options: RecordOptions = {}): Promise<RecordedRun> {
  return playRecorded(inv, yaml, options);
}

function costOf(run: RecordedRun, host: string): ConnectionCost {
  const end = run.events.find((e): e is Extract<RunEvent, { type: 'run_end' }> => e.type === 'run_end');
  if (!end) throw new Error('no run_end event');
  return end.connections[host];
}

/**
 * Shell text printing one field (`pid` or `user`) of each helper process on the host: the Python
 * processes running helper.py, not the sudo or shell lines that mention it, nor a module the helper
 * has just forked (a child of a helper, in the instant before it takes its file's name).
 */
function listHelpers(field: 'pid' | 'user'): string {
  return (
    `ps -eo pid=,ppid=,user=,comm=,args= | awk '$4 ~ /^python/ && $0 ~ /helper[.]py/ {parent[$1] = $2; user[$1] = $3} ` +
    `END {for (p in parent) if (!(parent[p] in parent)) print ${field === 'pid' ? 'p' : 'user[p]'}}'`
  );
}

/** The pids of the helper processes on the host, as its process list shows them. */
async function helpersOn(h: TestHost): Promise<number[]> {
  const r = await h.sh(listHelpers('pid'));
  return r.output.split(/\s+/).filter(Boolean).map(Number);
}

/** Polls `probe` until `done` holds, or gives up at the deadline: the last value read. */
async function within<T>(ms: number, probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const until = performance.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || performance.now() > until) return value;
    await sleep(100);
  }
}

/** Shell text printing the users helper processes run as, `user=count` each (`root=1`). */
const COUNT_HELPERS = `${listHelpers('user')} | sort | uniq -c | awk '{print $2 "=" $1}' | tr '\\n' ' '`;

/** A task running `command` in the shell, written as a block so that no quoting can bite. */
function shellTask(name: string, command: string): string {
  return `    - name: ${name}\n      shell: |\n        ${command}\n`;
}

describe('the warm helper', () => {
  it('runs sync modules and shell through one helper per host: a request each, no exec channel per task', async () => {
    const tasks = ['ping:', 'command: echo one', 'shell: echo two | tr a-z A-Z', 'copy: content=x dest=/tmp/helper-copy', 'stat: path=/tmp/helper-copy', 'command: echo three'];
    const yaml = `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks.map((t, i) => `    - name: t${i}\n      ${t}\n`).join('')}${shellTask('helpers', COUNT_HELPERS)}`;
    const run = await play(yaml);
    expect(run.exitCode).toBe(0);
    for (const h of hosts) {
      expect(run.resultOf('t2', h.name).stdout).toBe('TWO');
      expect(run.resultOf('t4', h.name).stat).toMatchObject({ exists: true, size: 1 });
      // One helper on the host, running as the login user, while the run goes on.
      expect(String(run.resultOf('helpers', h.name).stdout).trim()).toBe('root=1');
      const cost = costOf(run, h.name);
      expect(cost.helperRequests).toBeGreaterThanOrEqual(tasks.length);
      // Channels: interpreter discovery, the runtime install and the helper itself; none per task.
      expect(cost.execs).toBeLessThan(tasks.length);
    }
    // The helper leaves with the run.
    for (const h of hosts) expect(await within(10_000, () => helpersOn(h), (pids) => pids.length === 0)).toEqual([]);
  });

  it('runs a module forked from its warm interpreter: the module process is a child of the helper, named for its file', async () => {
    // The shell module's /bin/sh is the child of the module process: its parent is the module, its grandparent the helper.
    const lineage = 'ps -o comm= -p $PPID; ps -o args= -p $(ps -o ppid= -p $PPID)';
    const run = await play(`- hosts: all\n  gather_facts: false\n  tasks:\n${shellTask('lineage', lineage)}`);
    const off = await play(`- hosts: all\n  gather_facts: false\n  tasks:\n${shellTask('lineage', lineage)}`, { connection: { helper: false } });
    for (const h of hosts) {
      const [module, parent] = String(run.resultOf('lineage', h.name).stdout).split('\n');
      expect(module).toBe('shell.py');
      expect(parent).toMatch(/python\S* \S+\/helper\.py$/);
      const [plainModule] = String(off.resultOf('lineage', h.name).stdout).split('\n');
      expect(plainModule).toMatch(/^python/);
    }
  });

  it('reports a forked module as a fresh interpreter would: its exit code, its traceback from its own file, its exit handlers', async () => {
    const library = join(inv.dir, 'library');
    mkdirSync(library, { recursive: true });
    writeFileSync(
      join(library, 'warm_fail.py'),
      'import atexit, json, sys\n' +
        'args = json.load(open(sys.argv[1]))\n' +
        "atexit.register(lambda: sys.stderr.write('exit handler ran\\n'))\n" +
        "if args.get('how') == 'raise':\n    raise ValueError('broken on purpose')\n" +
        "print(json.dumps({'failed': True, 'msg': 'exits %s' % args.get('code'), 'argv1': sys.argv[1], 'name': __name__}))\n" +
        "sys.exit(args.get('code'))\n",
    );
    const yaml =
      `- hosts: all\n  gather_facts: false\n  tasks:\n` +
      `    - name: raises\n      warm_fail:\n        how: raise\n      ignore_errors: true\n` +
      `    - name: exits\n      warm_fail:\n        code: 3\n      ignore_errors: true\n`;
    const run = await play(yaml);
    for (const h of hosts) {
      const raised = run.resultOf('raises', h.name);
      expect(raised).toMatchObject({ failed: true, rc: 1 });
      expect(String(raised.msg)).toContain('MODULE FAILURE');
      const stderr = String(raised.module_stderr);
      expect(stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File "[^"]*warm_fail\.py", line 5, in <module>/);
      expect(stderr).toContain('ValueError: broken on purpose');
      expect(stderr).not.toContain('_castoff_warm_run');
      expect(stderr).toContain('exit handler ran');
      expect(run.resultOf('exits', h.name)).toMatchObject({ failed: true, msg: 'exits 3', argv1: '/dev/stdin', name: '__main__' });
    }
    expect(costOf(run, hosts[0].name).helperRequests).toBeGreaterThanOrEqual(2);
  });

  it('is off when configured: every task opens its own channel and no helper runs on the host', async () => {
    const yaml = `- hosts: all\n  gather_facts: false\n  tasks:\n    - command: echo a\n    - command: echo b\n${shellTask('helpers', COUNT_HELPERS)}`;
    const run = await play(yaml, { connection: { helper: false } });
    expect(run.exitCode).toBe(0);
    for (const h of hosts) {
      expect(String(run.resultOf('helpers', h.name).stdout).trim()).toBe('');
      expect(costOf(run, h.name).helperRequests).toBe(0);
      expect(costOf(run, h.name).execs).toBeGreaterThanOrEqual(3);
    }
  });

  it('launches async jobs and reports them through the helper', async () => {
    const yaml = `- hosts: all\n  gather_facts: false\n  tasks:\n    - name: job\n      shell: sleep 1; echo done\n      async: 30\n      poll: 1\n    - name: later\n      command: echo later\n      async: 30\n      poll: 0\n`;
    const run = await play(yaml);
    expect(run.exitCode).toBe(0);
    for (const h of hosts) {
      expect(run.resultOf('job', h.name)).toMatchObject({ stdout: 'done', finished: 1 });
      expect(run.resultOf('later', h.name)).toMatchObject({ started: 1, finished: 0 });
      expect(costOf(run, h.name).helperRequests).toBeGreaterThanOrEqual(3);
    }
  });

  it('pushes a job end: watchJob resolves once the record is final, and the status read then finds it finished', async () => {
    const h = hosts[0];
    const inner = new SshConnection({
      host: h.name,
      address: h.address,
      port: h.port,
      user: 'root',
      privateKeyFile: testKeys().keyFile,
      knownHostsFile: inv.knownHostsFile,
    });
    const conn = new HelperConnection(inner);
    try {
      await installRuntime(conn, runtimeBundle(), { python: '/usr/bin/python3' });
      // The helper starts once the runtime is installed; the first operation waits for it.
      await conn.exec('true');
      const execsBefore = conn.stats.execs;
      const { job } = await launchAsyncJob(conn, { module: 'command', args: { _raw_params: 'sleep 2' } }, { limit: 30, python: '/usr/bin/python3' });
      expect(conn.stats.execs).toBe(execsBefore);
      expect((await readJobStatus(conn, job)).state).toBe('running');
      await conn.watchJob({ jid: job.jid, asyncDir: job.asyncDir, python: job.python }, AbortSignal.timeout(60_000));
      expect((await readJobStatus(conn, job)).state).toBe('finished');
      // Launch, two reads and the watch: requests on the open channel, never a new one.
      expect(conn.stats.execs).toBe(execsBefore);
      expect(conn.stats.helperRequests).toBeGreaterThanOrEqual(4);
    } finally {
      await conn.close();
    }
  });

  it('reports a job end when the host pushes it, not at the poll: a longer job costs no more requests and prints no ASYNC POLL', async () => {
    const run = (seconds: number) =>
      play(`- hosts: all\n  gather_facts: false\n  tasks:\n    - name: job\n      shell: sleep ${seconds}; echo slept ${seconds}\n      async: 60\n      poll: 15\n`);
    const short = await run(1);
    const long = await run(4);
    for (const [r, seconds] of [[short, 1], [long, 4]] as const) {
      expect(r.exitCode).toBe(0);
      for (const h of hosts) {
        expect(r.resultOf('job', h.name)).toMatchObject({ finished: 1, stdout: `slept ${seconds}` });
        // The first check of the poll cadence would come 15 s after the launch.
        const started = r.events.find((e) => e.type === 'task_start' && e.task === 'job')!;
        expect(r.at('job', h.name) - r.timeOf(started)).toBeLessThan(15_000);
      }
      expect(r.events.filter((e) => e.type === 'async_poll')).toEqual([]);
    }
    // Checking on a schedule would read a 4 s job's status more often than a 1 s job's; a pushed
    // end is one watch and one read whatever the job's length.
    for (const h of hosts) {
      expect(costOf(short, h.name).helperRequests).toBeGreaterThan(0);
      expect(costOf(long, h.name).helperRequests).toBe(costOf(short, h.name).helperRequests);
    }
  });

  it('survives a helper killed on the host mid-run: later tasks run through a new helper', async () => {
    const h = hosts[1];
    let killed: Promise<unknown> | undefined;
    const yaml =
      `- hosts: ${h.name}\n  gather_facts: false\n  tasks:\n${shellTask('before', COUNT_HELPERS)}` +
      `    - name: wait\n      pause:\n        seconds: 3\n${shellTask('after', COUNT_HELPERS)}    - name: last\n      command: echo last\n`;
    const run = await play(yaml, {
      onEvent: (e) => {
        if (e.type === 'task_start' && e.task === 'wait') killed = h.sh(`pkill -f '[h]elper.py'`);
      },
    });
    expect(await killed).toMatchObject({ rc: 0 });
    expect(run.exitCode).toBe(0);
    expect(String(run.resultOf('before', h.name).stdout).trim()).toBe('root=1');
    expect(String(run.resultOf('after', h.name).stdout).trim()).toBe('root=1');
    expect(run.resultOf('last', h.name).stdout).toBe('last');
    // Every task reached the host through a helper: the first, then the one started after the kill.
    expect(costOf(run, h.name).helperRequests).toBeGreaterThanOrEqual(3);
  });

  it('runs as the become user through become: files it writes are owned by that user', async () => {
    const h = hosts[0];
    const yaml =
      `- hosts: ${h.name}\n  gather_facts: false\n  become: true\n  become_user: deploy\n  tasks:\n` +
      `    - name: write\n      copy: content=x dest=/tmp/helper-become-file\n` +
      shellTask('who', `stat -c %U /tmp/helper-become-file; ${COUNT_HELPERS}`);
    const run = await play(yaml);
    expect(run.exitCode).toBe(0);
    const [owner, helpers] = String(run.resultOf('who', h.name).stdout).split('\n');
    expect(owner).toBe('deploy');
    expect(helpers.trim()).toBe('deploy=1');
    expect(costOf(run, h.name).helperRequests).toBeGreaterThanOrEqual(2);
  });

  it('leaves no helper on the host when the controller is killed with SIGKILL', async () => {
    const h = hosts[1];
    const file = join(inv.dir, 'killed.yml');
    writeFileSync(file, `- hosts: ${h.name}\n  gather_facts: false\n  tasks:\n    - command: echo warm\n    - command: sleep 60\n`);
    const child = spawn('node', [PLAYBOOK_CLI, '-i', inv.file, file], {
      cwd: inv.dir,
      env: { ...process.env, CASTOFF_KNOWN_HOSTS: inv.knownHostsFile, NO_COLOR: '1' },
      stdio: 'ignore',
    });
    try {
      const running = await within(60_000, () => helpersOn(h), (pids) => pids.length > 0);
      expect(running).toHaveLength(1);
      // The sleep runs under the helper: the controller dies in the middle of a task.
      expect(await within(30_000, async () => (await h.sh(`pgrep -x sleep || true`)).output.trim(), (out) => out !== '')).not.toBe('');
    } finally {
      child.kill('SIGKILL');
    }
    expect(await within(5000, () => helpersOn(h), (pids) => pids.length === 0)).toEqual([]);
    expect(await within(5000, async () => (await h.sh(`pgrep -x sleep || true`)).output.trim(), (out) => out === '')).toBe('');
  });
});
