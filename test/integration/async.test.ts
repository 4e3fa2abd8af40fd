import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asyncStatus, launchAsyncJob, RemoteRuntimeError, waitForJob, type AsyncJob } from '../../src/async/index.js';
import type { ModuleResult } from '../../src/core/index.js';
import { SshConnection } from '../../src/connection/index.js';
import { eventually } from '../helpers/eventually.js';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';

let fleet: TestHosts;
let noPython: TestHosts;
let host: TestHost;
let conn: SshConnection;
const library = mkdtempSync(join(tmpdir(), 'castoff-library-'));

function libraryModule(name: string, body: string): string {
  const path = join(library, name);
  writeFileSync(path, body, { mode: 0o755 });
  return path;
}

async function remoteFile(path: string): Promise<ModuleResult | undefined> {
  const r = await host.sh(`cat ${path} 2>/dev/null`);
  return r.rc === 0 && r.output ? (JSON.parse(r.output) as ModuleResult) : undefined;
}

async function jobProcesses(jid: string): Promise<string> {
  // Every process of a job carries CASTOFF_JOB_ID in its environment.
  const r = await host.sh(`grep -l 'CASTOFF_JOB_ID=${jid}' /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3 | while read p; do [ -e /proc/$p/status ] && ! grep -q '^State:.*Z' /proc/$p/status && echo $p; done`);
  return r.output.trim();
}

async function untilFinished(job: AsyncJob, attempts = 120): Promise<ModuleResult> {
  for (let i = 0; i < attempts; i++) {
    const r = await asyncStatus(conn, { jid: job.jid });
    if (r.finished === 1) return r;
    await new Promise((res) => setTimeout(res, 250));
  }
  throw new Error(`job ${job.jid} did not finish`);
}

beforeAll(async () => {
  [fleet, noPython] = await Promise.all([startHosts(1, { prefix: 'async' }), startHosts(1, { prefix: 'nopy', python: false })]);
  host = fleet.hosts[0];
  conn = new SshConnection(host.connectOptions());
});

afterAll(async () => {
  await conn?.close();
  await Promise.allSettled([fleet?.stop(), noPython?.stop()]);
});

