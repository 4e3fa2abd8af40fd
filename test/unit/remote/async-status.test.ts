import { existsSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  WRAPPER,
  cleanUp,
  launchJob,
  makeTempDir,
  modulePath,
  parseReply,
  readRecord,
  runJob,
  runPython,
  writeJson,
} from './harness.js';

afterAll(cleanUp);

async function asyncStatus(args: Record<string, unknown>) {
  const argsPath = await writeJson(await makeTempDir(), 'args.json', args);
  const finished = await runPython([modulePath('async_status'), argsPath]);
  return parseReply(finished);
}

async function asyncDir(): Promise<string> {
  const dir = join(await makeTempDir(), 'async');
  await mkdir(dir);
  return dir;
}

describe.concurrent('async_status', () => {
  it('reports a running job as started and not finished, with empty output', async () => {
    const dir = await asyncDir();
    const job = await launchJob(dir, modulePath('shell'), { _raw_params: 'sleep 30' });
    try {
      expect(await asyncStatus({ jid: job.jid, _async_dir: dir })).toEqual({
        started: 1, finished: 0, ansible_job_id: job.jid, results_file: job.statusPath, changed: false,
        stdout: '', stderr: '', stdout_lines: [], stderr_lines: [],
      });
    } finally {
      await runPython([WRAPPER, '--terminate', dir, job.jid, '0.5']);
    }
  });

  it('reports a finished job with its record, finished: 1 and derived lines', async () => {
    const dir = await asyncDir();
    const work = await makeTempDir();
    await writeFile(join(work, 'module.sh'), `printf '%s\\n' '{"changed": true, "stdout": "a\\nb", "stderr": "w"}'\n`);
    const job = await runJob(dir, join(work, 'module.sh'), {});
    expect(await asyncStatus({ jid: job.jid, _async_dir: dir })).toEqual({
      changed: true, stdout: 'a\nb', stderr: 'w', stdout_lines: ['a', 'b'], stderr_lines: ['w'],
      started: 1, finished: 1, ansible_job_id: job.jid, results_file: job.statusPath,
    });
  });

  it('passes on a failed job as failed', async () => {
    const dir = await asyncDir();
    const job = await runJob(dir, modulePath('command'), { argv: ['false'] });
    expect(await asyncStatus({ jid: job.jid, _async_dir: dir, mode: 'status' })).toMatchObject({
      failed: true, rc: 1, msg: 'non-zero return code', finished: 1, started: 1,
    });
  });

  it('says it cannot find a job without a status file', async () => {
    const dir = await asyncDir();
    expect(await asyncStatus({ jid: 'j12.34', _async_dir: dir })).toEqual({
      failed: true, msg: 'could not find job', started: 1, finished: 1, ansible_job_id: 'j12.34',
    });
    expect(await asyncStatus({ jid: 'j12.34', _async_dir: dir, mode: 'cleanup' })).toMatchObject({
      failed: true, msg: 'could not find job',
    });
  });

  it('erases the status file of a finished job on cleanup', async () => {
    const dir = await asyncDir();
    const job = await runJob(dir, modulePath('ping'), {});
    expect(await asyncStatus({ jid: job.jid, _async_dir: dir, mode: 'cleanup' })).toEqual({
      erased: job.statusPath, started: 1, finished: 1, ansible_job_id: job.jid,
    });
    expect(existsSync(job.statusPath)).toBe(false);
  });

  it('erases the arguments file castoff names along with a finished job, but not a running one\'s', async () => {
    const dir = await asyncDir();
    const done = await runJob(dir, modulePath('ping'), {});
    const doneArgs = join(dir, 'done-args.json');
    writeFileSync(doneArgs, '{}');
    expect(await asyncStatus({ jid: done.jid, _async_dir: dir, mode: 'cleanup', _castoff_args_file: doneArgs })).toMatchObject({ erased: done.statusPath });
    expect(existsSync(doneArgs)).toBe(false);
    const running = await launchJob(dir, modulePath('shell'), { _raw_params: 'sleep 30' });
    const runningArgs = join(dir, 'running-args.json');
    writeFileSync(runningArgs, '{}');
    expect(await asyncStatus({ jid: running.jid, _async_dir: dir, mode: 'cleanup', _castoff_args_file: runningArgs })).toMatchObject({ failed: true });
    expect(existsSync(runningArgs)).toBe(true);
    await runPython([WRAPPER, '--terminate', dir, running.jid, '0.5']);
  });

  it('refuses to clean up a running job until it is terminated', async () => {
    const dir = await asyncDir();
    const job = await launchJob(dir, modulePath('shell'), { _raw_params: 'sleep 30' });
    expect(await asyncStatus({ jid: job.jid, _async_dir: dir, mode: 'cleanup' })).toMatchObject({
      failed: true, finished: 0, msg: `job ${job.jid} is still running; terminate it before cleaning it up`,
    });
    expect(await readRecord(job.statusPath)).toMatchObject({ started: 1 });

    const terminated = parseReply(await runPython([WRAPPER, '--terminate', dir, job.jid, '0.5']));
    expect(terminated).toMatchObject({ killed: true });
    expect(await asyncStatus({ jid: job.jid, _async_dir: dir, mode: 'cleanup' })).toMatchObject({ erased: job.statusPath });
    expect(existsSync(job.statusPath)).toBe(false);
  });

  it('refuses a job id that could escape the async dir, reading and removing nothing', async () => {
    const base = await makeTempDir();
    const dir = join(base, 'async');
    await mkdir(dir);
    await writeFile(join(base, 'x'), '{"finished": 1}');
    for (const mode of ['status', 'cleanup']) {
      expect(await asyncStatus({ jid: '../x', _async_dir: dir, mode })).toEqual({
        failed: true, msg: "invalid job id '../x': it must match ^j\\d+\\.\\d+$",
      });
    }
    expect(existsSync(join(base, 'x'))).toBe(true);
  });

  it('says a status file is corrupt when it is not JSON', async () => {
    const dir = await asyncDir();
    await writeFile(join(dir, 'j1.1'), '{"started": 1, "fini');
    const result = await asyncStatus({ jid: 'j1.1', _async_dir: dir });
    expect(result).toMatchObject({
      failed: true, msg: expect.stringMatching(new RegExp(`^the job file ${join(dir, 'j1.1')} is corrupt \\(not JSON\\)`)),
    });
  });

  it('says a status file is unreadable when it cannot be read', async () => {
    const dir = await asyncDir();
    await mkdir(join(dir, 'j1.2'));
    const result = await asyncStatus({ jid: 'j1.2', _async_dir: dir });
    expect(result).toMatchObject({
      failed: true, msg: expect.stringMatching(new RegExp(`^the job file ${join(dir, 'j1.2')} is unreadable: \\[Errno 21\\]`)),
    });
  });

  it('refuses an unknown mode and a relative async dir', async () => {
    expect(await asyncStatus({ jid: 'j1.2', _async_dir: '/tmp', mode: 'terminate' })).toEqual({
      failed: true, msg: 'value of mode must be one of: status, cleanup, got: terminate',
    });
    expect(await asyncStatus({ jid: 'j1.2', _async_dir: 'relative' })).toMatchObject({
      failed: true, msg: "_async_dir must be an absolute path, got 'relative'",
    });
  });
});

describe('async_status and a status file larger than the wrapper ever writes', () => {
  const limit = 4096;
  const maxBytes = 2 * limit + 512 * 1024;

  it('reports it as too large without reading it whole', async () => {
    const dir = await asyncDir();
    const path = join(dir, 'j1.1');
    writeFileSync(path, ' '.repeat(maxBytes + 1));
    const reply = await asyncStatus({ jid: 'j1.1', _async_dir: dir, _castoff_output_limit: limit });
    expect(reply).toMatchObject({
      failed: true,
      finished: 0,
      results_file: path,
      msg: `the job file ${path} is too large to read: more than ${maxBytes} bytes (output_limit ${limit})`,
    });
    expect(existsSync(path)).toBe(true);
  });

  it('erases it on cleanup, as it cannot be a running job', async () => {
    const dir = await asyncDir();
    const path = join(dir, 'j1.2');
    writeFileSync(path, ' '.repeat(maxBytes + 1));
    const reply = await asyncStatus({ jid: 'j1.2', mode: 'cleanup', _async_dir: dir, _castoff_output_limit: limit });
    expect(reply).toMatchObject({ erased: path, finished: 1 });
    expect(existsSync(path)).toBe(false);
  });
});
