import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DELTA_PATTERN,
  JID_PATTERN,
  PYTHON,
  TIMESTAMP_PATTERN,
  WRAPPER,
  childrenOf,
  cleanUp,
  commandLine,
  isAlive,
  jobProcesses,
  killQuietly,
  launchJob,
  makeTempDir,
  modulePath,
  parseReply,
  procStat,
  randomPrefix,
  readRecord,
  runJob,
  runPython,
  sleep,
  until,
  waitForFinalRecord,
  writeJson,
  writeModule,
} from './harness.js';

afterAll(cleanUp);

async function asyncDir(): Promise<string> {
  return join(await makeTempDir(), 'async');
}

function terminate(dir: string, jid: string, grace?: number) {
  return runPython([WRAPPER, '--terminate', dir, jid, ...(grace === undefined ? [] : [String(grace)])]);
}

// Apart from the other suites of this file, whose many short-lived Pythons would compete for the CPU.
// A retry absorbs a stall of a loaded machine; a wrapper that is really slow fails every attempt.
describe.concurrent('on time', { retry: 2 }, () => {
  it('returns at once for a long job, with the start record already written', async () => {
    const dir = await asyncDir();
    const prefix = randomPrefix();
    const job = await launchJob(dir, modulePath('shell'), { _raw_params: 'sleep 60' }, { prefix, limit: 90 });

    // Far below the job's 60 s; the slack is for a loaded machine.
    expect(job.launch.elapsedMs).toBeLessThan(15_000);
    expect(job.launch.code).toBe(0);
    expect(job.jid).toBe(`${prefix}.${job.launch.pid}`);
    expect(job.jid).toMatch(JID_PATTERN);
    expect(job.reply).toEqual({
      started: 1, finished: 0, failed: 0, ansible_job_id: job.jid, results_file: job.statusPath,
      pid: expect.any(Number), pgid: expect.any(Number),
    });
    expect(job.recordAtLaunch).toEqual({
      started: 1, finished: 0, ansible_job_id: job.jid, pid: job.reply.pid, pgid: job.reply.pgid,
      limit: 90, started_at: expect.any(Number),
    });
    expect(Math.abs((job.recordAtLaunch.started_at as number) - Date.now() / 1000)).toBeLessThan(5);
    expect(commandLine(job.reply.pgid as number)).toContain('shell.py');
    expect(await until(() => jobProcesses(job.jid).map(commandLine).includes('sleep 60'))).toBe(true);

    expect((await terminate(dir, job.jid)).code).toBe(0);
  });

  it('kills the whole process tree at the limit, setsid descendants included, and records the timeout', async () => {
    const dir = await asyncDir();
    const started = performance.now();
    const job = await launchJob(dir, modulePath('shell'), { _raw_params: 'sleep 60 & setsid sleep 60 & wait' }, { limit: 2 });
    // shell.py, sh and both sleeps
    expect(await until(() => jobProcesses(job.jid).length === 4, 1500)).toBe(true);

    const record = await waitForFinalRecord(job.statusPath);
    const writtenAfterStart = statSync(job.statusPath).mtimeMs - (job.recordAtLaunch.started_at as number) * 1000;
    // At the 2 s limit, far from the 60 s the sleeps would take; the slack is for a loaded machine.
    expect(writtenAfterStart).toBeLessThan(5000);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(record).toEqual({
      failed: true, msg: 'Timeout exceeded', timedout: true, child_pid: job.reply.pgid,
      elapsed: expect.any(Number), ansible_job_id: job.jid,
    });
    expect(record.elapsed).toBeGreaterThanOrEqual(2);
    expect(record.elapsed).toBeLessThan(4);
    expect(jobProcesses(job.jid)).toEqual([]);
    expect(await until(() => !isAlive(job.reply.pid as number))).toBe(true);
  });

  it('sends SIGKILL after the grace period to processes that ignore SIGTERM', async () => {
    const dir = await asyncDir();
    const job = await launchJob(dir, modulePath('shell'), { _raw_params: "trap '' TERM; sleep 60 & setsid sleep 60; wait" }, { limit: 1 });
    const record = await waitForFinalRecord(job.statusPath);
    expect(record).toMatchObject({ timedout: true, msg: 'Timeout exceeded' });
    // 1 s limit + 2 s grace
    expect(record.elapsed).toBeGreaterThanOrEqual(2.9);
    expect(record.elapsed).toBeLessThan(5);
    expect(jobProcesses(job.jid)).toEqual([]);
  });

  it('records the real result of a module that finishes just before the limit', async () => {
    const work = await makeTempDir();
    // Finishes 0.5 s before the 2 s limit, counted from the start record, however slow the start was.
    const module = await writeModule(work, 'just_in_time.py', [
      'import json, os, sys, time',
      'async_dir = json.load(open(sys.argv[1]))["async_dir"]',
      'record = json.load(open(os.path.join(async_dir, os.environ["CASTOFF_JOB_ID"])))',
      'time.sleep(max(0, record["started_at"] + 1.5 - time.time()))',
      'print(json.dumps({"changed": True, "made_it": True}))',
    ].join('\n'));
    const dir = await asyncDir();
    const job = await runJob(dir, module, { async_dir: dir }, { limit: 2 });
    expect(job.record).toEqual({ changed: true, made_it: true, ansible_job_id: job.jid });
  });

});