describe('launch and poll', () => {
  it('a sleep 2 job with async 30 / poll 1 succeeds with Ansible fields and leaves no job file', async () => {
    const { job, result: started } = await launchAsyncJob(conn, { module: 'shell', args: { _raw_params: 'sleep 2; echo done' } }, { limit: 30 });
    // Exactly what ansible-playbook registers for a launch: the wrapper's failed, pid and pgid stay with castoff.
    expect(started).toEqual({ started: 1, finished: 0, changed: true, ansible_job_id: job.jid, results_file: job.resultsFile });
    expect(job.jid).toMatch(/^j\d+\.\d+$/);
    expect(job.resultsFile).toBe(`/root/.ansible_async/${job.jid}`);
    const polls: ModuleResult[] = [];
    const outcome = await waitForJob(conn, job, { poll: 1, onPoll: (_j, s) => polls.push(s) });
    expect(outcome.state).toBe('ok');
    expect(outcome.result).toMatchObject({
      rc: 0,
      stdout: 'done',
      stdout_lines: ['done'],
      cmd: 'sleep 2; echo done',
      finished: 1,
      started: 1,
      changed: true,
      ansible_job_id: job.jid,
    });
    // At least the 2 s slept; a loaded machine may add a second or more.
    expect(outcome.result.delta).toMatch(/^0:00:(0[2-9]|[1-2]\d)\.\d{6}$/);
    expect(outcome.result.start).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/);
    expect(outcome.result.end).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/);
    expect(polls.length).toBeGreaterThan(0);
    expect(polls[0]).toMatchObject({ started: 1, finished: 0 });
    expect((await host.sh(`test -e ${job.resultsFile}; echo $?`)).output.trim()).toBe('1');
    expect((await host.sh(`test -e ${job.argsFile}; echo $?`)).output.trim()).toBe('1');
  });

  it('sees a fast job at once instead of waiting a whole poll interval', async () => {
    const { job } = await launchAsyncJob(conn, { module: 'command', args: { argv: ['true'] } }, { limit: 30 });
    const started = performance.now();
    const outcome = await waitForJob(conn, job, { poll: 15 });
    expect(outcome.state).toBe('ok');
    // Waiting a whole poll interval would take 15 s; the bound leaves room for a loaded machine.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('sleep 30 with async 3 / poll 1 fails with the timeout message in time and leaves no process', async () => {
    const { job } = await launchAsyncJob(conn, { module: 'shell', args: { _raw_params: 'sleep 30' } }, { limit: 3 });
    const outcome = await waitForJob(conn, job, { poll: 1 });
    const elapsed = performance.now() - job.launchedAt;
    expect(outcome.state).toBe('timeout');
    expect(outcome.result).toMatchObject({ failed: true, changed: false, msg: 'async task did not complete within the requested time - 3s' });
    // The last check found the job running at the limit, or (the host's clock ran a little ahead of
    // the controller's) the record the watchdog wrote when it stopped the job there.
    const last = outcome.result.async_result as ModuleResult;
    if (last.finished === 1) expect(last).toMatchObject({ started: 1, failed: true, msg: 'Timeout exceeded', timedout: true, ansible_job_id: job.jid });
    else expect(last).toMatchObject({ started: 1, finished: 0, ansible_job_id: job.jid });
    // Far below the 30 s the command would take; the slack is for a loaded machine.
    expect(elapsed).toBeLessThan(15_000);
    expect(await eventually(() => jobProcesses(job.jid), (left) => left === '')).toBe('');
    expect(await eventually(async () => (await host.sh('pgrep -x sleep || true')).output.trim(), (left) => left === '')).toBe('');
  });

  it('the wrapper alone kills a job tree, setsid children included, at its limit', async () => {
    const { job } = await launchAsyncJob(conn, { module: 'shell', args: { _raw_params: 'sleep 60 & setsid sleep 60 & wait' } }, { limit: 2 });
    const record = await eventually(() => remoteFile(job.resultsFile), (r) => r !== undefined && !('started' in r), 20_000, 100);
    expect(record).toMatchObject({ failed: true, msg: 'Timeout exceeded', timedout: true, ansible_job_id: job.jid });
    expect(typeof record?.child_pid).toBe('number');
    // Measured by the watchdog on the host: it acted at the 2 s limit, not on a coarse check.
    expect(Number(record?.elapsed)).toBeLessThan(2 + 1.5);
    expect(await eventually(async () => (await host.sh('pgrep -x sleep || true')).output.trim(), (left) => left === '')).toBe('');
  });

  it('the job survives its SSH connection being dropped, and a poll after reconnecting gets the result', async () => {
    const own = new SshConnection(host.connectOptions());
    try {
      const { job } = await launchAsyncJob(own, { module: 'shell', args: { _raw_params: 'sleep 3; echo survived' } }, { limit: 20 });
      await host.stopSshd();
      await new Promise((r) => setTimeout(r, 500));
      await host.startSshd();
      const outcome = await waitForJob(own, job, { poll: 1 });
      expect(outcome.result).toMatchObject({ stdout: 'survived', rc: 0, finished: 1 });
      expect(own.stats.connects).toBe(2);
    } finally {
      await own.close();
    }
  });

  it('launch costs at most 2 round trips once the host has run a task, a poll 1', async () => {
    const own = new SshConnection(host.connectOptions());
    try {
      const first = await launchAsyncJob(own, { module: 'command', args: { argv: ['true'] } }, { limit: 10 });
      await waitForJob(own, first.job, { poll: 1 });
      const before = own.stats.roundTrips;
      const { job } = await launchAsyncJob(own, { module: 'shell', args: { _raw_params: 'sleep 1' } }, { limit: 10 });
      expect(own.stats.roundTrips - before).toBeLessThanOrEqual(2);
      const bytesBefore = own.stats.bytesReceived;
      const pollBefore = own.stats.roundTrips;
      const { readJobStatus } = await import('../../src/async/index.js');
      const status = await readJobStatus(own, job);
      expect(status.state).toBe('running');
      expect(own.stats.roundTrips - pollBefore).toBe(1);
      expect(own.stats.bytesReceived - bytesBefore).toBeLessThan(1024);
      await waitForJob(own, job, { poll: 1 });
    } finally {
      await own.close();
    }
  });

  it('writes the status file 0600 in a 0700 directory', async () => {
    const { job } = await launchAsyncJob(conn, { module: 'shell', args: { _raw_params: 'sleep 1' } }, { limit: 10 });
    expect((await host.sh(`stat -c %a ${job.resultsFile} /root/.ansible_async`)).output.split('\n').slice(0, 2)).toEqual(['600', '700']);
    await waitForJob(conn, job, { poll: 1 });
  });

  it('honours ansible_async_dir', async () => {
    const { job } = await launchAsyncJob(conn, { module: 'command', args: { argv: ['true'] } }, { limit: 10, asyncDir: '/var/tmp/castoff-jobs' });
    expect(job.resultsFile).toBe(`/var/tmp/castoff-jobs/${job.jid}`);
    expect((await waitForJob(conn, job, { poll: 1 })).state).toBe('ok');
  });
});

