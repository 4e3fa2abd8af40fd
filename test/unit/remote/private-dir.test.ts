// The private-dir rule on the async dir, for every wrapper entry point and async_status: a symlink,
// a directory of another user, or one that group or others may write, is refused and left as it was.
import { chmodSync, chownSync, lstatSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WRAPPER, cleanUp, launchJob, makeTempDir, modulePath, parseReply, runPython, writeJson, writeModule } from './harness.js';

afterAll(cleanUp);

const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** Launches a module that leaves a witness directory if it runs: a refusal comes before any fork, so nothing can run later. */
async function launchWitness(asyncDir: string) {
  const work = await makeTempDir();
  const witness = join(work, 'module-ran');
  const module = await writeModule(work, 'witness.sh', `mkdir '${witness}'\necho '{}'\n`);
  const argsPath = await writeJson(work, 'args.json', {});
  const launch = await runPython([WRAPPER, 'j123', '10', asyncDir, module, argsPath]);
  let ran = true;
  try {
    lstatSync(witness);
  } catch {
    ran = false;
  }
  return { launch, reply: parseReply(launch), ran };
}

describe.concurrent('the async dir must be private to the job user', () => {
  it('creates a missing async dir with mode 0700', async () => {
    const dir = join(await makeTempDir(), 'a', 'async');
    const job = await launchJob(dir, modulePath('ping'), {});
    expect(lstatSync(dir).mode & 0o7777).toBe(0o700);
    expect(job.reply.started).toBe(1);
  });

  it('refuses a world-writable sticky dir such as /tmp, and leaves its mode alone', async () => {
    const dir = join(await makeTempDir(), 'shared');
    mkdirSync(dir);
    chmodSync(dir, 0o1777);
    const { launch, reply, ran } = await launchWitness(dir);
    expect(launch.code).toBe(1);
    expect(reply).toEqual({ failed: 1, msg: expect.stringContaining(`the async directory ${dir} is writable by group or others (mode 1777)`) });
    expect(lstatSync(dir).mode & 0o7777).toBe(0o1777);
    expect(readdirSync(dir)).toEqual([]);
    expect(ran).toBe(false);
  });

  it('refuses a group-writable dir', async () => {
    const dir = join(await makeTempDir(), 'group');
    mkdirSync(dir);
    chmodSync(dir, 0o770);
    const { reply } = await launchWitness(dir);
    expect(reply.msg).toContain('is writable by group or others (mode 0770)');
    expect(lstatSync(dir).mode & 0o7777).toBe(0o770);
  });

  it('refuses a symlink at the async dir path and writes nothing through it', async () => {
    const base = await makeTempDir();
    const target = join(base, 'target');
    mkdirSync(target, { mode: 0o700 });
    const link = join(base, 'async');
    symlinkSync(target, link);
    const { reply, ran } = await launchWitness(link);
    expect(reply).toEqual({ failed: 1, msg: `the async directory ${link} is a symbolic link, which castoff does not follow` });
    expect(readdirSync(target)).toEqual([]);
    expect(lstatSync(target).mode & 0o7777).toBe(0o700);
    expect(ran).toBe(false);
  });

  it('refuses a dangling symlink instead of creating its target', async () => {
    const base = await makeTempDir();
    const link = join(base, 'async');
    symlinkSync(join(base, 'elsewhere'), link);
    const { reply } = await launchWitness(link);
    expect(reply.msg).toContain('is a symbolic link');
    expect(readdirSync(base)).toEqual(['async']);
  });

  it.runIf(asRoot)('refuses a dir that belongs to another user', async () => {
    const dir = join(await makeTempDir(), 'theirs');
    mkdirSync(dir, { mode: 0o700 });
    chownSync(dir, NOBODY, NOBODY);
    const { reply, ran } = await launchWitness(dir);
    expect(reply.msg).toMatch(new RegExp(`^the async directory ${dir} belongs to (nobody|uid 65534), not to root, the user the job runs as$`));
    expect(readdirSync(dir)).toEqual([]);
    expect(ran).toBe(false);
  });
});

describe.concurrent('reading and acting on a job in a directory that is not private', () => {
  async function forgedRecord(): Promise<{ dir: string; jid: string }> {
    const dir = join(await makeTempDir(), 'theirs');
    mkdirSync(dir, { mode: 0o755 });
    const jid = 'j42.42';
    writeFileSync(join(dir, jid), JSON.stringify({ rc: 0, stdout: 'forged', changed: true }));
    return { dir, jid };
  }

  it('--read-status copies the record from a private dir, and says when there is none', async () => {
    const { dir, jid } = await forgedRecord();
    const read = await runPython([WRAPPER, '--read-status', dir, jid, '1000']);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({ stdout: 'forged' });
    expect((await runPython([WRAPPER, '--read-status', dir, 'j1.1', '1000'])).code).toBe(3);
    expect((await runPython([WRAPPER, '--read-status', join(dir, 'none'), jid, '1000'])).code).toBe(3);
  });

  it('--read-status refuses a record in a group-writable dir (exit 4), printing nothing of it', async () => {
    const { dir, jid } = await forgedRecord();
    chmodSync(dir, 0o777);
    const read = await runPython([WRAPPER, '--read-status', dir, jid, '1000']);
    expect(read.code).toBe(4);
    expect(read.stdout).toBe('');
    expect(read.stderr).toContain(`the async directory ${dir} is writable by group or others (mode 0777)`);
  });

  it.runIf(asRoot)('--read-status, --terminate and async_status refuse a record in a dir of another user', async () => {
    const { dir, jid } = await forgedRecord();
    chownSync(dir, NOBODY, NOBODY);
    const read = await runPython([WRAPPER, '--read-status', dir, jid, '1000']);
    expect(read.code).toBe(4);
    expect(read.stdout).toBe('');
    expect(read.stderr).toContain('belongs to');
    const killed = await runPython([WRAPPER, '--terminate', dir, jid]);
    expect(parseReply(killed)).toEqual({ failed: 1, msg: expect.stringContaining(`the async directory ${dir} belongs to`) });
    const argsPath = await writeJson(await makeTempDir(), 'args.json', { jid, _async_dir: dir });
    const status = parseReply(await runPython([modulePath('async_status'), argsPath]));
    expect(status).toMatchObject({ failed: true, msg: expect.stringContaining('belongs to') });
    expect(status).not.toHaveProperty('stdout');
  });

  it('--read-status does not follow a symlink planted as the status file', async () => {
    const { dir } = await forgedRecord();
    symlinkSync(join(dir, 'j42.42'), join(dir, 'j7.7'));
    const read = await runPython([WRAPPER, '--read-status', dir, 'j7.7', '1000']);
    expect(read.code).toBe(5);
    expect(read.stdout).toBe('');
  });
});