describe.concurrent('launching a job', () => {
  it('creates the async dir with mode 0700 and writes the status file with mode 0600', async () => {
    const dir = await asyncDir();
    const job = await launchJob(dir, modulePath('shell'), { _raw_params: 'sleep 0.3' });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(job.statusPath).mode & 0o777).toBe(0o600);
    await waitForFinalRecord(job.statusPath);
    expect(statSync(job.statusPath).mode & 0o777).toBe(0o600);
  });

  it("keeps its own files private under umask 077, and runs the module under the user's umask it is passed", async () => {
    const dir = await asyncDir();
    const work = await makeTempDir();
    const module = await writeModule(work, 'umask_probe.py', 'import json, os\nprint(json.dumps({"umask": "%04o" % os.umask(0)}))\n');
    const argsPath = await writeJson(work, 'args.json', {});
    // As the controller launches it: the user's umask saved, then 077 for the launcher.
    const launch = execFileSync('/bin/sh', ['-c', 'CASTOFF_MODULE_UMASK=0022; export CASTOFF_MODULE_UMASK; umask 077; exec "$0" "$@"', PYTHON, WRAPPER, randomPrefix(), '10', dir, module, argsPath]);
    const jid = String(JSON.parse(launch.toString().trim()).ansible_job_id);
    const record = await waitForFinalRecord(join(dir, jid));
    expect(record).toMatchObject({ umask: '0022' });
    expect(statSync(join(dir, jid)).mode & 0o777).toBe(0o600);
  });

  it('uses an existing async dir of its user as it is, never changing its mode', async () => {
    const dir = await asyncDir();
    await mkdir(dir, { mode: 0o750 });
    await runJob(dir, modulePath('ping'), {});
    expect(statSync(dir).mode & 0o777).toBe(0o750);
  });

  it.each([['../x'], ['j1234567890123'], ['j12/../..'], ['j1\n'], ['x123'], ['j']])(
    'refuses the job id prefix %j and creates nothing',
    async (prefix) => {
      const dir = await asyncDir();
      const argsPath = await writeJson(await makeTempDir(), 'args.json', {});
      const launch = await runPython([WRAPPER, prefix, '10', dir, modulePath('ping'), argsPath]);
      expect(launch.code).toBe(1);
      expect(parseReply(launch)).toEqual({ failed: 1, msg: expect.stringContaining('invalid job id prefix') });
      expect(existsSync(dir)).toBe(false);
    },
  );

  it('refuses a relative async dir, a bad time limit and a missing module', async () => {
    const argsPath = await writeJson(await makeTempDir(), 'args.json', {});
    const dir = await asyncDir();
    const cases: Array<[string[], string]> = [
      [[randomPrefix(), '10', 'relative/async', modulePath('ping'), argsPath], 'must be an absolute path'],
      [[randomPrefix(), '0', dir, modulePath('ping'), argsPath], "invalid time limit '0'"],
      [[randomPrefix(), 'soon', dir, modulePath('ping'), argsPath], "invalid time limit 'soon'"],
      [[randomPrefix(), '10', dir, '/nonexistent/module.py', argsPath], 'module not found: /nonexistent/module.py'],
      [[randomPrefix(), '10', dir], 'usage: async_wrapper.py'],
    ];
    const launches = await Promise.all(cases.map(([args]) => runPython([WRAPPER, ...args])));
    launches.forEach((launch, index) => {
      expect(launch.code).toBe(1);
      expect(parseReply(launch)).toEqual({ failed: 1, msg: expect.stringContaining(cases[index][1]) });
    });
  });

  it('fails the launch when the async dir cannot be created', async () => {
    const base = await makeTempDir();
    await writeFile(join(base, 'file'), '');
    const argsPath = await writeJson(base, 'args.json', {});
    const launch = await runPython([WRAPPER, randomPrefix(), '10', join(base, 'file', 'async'), modulePath('ping'), argsPath]);
    expect(launch.code).toBe(1);
    expect(parseReply(launch)).toEqual({
      failed: 1, msg: expect.stringContaining(`could not create the async directory ${join(base, 'file', 'async')}`),
    });
  });

  it('fails the launch, and never runs the module, when the start record cannot be written', async () => {
    const dir = await asyncDir();
    const work = await makeTempDir();
    const witness = join(work, 'module-ran');
    const module = await writeModule(work, 'witness.sh', `mkdir '${witness}'\necho '{}'\n`);
    const argsPath = await writeJson(work, 'args.json', {});
    const launch = await runPython([WRAPPER, randomPrefix(), '10', dir, module, argsPath], { fileSizeLimitBlocks: 0 });

    expect(launch.code).toBe(1);
    expect(parseReply(launch)).toEqual({
      failed: 1, msg: expect.stringMatching(/^could not write the job's start record: \[Errno 27\] File too large/),
    });
    await sleep(300);
    expect(existsSync(witness)).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe.concurrent('the finished record', () => {
  it('carries the command result fields and no started key', async () => {
    const dir = await asyncDir();
    const job = await runJob(dir, modulePath('command'), { argv: ['printf', 'one\\ntwo\\n'] });
    expect(job.record).toEqual({
      changed: true, rc: 0, cmd: ['printf', 'one\\ntwo\\n'], stdout: 'one\ntwo', stderr: '',
      stdout_lines: ['one', 'two'], stderr_lines: [], msg: '',
      start: expect.stringMatching(TIMESTAMP_PATTERN), end: expect.stringMatching(TIMESTAMP_PATTERN),
      delta: expect.stringMatching(DELTA_PATTERN), ansible_job_id: job.jid,
    });
    expect(await readdir(dir)).toEqual([job.jid]);
  });

  it('records a command that exits non-zero as failed, with its rc and stderr', async () => {
    const job = await runJob(await asyncDir(), modulePath('shell'), { _raw_params: 'echo oops >&2; exit 3' });
    expect(job.record).toMatchObject({
      failed: true, rc: 3, msg: 'non-zero return code', stderr: 'oops', stderr_lines: ['oops'],
      cmd: 'echo oops >&2; exit 3', changed: true,
    });
  });

  it('records a module that raises as failed, with its traceback and command', async () => {
    const dir = await asyncDir();
    const argsDir = await makeTempDir();
    const argsPath = await writeJson(argsDir, 'args.json', { data: 'crash' });
    const launch = await runPython([WRAPPER, randomPrefix(), '10', dir, modulePath('ping'), argsPath]);
    const jid = String(parseReply(launch).ansible_job_id);
    const record = await waitForFinalRecord(join(dir, jid));
    expect(record).toEqual({
      failed: 1, rc: 1, data: '', ansible_job_id: jid,
      msg: 'The module did not print a JSON object (it exited with rc 1)',
      stderr: expect.stringContaining('Exception: boom'),
      cmd: [expect.stringContaining('python'), modulePath('ping'), argsPath],
    });
  });

  it('records output that is not JSON as failed, keeping the raw output', async () => {
    const work = await makeTempDir();
    const module = await writeModule(work, 'chatty.sh', 'echo hello\necho "{ not json either"\n');
    const job = await runJob(await asyncDir(), module, {});
    expect(job.record).toEqual({
      failed: 1, rc: 0, data: 'hello\n{ not json either\n', stderr: '', ansible_job_id: job.jid,
      msg: 'The module did not print a JSON object (it exited with rc 0)',
      cmd: ['/bin/sh', module, expect.stringMatching(/args\.json$/)],
    });
  });

  it('records a module that cannot be executed as failed, saying why', async () => {
    const work = await makeTempDir();
    const module = await writeModule(work, 'bad_interpreter', '#!/nonexistent/interpreter\n', 0o755);
    const job = await runJob(await asyncDir(), module, {});
    expect(job.record).toMatchObject({
      failed: 1, rc: 127, data: '', msg: 'The module did not print a JSON object (it exited with rc 127)',
      stderr: expect.stringMatching(/^castoff: could not run the module .*No such file or directory/),
    });
  });

  it('drops text printed before the JSON object', async () => {
    const work = await makeTempDir();
    const module = await writeModule(work, 'banner.sh',
      `echo 'Loading plugins...'\necho '{ broken'\necho '{"changed": false, "answer": 42}'\n`);
    const job = await runJob(await asyncDir(), module, {});
    expect(job.record).toEqual({ changed: false, answer: 42, ansible_job_id: job.jid });
  });

  it('keeps text printed after the JSON object as a warning', async () => {
    const work = await makeTempDir();
    const module = await writeModule(work, 'trailer.sh',
      `echo '{"answer": 42, "warnings": ["from the module"]}'\necho 'Shared connection closed'\n`);
    const job = await runJob(await asyncDir(), module, {});
    expect(job.record).toEqual({
      answer: 42, ansible_job_id: job.jid,
      warnings: ['from the module', 'Module invocation had junk after the JSON data: Shared connection closed'],
    });
  });

  it("adds the module's stderr, unless the module reported its own", async () => {
    const work = await makeTempDir();
    const quiet = await writeModule(work, 'quiet.sh', `echo careful >&2\necho '{"changed": true}'\n`);
    const own = await writeModule(work, 'own.sh', `echo noise >&2\necho '{"stderr": "mine"}'\n`);
    const [quietJob, ownJob] = await Promise.all([runJob(await asyncDir(), quiet, {}), runJob(await asyncDir(), own, {})]);
    expect(quietJob.record).toEqual({ changed: true, stderr: 'careful\n', ansible_job_id: quietJob.jid });
    expect(ownJob.record).toEqual({ stderr: 'mine', ansible_job_id: ownJob.jid });
  });

  it('removes a started key the module printed, so the record still reads as finished', async () => {
    const work = await makeTempDir();
    const module = await writeModule(work, 'started.sh', `echo '{"started": 1, "done": true}'\n`);
    const job = await runJob(await asyncDir(), module, {});
    expect(job.record).toEqual({ done: true, ansible_job_id: job.jid });
  });

  it('gives the module an open stdin that reads end-of-file', async () => {
    const work = await makeTempDir();
    const module = await writeModule(work, 'stdin_probe.py', [
      'import json, os, sys',
      'copy = os.dup(0)',
      'data = os.read(copy, 100)',
      'print(json.dumps({"read": data.decode(), "stdin": sys.stdin.read()}))',
    ].join('\n'));
    const [probe, cat] = await Promise.all([
      runJob(await asyncDir(), module, {}),
      runJob(await asyncDir(), modulePath('command'), { _raw_params: 'cat' }),
    ]);
    expect(probe.record).toEqual({ read: '', stdin: '', ansible_job_id: probe.jid });
    expect(cat.record).toMatchObject({ rc: 0, stdout: '', changed: true });
  });

  it('runs an executable module directly and passes the path of its JSON args file', async () => {
    const work = await makeTempDir();
    const module = await writeModule(work, 'echo_args',
      `#!${PYTHON}\nimport json, sys\nprint(json.dumps({"args": json.load(open(sys.argv[1]))}))\n`,
      0o755);
    const job = await runJob(await asyncDir(), module, { name: 'value' });
    expect(job.record).toEqual({ args: { name: 'value' }, ansible_job_id: job.jid });
  });

  it('keeps the previous record and records the write failure when the result cannot be written', async () => {
    const dir = await asyncDir();
    const work = await makeTempDir();
    const module = await writeModule(work, 'big.py', 'import json\nprint(json.dumps({"blob": "x" * 300000}))\n');
    const job = await runJob(dir, module, {}, { fileSizeLimitBlocks: 100 });
    expect(job.record).toEqual({
      failed: 1, msg: 'could not write the job result: [Errno 27] File too large', ansible_job_id: job.jid,
    });
    expect(await readdir(dir)).toEqual([job.jid]);
  });

  it('leaves no temporary files behind after many jobs in one dir', async () => {
    const dir = await asyncDir();
    const jobs = await Promise.all(
      Array.from({ length: 6 }, (_, index) => runJob(dir, modulePath('command'), { argv: ['echo', String(index)] })),
    );
    expect((await readdir(dir)).sort()).toEqual(jobs.map((job) => job.jid).sort());
    expect(jobs.map((job) => job.record.stdout)).toEqual(['0', '1', '2', '3', '4', '5']);
  });
});

describe.concurrent('the watchdog', () => {
  it('adopts and reaps descendants orphaned while the job runs', async () => {
    const job = await launchJob(await asyncDir(), modulePath('shell'), { _raw_params: '(sleep 4 &); sleep 15' }, { limit: 60 });
    const watchdog = job.reply.pid as number;
    const orphanOf = () => jobProcesses(job.jid).find((pid) => commandLine(pid) === 'sleep 4');
    expect(await until(() => orphanOf() !== undefined, 3500)).toBe(true);
    const orphan = orphanOf();
    expect(childrenOf(watchdog).map((child) => child.pid)).toContain(orphan);

    // The orphan ends after 4 s; unreaped, it would stay a zombie child of the watchdog until the job
    // ends at 15 s. Reaped, it is gone long before.
    expect(await until(() => !isAlive(orphan as number), 10_000)).toBe(true);
    expect(childrenOf(watchdog).filter((child) => child.state === 'Z')).toEqual([]);
    expect(childrenOf(watchdog).filter((child) => child.state === 'Z')).toEqual([]);
    expect(await waitForFinalRecord(job.statusPath)).toMatchObject({ rc: 0 });
  });

  it('exits once the job is finished, leaving nothing of the job running', async () => {
    const job = await runJob(await asyncDir(), modulePath('shell'), { _raw_params: 'sleep 0.2 & echo done' });
    expect(job.record).toMatchObject({ rc: 0, stdout: 'done' });
    expect(await until(() => !isAlive(job.reply.pid as number))).toBe(true);
    expect(jobProcesses(job.jid)).toEqual([]);
  });
});

describe.concurrent('terminating a job', () => {
  it('kills a running job and records it as killed', async () => {
    const dir = await asyncDir();
    const job = await launchJob(dir, modulePath('shell'), { _raw_params: 'sleep 60 & setsid sleep 60 & wait' });
    expect(await until(() => jobProcesses(job.jid).length === 4)).toBe(true);

    const result = await terminate(dir, job.jid, 10);
    expect(result.code).toBe(0);
    // Well under the 10 s grace: SIGTERM was enough.
    expect(result.elapsedMs).toBeLessThan(8000);
    const expected = {
      failed: true, killed: true, msg: 'Job terminated by request', elapsed: expect.any(Number), ansible_job_id: job.jid,
    };
    expect(parseReply(result)).toEqual({ ...expected, finished: 1 });
    expect(await readRecord(job.statusPath)).toEqual(expected);
    expect(jobProcesses(job.jid)).toEqual([]);
    expect(await readdir(dir)).toEqual([job.jid]);
  });

  it('uses the requested grace before SIGKILL for processes that ignore SIGTERM', async () => {
    const dir = await asyncDir();
    const job = await launchJob(dir, modulePath('shell'), { _raw_params: "trap '' TERM; sleep 60" });
    expect(await until(() => jobProcesses(job.jid).map(commandLine).includes('sleep 60'))).toBe(true);
    const result = await terminate(dir, job.jid, 3);
    expect(parseReply(result)).toMatchObject({ killed: true, finished: 1 });
    // Longer than the default grace of 2 s: the requested one was used.
    expect(result.elapsedMs).toBeGreaterThanOrEqual(3000);
    expect(jobProcesses(job.jid)).toEqual([]);
  });

  it("kills the job's processes itself when the watchdog is gone", async () => {
    const dir = await asyncDir();
    const job = await launchJob(dir, modulePath('shell'), { _raw_params: 'sleep 60 & setsid sleep 60 & wait' });
    expect(await until(() => jobProcesses(job.jid).length === 4)).toBe(true);
    killQuietly(job.reply.pid as number, 'SIGKILL');
    expect(await until(() => !isAlive(job.reply.pid as number) || procStat(job.reply.pid as number)?.state === 'Z')).toBe(true);
    expect(jobProcesses(job.jid).length).toBeGreaterThanOrEqual(3);

    const result = await terminate(dir, job.jid, 0.5);
    expect(parseReply(result)).toMatchObject({ failed: true, killed: true, finished: 1, ansible_job_id: job.jid });
    expect(await readRecord(job.statusPath)).toMatchObject({ killed: true, msg: 'Job terminated by request' });
    expect(jobProcesses(job.jid)).toEqual([]);
  });

  it('--read-status says a running job whose watchdog is gone is orphaned (exit 6), and a live one is not', async () => {
    const dir = await asyncDir();
    const job = await launchJob(dir, modulePath('shell'), { _raw_params: 'sleep 60' });
    const live = await runPython([WRAPPER, '--read-status', dir, job.jid, '10000']);
    expect(live.code).toBe(0);
    expect(JSON.parse(live.stdout)).toMatchObject({ started: 1, ansible_job_id: job.jid });
    killQuietly(job.reply.pid as number, 'SIGKILL');
    expect(await until(() => !isAlive(job.reply.pid as number) || procStat(job.reply.pid as number)?.state === 'Z')).toBe(true);
    const gone = await runPython([WRAPPER, '--read-status', dir, job.jid, '10000']);
    expect(gone.code).toBe(6);
    expect(JSON.parse(gone.stdout)).toMatchObject({ started: 1, ansible_job_id: job.jid, pid: job.reply.pid });
    await terminate(dir, job.jid, 0.5);
    expect(jobProcesses(job.jid)).toEqual([]);
  });

  it('reports the result of a job that already finished, and changes nothing', async () => {
    const dir = await asyncDir();
    const job = await runJob(dir, modulePath('command'), { argv: ['true'] });
    const result = await terminate(dir, job.jid);
    expect(result.code).toBe(0);
    expect(parseReply(result)).toEqual({ ...job.record, finished: 1 });
    expect(await readRecord(job.statusPath)).toEqual(job.record);
  });

  it('says it cannot find a job that has no status file', async () => {
    const dir = await asyncDir();
    await mkdir(dir);
    const result = await terminate(dir, 'j1.2');
    expect(result.code).toBe(1);
    expect(parseReply(result)).toEqual({ failed: 1, msg: 'could not find job', ansible_job_id: 'j1.2' });
  });

  it('refuses a job id that is not j<digits>.<digits>', async () => {
    const base = await makeTempDir();
    const dir = join(base, 'async');
    await mkdir(dir);
    await writeFile(join(base, 'x'), '{"started": 1, "pid": 1}');
    const results = await Promise.all(['../x', 'j1.2/../../x', 'j1.2\n'].map((jid) => terminate(dir, jid)));
    for (const result of results) {
      expect(result.code).toBe(1);
      expect(parseReply(result)).toEqual({ failed: 1, msg: expect.stringContaining('invalid job id') });
    }
    expect(existsSync(join(base, 'x'))).toBe(true);
  });
});