describe('poll 0 and async_status', () => {
  it('fires and forgets, then async_status follows the job to its end and cleanup erases it', async () => {
    const { job, result } = await launchAsyncJob(conn, { module: 'shell', args: { _raw_params: 'sleep 4; echo later' } }, { limit: 60 });
    expect(result).toMatchObject({ started: 1, finished: 0, changed: true });
    expect(await asyncStatus(conn, { jid: job.jid })).toMatchObject({ started: 1, finished: 0, stdout: '', stdout_lines: [], results_file: job.resultsFile });
    expect(await asyncStatus(conn, { jid: job.jid, mode: 'cleanup' })).toMatchObject({ failed: true, msg: `job ${job.jid} is still running; terminate it before cleaning it up` });
    const done = await untilFinished(job);
    expect(done).toMatchObject({ finished: 1, started: 1, stdout: 'later', stdout_lines: ['later'], rc: 0 });
    const before = conn.stats.roundTrips;
    expect(await asyncStatus(conn, { jid: job.jid, mode: 'cleanup' })).toMatchObject({ erased: job.resultsFile });
    expect(conn.stats.roundTrips - before).toBe(1);
    expect((await host.sh(`test -e ${job.resultsFile}; echo $?`)).output.trim()).toBe('1');
    expect((await host.sh(`test -e ${job.argsFile}; echo $?`)).output.trim()).toBe('1');
    expect(await asyncStatus(conn, { jid: job.jid })).toMatchObject({ failed: true, msg: 'could not find job', started: 1, finished: 1 });
  });

  it('a wait on a job whose status file is gone ends in the missing state', async () => {
    const { job } = await launchAsyncJob(conn, { module: 'shell', args: { _raw_params: 'true' } }, { limit: 30 });
    expect(await untilFinished(job)).toMatchObject({ finished: 1, rc: 0 });
    await host.sh(`rm -f ${job.resultsFile}`);
    const outcome = await waitForJob(conn, job, { poll: 1 });
    expect(outcome.state).toBe('missing');
    expect(outcome.result).toEqual({ failed: true, msg: 'could not find job', started: 1, finished: 1, ansible_job_id: job.jid });
  });

  it('terminate kills a running job and records it', async () => {
    const { job } = await launchAsyncJob(conn, { module: 'shell', args: { _raw_params: 'sleep 100 & setsid sleep 101 & wait' } }, { limit: 60 });
    const sleeping = async () => (await host.sh('pgrep -x sleep | wc -l')).output.trim();
    expect(await eventually(sleeping, (n) => n === '2')).toBe('2');
    expect(await jobProcesses(job.jid)).not.toBe('');
    const killed = await asyncStatus(conn, { jid: job.jid, mode: 'terminate' });
    expect(killed).toMatchObject({ failed: true, killed: true, finished: 1, ansible_job_id: job.jid });
    expect(await remoteFile(job.resultsFile)).toMatchObject({ killed: true, failed: true });
    expect(await jobProcesses(job.jid)).toBe('');
    expect((await host.sh('pgrep -x sleep || true')).output.trim()).toBe('');
  });

  it('refuses a jid with ../ before reading or removing anything', async () => {
    await host.sh('echo keep > /root/x');
    for (const mode of ['status', 'cleanup', 'terminate'] as const) {
      expect(await asyncStatus(conn, { jid: '../x', mode })).toEqual({
        failed: true,
        changed: false,
        msg: "invalid job id '../x': it must match ^j\\d+\\.\\d+$",
      });
    }
    expect((await host.sh('cat /root/x')).output).toBe('keep\n');
  });

  it('reports a corrupt status file by name instead of waiting forever', async () => {
    const { job } = await launchAsyncJob(conn, { module: 'shell', args: { _raw_params: 'sleep 5' } }, { limit: 30 });
    await host.sh(`sleep 0.3; printf '{"started": 1, "fini' > ${job.resultsFile}`);
    const outcome = await waitForJob(conn, job, { poll: 1 });
    expect(outcome.state).toBe('failed');
    expect(outcome.result.msg).toMatch(new RegExp(`^the job file ${job.resultsFile.replace(/\./g, '\\.')} is corrupt \\(not JSON\\)`));
    await asyncStatus(conn, { jid: job.jid, mode: 'terminate' });
  });
});

  it('a job whose watchdog was killed fails at once with the reason, not at its limit, and leaves nothing running', async () => {
    const { job } = await launchAsyncJob(conn, { module: 'shell', args: { _raw_params: 'sleep 200 & wait' } }, { limit: 300 });
    expect(await eventually(() => jobProcesses(job.jid), (pids) => pids.split('\n').length >= 2)).not.toBe('');
    expect(job.pid).toBeDefined();
    // As the OOM killer or a `kill -9` would: the watchdog alone, its job left behind.
    await host.sh(`kill -9 ${job.pid}`);
    const status = await eventually(() => asyncStatus(conn, { jid: job.jid }), (r) => r.finished === 1, 20_000, 100);
    const reason = `the job's watchdog (pid ${job.pid}) is gone (killed, out of memory, or the host restarted), so job ${job.jid} can never finish: it ended without a result`;
    expect(status).toMatchObject({ failed: true, started: 1, finished: 1, msg: reason, ansible_job_id: job.jid });

    const outcome = await waitForJob(conn, job, { poll: 2 });
    expect(outcome.state).toBe('failed');
    expect(outcome.result).toEqual({ failed: true, changed: false, msg: reason, ansible_job_id: job.jid, results_file: job.resultsFile, finished: 1 });
    // Well within the 300 s limit: the first check saw it.
    expect(outcome.checks).toBe(1);
    expect(await jobProcesses(job.jid)).toBe('');
    expect(await remoteFile(job.resultsFile)).toMatchObject({ killed: true, failed: true });
  });

describe('what the module printed', () => {
  async function run(body: string, name: string): Promise<ModuleResult> {
    const { job } = await launchAsyncJob(conn, { modulePath: libraryModule(name, body), args: { who: 'castoff' } }, { limit: 20 });
    return (await waitForJob(conn, job, { poll: 1 })).result;
  }

  it('a custom library module gets its JSON args file (WANT_JSON) and its result is kept', async () => {
    const r = await run('#!/usr/bin/python3\nimport json, sys\nargs = json.load(open(sys.argv[1]))\nprint(json.dumps({"changed": True, "hello": args["who"]}))\n', 'hello_mod');
    expect(r).toMatchObject({ changed: true, hello: 'castoff', finished: 1 });
  });

  it('a module that reports failure fails the job with its own fields', async () => {
    const r = await run('#!/bin/sh\necho \'{"failed": true, "msg": "it broke", "rc": 5}\'\n', 'fail_mod');
    expect(r).toMatchObject({ failed: true, msg: 'it broke', rc: 5, finished: 1 });
  });

  it('a module that raises an exception gives the error record with its stderr', async () => {
    const r = await run('#!/usr/bin/python3\nraise RuntimeError("kaboom")\n', 'raise_mod');
    expect(r).toMatchObject({ failed: 1, finished: 1 });
    expect(String(r.stderr)).toContain('RuntimeError: kaboom');
    expect(r.data).toBe('');
  });

  it('drops junk before the JSON and keeps junk after it as a warning', async () => {
    const r = await run('#!/bin/sh\necho "leading noise"\necho \'{"changed": false, "value": 1}\'\necho "trailing noise"\n', 'junk_mod');
    expect(r).toMatchObject({ value: 1, finished: 1 });
    expect(r.failed).toBeFalsy();
    expect(r.warnings).toEqual(['Module invocation had junk after the JSON data: trailing noise']);
  });

  it('captures stderr next to the JSON result', async () => {
    const r = await run('#!/bin/sh\necho "careful" >&2\necho \'{"changed": true}\'\n', 'stderr_mod');
    expect(r).toMatchObject({ changed: true, stderr: 'careful\n', stderr_lines: ['careful'] });
  });

  it('non-JSON output gives a failed record carrying the raw output', async () => {
    const r = await run('#!/bin/sh\necho "just text"\n', 'text_mod');
    expect(r).toMatchObject({ failed: 1, data: 'just text\n', finished: 1 });
    expect(typeof r.msg).toBe('string');
  });

  it('the module has an open, empty stdin', async () => {
    const r = await run(
      '#!/usr/bin/python3\nimport json, os\nfd = os.dup(0)\ndata = os.read(fd, 10)\nprint(json.dumps({"read": len(data), "changed": False}))\n',
      'stdin_mod',
    );
    expect(r).toMatchObject({ read: 0, finished: 1 });
    expect(r.failed).toBeFalsy();
  });
});

describe('become and hosts without Python', () => {
  it('runs the job as the become user, with that user\'s async dir, and reads its status as that user', async () => {
    const become = { method: 'sudo' as const, user: 'deploy' };
    const { job } = await launchAsyncJob(conn, { module: 'shell', args: { _raw_params: 'sleep 4; whoami' } }, { limit: 20, become });
    expect(job.resultsFile).toBe(`/home/deploy/.ansible_async/${job.jid}`);
    expect((await host.sh(`stat -c %U ${job.resultsFile}`)).output.trim()).toBe('deploy');
    expect(await asyncStatus(conn, { jid: job.jid, become })).toMatchObject({ started: 1, finished: 0 });
    const outcome = await waitForJob(conn, job, { poll: 1 });
    expect(outcome.result).toMatchObject({ stdout: 'deploy', rc: 0, finished: 1 });
  });

  it('a host without Python fails the async launch with a clear message', async () => {
    const bare = new SshConnection(noPython.hosts[0].connectOptions());
    try {
      const err = await launchAsyncJob(bare, { module: 'command', args: { argv: ['true'] } }, { limit: 10 }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(RemoteRuntimeError);
      // No interpreter set: discovery looks for every candidate and falls back to /usr/bin/python, as Ansible does.
      expect((err as Error).message).toMatch(/^nopy1: the host has no Python interpreter at '\/usr\/bin\/python', nor any other that discovery looks for \(python3\.11, /);
    } finally {
      await bare.close();
    }
  });
});
