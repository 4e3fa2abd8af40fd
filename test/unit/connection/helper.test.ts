// The warm helper (remote/helper.py) run by the local Python, driven by the controller's client and
// by the HelperConnection decorator over a local stand-in for an SSH channel.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HeadTailBuffer, LocalConnection, stdoutText, type SpawnedCommand, type SpawnOptions } from '../../../src/connection/index.js';
import { HelperClient, type HelperTransport } from '../../../src/connection/helper/client.js';
import { HelperConnection } from '../../../src/connection/helper/helper-connection.js';
import { helperExec, helperGet, helperWatch } from '../../../src/connection/helper/ops.js';
import { CancelledError, HelperLostError, RemoteFileError } from '../../../src/core/errors.js';
import { PYTHON, REMOTE_DIR } from '../remote/harness.js';

const HELPER = join(REMOTE_DIR, 'helper.py');
const children: ChildProcessWithoutNullStreams[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

/** Retries `check` until it passes, or throws its last failure after `withinMs`: an outcome, not a fixed sleep. */
async function until(check: () => unknown, withinMs = 15_000): Promise<void> {
  const end = performance.now() + withinMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (performance.now() > end) throw err;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A helper process with a client on its pipes, as an SSH channel would carry them. */
function startLocalHelper(host = 'h1'): { child: ChildProcessWithoutNullStreams; client: HelperClient } {
  const child = spawn(PYTHON, [HELPER]);
  children.push(child);
  child.stdin.on('error', () => undefined);
  const client = new HelperClient(host, { write: (line) => child.stdin.write(line), close: () => child.stdin.end() }, { maxLineBytes: 64 * 1024 * 1024 });
  child.stdout.on('data', (chunk: Buffer) => client.receive(chunk));
  child.on('exit', (code, signal) => client.closed(`it ended (${signal ?? code})`));
  return { child, client };
}

/** A client fed by hand: what a broken or hostile helper could send. */
function scriptedClient(host = 'h9'): { client: HelperClient; sent: string[]; closed: () => boolean } {
  const sent: string[] = [];
  let closed = false;
  const transport: HelperTransport = { write: (line) => sent.push(line), close: () => (closed = true) };
  const client = new HelperClient(host, transport, { maxLineBytes: 1000 });
  client.receive(Buffer.from('{"ready":1,"pid":42,"protocol":1}\n'));
  return { client, sent, closed: () => closed };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'castoff-helper-'));
}

function writeRecord(dir: string, jid: string, record: object): void {
  const tmp = join(dir, `.${jid}.tmp`);
  writeFileSync(tmp, JSON.stringify(record));
  renameSync(tmp, join(dir, jid));
}

describe('the warm helper and its client', () => {
  it('greets, then runs a command with stdin and environment and reports rc and both streams', async () => {
    const { client } = startLocalHelper();
    const hello = await client.ready;
    expect(hello.pid).toBeGreaterThan(0);
    const r = await helperExec(client, 'cat; printf "%s" "$X"; echo e >&2; exit 4', { stdin: 'in\n', env: { X: 'a b' } }, 1000);
    expect([r.rc, r.signal, r.stdout.toString(), r.stderr.toString(), r.truncated]).toEqual([4, null, 'in\na b', 'e\n', undefined]);
    client.close();
  });

  it('keeps output head and tail exactly as HeadTailBuffer does, with the same truncation numbers', async () => {
    const { client } = startLocalHelper();
    const script = 'i=0; while [ $i -lt 3000 ]; do echo "line $i"; i=$((i+1)); done';
    const r = await helperExec(client, script, {}, 1001);
    const whole = await new LocalConnection().exec(script);
    const expected = new HeadTailBuffer(1001);
    expected.push(whole.stdout);
    expect(r.stdout.equals(expected.toBuffer())).toBe(true);
    expect(r.truncated).toEqual({ stdout: expected.truncation });
    client.close();
  });

  it('answers concurrent requests as each finishes, not in the order asked', async () => {
    const { client } = startLocalHelper();
    await client.ready;
    const order: string[] = [];
    const slow = helperExec(client, 'sleep 1; echo slow', {}, 100).then((r) => order.push(r.stdout.toString().trim()));
    const fast = helperExec(client, 'echo fast', {}, 100).then((r) => order.push(r.stdout.toString().trim()));
    await Promise.all([slow, fast]);
    expect(order).toEqual(['fast', 'slow']);
    client.close();
  });

  it('stops a command at timeoutSeconds with rc 124, its whole process group with it', async () => {
    const { client } = startLocalHelper();
    const marker = `castoff-helper-timeout-${process.pid}-${Date.now()}`;
    const r = await helperExec(client, `sh -c 'sleep 30; : ${marker}' & sleep 31; wait`, { timeoutSeconds: 1 }, 100);
    expect(r.rc).toBe(124);
    await until(async () => expect(stdoutText(await new LocalConnection().exec(`pgrep -f '${marker}$' || true`)).trim()).toBe(''));
    client.close();
  });

  it('cancels a running command on abort: CancelledError at once, its process tree killed, setsid children too', async () => {
    const { client } = startLocalHelper();
    const marker = `castoff-helper-cancel-${process.pid}-${Date.now()}`;
    const abort = new AbortController();
    const running = helperExec(client, `setsid sh -c 'sleep 30; : ${marker}' & sleep 31; wait`, { signal: abort.signal }, 100);
    const local = new LocalConnection();
    await until(async () => expect(stdoutText(await local.exec(`pgrep -f '${marker}$' || true`)).trim()).not.toBe(''));
    abort.abort();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    await until(async () => expect(stdoutText(await local.exec(`pgrep -f '${marker}$' || true`)).trim()).toBe(''));
    // The helper takes the cancelled command's late reply in its stride and goes on.
    expect((await helperExec(client, 'echo still', {}, 100)).stdout.toString()).toBe('still\n');
    client.close();
  });

  it('exits when its stdin closes, killing the commands it still runs', async () => {
    const { child, client } = startLocalHelper();
    const marker = `castoff-helper-eof-${process.pid}-${Date.now()}`;
    const running = helperExec(client, `sleep 30; : ${marker}`, {}, 100);
    const local = new LocalConnection();
    await until(async () => expect(stdoutText(await local.exec(`pgrep -f '${marker}$' || true`)).trim()).not.toBe(''));
    child.stdin.end();
    await expect(running).rejects.toBeInstanceOf(HelperLostError);
    await until(() => expect(child.exitCode).toBe(0));
    await until(async () => expect(stdoutText(await local.exec(`pgrep -f '${marker}$' || true`)).trim()).toBe(''));
  });

  it('reads files up to a limit, with EFBIG past it and ENOENT for a missing one', async () => {
    const { client } = startLocalHelper();
    const dir = tempDir();
    writeFileSync(join(dir, 'f'), 'hello');
    expect((await helperGet(client, 'h1', join(dir, 'f'), 5)).toString()).toBe('hello');
    await expect(helperGet(client, 'h1', join(dir, 'f'), 4)).rejects.toMatchObject({ code: 'EFBIG', host: 'h1' });
    await expect(helperGet(client, 'h1', join(dir, 'missing'), 4)).rejects.toBeInstanceOf(RemoteFileError);
    await expect(helperGet(client, 'h1', join(dir, 'missing'), 4)).rejects.toMatchObject({ code: 'ENOENT' });
    client.close();
  });

  it('a watch answers once the job record turns final, and at once for a job that has no file', async () => {
    const { client } = startLocalHelper();
    const dir = tempDir();
    const jid = 'j123.456';
    writeRecord(dir, jid, { started: 1, finished: 0, ansible_job_id: jid });
    const watch = { jid, asyncDir: dir, python: PYTHON };
    let ended = false;
    const watching = helperWatch(client, watch, new AbortController().signal).then((end) => {
      ended = true;
      return end;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ended).toBe(false);
    writeRecord(dir, jid, { rc: 0, changed: true, ansible_job_id: jid });
    expect(await watching).toBe('final');
    expect(await helperWatch(client, { ...watch, jid: 'j1.2' }, new AbortController().signal)).toBe('gone');
    client.close();
  });

  it('a watch refuses an async dir another user could change, so a forged record is never trusted', async () => {
    const { client } = startLocalHelper();
    const dir = tempDir();
    chmodSync(dir, 0o777);
    writeRecord(dir, 'j1.1', { rc: 0 });
    await expect(helperWatch(client, { jid: 'j1.1', asyncDir: dir, python: PYTHON }, new AbortController().signal)).rejects.toThrow(/writable|group|others/);
    client.close();
  });

  it('a reply that is not JSON loses the helper: what waits fails with an error naming the host', async () => {
    const { client, sent, closed } = scriptedClient('web3');
    const waiting = client.request('stat', { path: '/x' }, 'checking /x');
    expect(JSON.parse(sent[0])).toMatchObject({ op: 'stat', path: '/x', id: 1 });
    client.receive(Buffer.from('\u001b[31mnot json\n'));
    await expect(waiting).rejects.toThrow(/^web3: the warm helper was lost while checking \/x: it sent a line that is not JSON/);
    expect(closed()).toBe(true);
    await expect(client.request('stat', { path: '/y' }, 'checking /y')).rejects.toBeInstanceOf(HelperLostError);
  });

  it('refuses replies to requests nobody made, replies of the wrong shape, and overlong lines', async () => {
    const unknown = scriptedClient();
    const a = unknown.client.request('stat', { path: '/x' }, 'checking /x');
    unknown.client.receive(Buffer.from('{"id":77,"ok":{}}\n'));
    await expect(a).rejects.toThrow(/request 77, which nobody waits for/);

    const shapeless = scriptedClient();
    const b = shapeless.client.request('stat', { path: '/x' }, 'checking /x');
    shapeless.client.receive(Buffer.from('{"id":1,"ok":{},"error":{"code":"x","message":"y"}}\n'));
    await expect(b).rejects.toThrow(/neither a result nor an error/);

    const long = scriptedClient();
    const c = long.client.request('stat', { path: '/x' }, 'checking /x');
    long.client.receive(Buffer.alloc(600, 0x61));
    long.client.receive(Buffer.alloc(600, 0x61));
    await expect(c).rejects.toThrow(/a line longer than 1000 bytes/);
  });

  it('an exec reply whose fields are not what an exec answers is refused', async () => {
    const { client } = scriptedClient('db1');
    const pending = helperExec(client, 'true', {}, 100);
    client.receive(Buffer.from('{"id":1,"ok":{"rc":"zero","signal":null,"stdout":"","stderr":""}}\n'));
    await expect(pending).rejects.toThrow(/rc and signal/);
  });
});

/** A local connection that can also keep a command running, as SSH's spawn does. */
class SpawningLocal extends LocalConnection {
  readonly spawnedPids: number[] = [];
  readonly exited: number[] = [];

  spawn(command: string, options: SpawnOptions): Promise<SpawnedCommand> {
    this.stats.execs++;
    this.stats.roundTrips++;
    const child = spawn('/bin/sh', ['-c', `exec ${command}`]);
    children.push(child);
    this.spawnedPids.push(child.pid!);
    child.stdin.on('error', () => undefined);
    child.stdout.on('data', (chunk: Buffer) => options.onStdout(chunk));
    child.stderr.on('data', (chunk: Buffer) => options.onStderr?.(chunk));
    child.on('exit', (rc, signal) => {
      this.exited.push(child.pid!);
      options.onClose({ exit: { rc, signal } });
    });
    return Promise.resolve({ write: (data) => void child.stdin.write(data), close: () => child.stdin.end() });
  }
}

function helperConnection(): { inner: SpawningLocal; conn: HelperConnection; warnings: string[] } {
  const inner = new SpawningLocal('node1');
  const warnings: string[] = [];
  const conn = new HelperConnection(inner, { onWarning: (message) => warnings.push(message) });
  return { inner, conn, warnings };
}

/** The command line of the process that ran an exec: the helper's when the exec went through it. */
const PARENT = 'cat /proc/$PPID/cmdline | tr "\\0" " "';

describe('HelperConnection', () => {
  it('runs execs on the inner connection until a helper is started, then through the helper: one channel for all', async () => {
    const { inner, conn } = helperConnection();
    expect(stdoutText(await conn.exec(PARENT))).not.toContain('helper.py');
    expect(inner.stats.execs).toBe(1);
    conn.startHelper({ python: PYTHON, dir: REMOTE_DIR });
    for (let i = 0; i < 3; i++) expect(stdoutText(await conn.exec(PARENT))).toContain('helper.py');
    expect(inner.stats.execs).toBe(2);
    expect(inner.stats.helperRequests).toBe(3);
    await conn.close();
  });

  it('puts, gets, stats and makes directories through the helper with the modes asked for', async () => {
    const { inner, conn } = helperConnection();
    conn.startHelper({ python: PYTHON, dir: REMOTE_DIR });
    const dir = tempDir();
    await conn.mkdirp(join(dir, 'a/b'), 0o750);
    await conn.put(join(dir, 'a/b/f'), 'data', 0o640);
    expect((await conn.get(join(dir, 'a/b/f'), { maxBytes: 100 })).toString()).toBe('data');
    expect(await conn.stat(join(dir, 'a/b/f'))).toMatchObject({ size: 4, mode: 0o640, isFile: true, isDirectory: false });
    expect(statSync(join(dir, 'a')).mode & 0o777).toBe(0o750);
    expect(await conn.stat(join(dir, 'nothing'))).toBeNull();
    await expect(conn.put(join(dir, 'no/such/dir/f'), 'x')).rejects.toMatchObject({ code: 'ENOENT', host: 'node1' });
    await conn.rmrf(join(dir, 'a'));
    expect(existsSync(join(dir, 'a'))).toBe(false);
    expect(inner.stats.fileOps).toBe(0);
    expect(inner.stats.helperRequests).toBe(7);
    await conn.close();
  });

  it('fails the exec a lost helper was running, naming the host, and starts a new helper for the next one', async () => {
    const { inner, conn } = helperConnection();
    conn.startHelper({ python: PYTHON, dir: REMOTE_DIR });
    await conn.exec('true');
    const running = conn.exec('sleep 30');
    await new Promise((resolve) => setTimeout(resolve, 200));
    process.kill(inner.spawnedPids[0], 'SIGKILL');
    await expect(running).rejects.toThrow(/^node1: the warm helper was lost while running a command: it was killed by signal SIGKILL/);
    expect(stdoutText(await conn.exec(PARENT))).toContain('helper.py');
    expect(inner.spawnedPids).toHaveLength(2);
    await conn.close();
  });

  it('goes on without a helper that did not start in time, at once: starting it again would only load the host more', async () => {
    const inner = new SpawningLocal('node1');
    const warnings: string[] = [];
    const conn = new HelperConnection(inner, { onWarning: (message) => warnings.push(message), startTimeoutMs: 300 });
    // A "helper" that never greets, as Python on a host too busy to start it in time.
    const dir = tempDir();
    writeFileSync(join(dir, 'helper.py'), 'import time\ntime.sleep(30)\n');
    conn.startHelper({ python: PYTHON, dir });
    for (let i = 0; i < 3; i++) expect(stdoutText(await conn.exec(PARENT))).not.toContain('helper.py');
    expect(inner.spawnedPids).toHaveLength(1);
    expect(warnings).toEqual([
      "node1: castoff's warm helper (as the login user) did not start in time (node1: the warm helper did not start within 0.3 s); the rest of the run reaches this host without it",
    ]);
    await conn.close();
  });

  it('after a few lost helpers goes on without one, with one warning', async () => {
    const { inner, conn, warnings } = helperConnection();
    conn.startHelper({ python: PYTHON, dir: REMOTE_DIR });
    for (let i = 0; i < 6; i++) {
      expect((await conn.exec('echo ok')).stdout.toString()).toBe('ok\n');
      const last = inner.spawnedPids[inner.spawnedPids.length - 1];
      if (!inner.exited.includes(last)) process.kill(last, 'SIGKILL');
      await until(() => expect(inner.exited).toContain(last));
    }
    expect(inner.spawnedPids).toHaveLength(4);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^node1: castoff's warm helper \(as the login user\) was started 4 times and lost/);
    expect(stdoutText(await conn.exec(PARENT))).not.toContain('helper.py');
    await conn.close();
  });

  it('watchJob resolves when the record turns final; rejects without a helper of the job user', async () => {
    const { conn } = helperConnection();
    const dir = tempDir();
    const jid = 'j9.9';
    const job = { jid, asyncDir: dir, python: PYTHON };
    await expect(conn.watchJob(job, new AbortController().signal)).rejects.toBeInstanceOf(HelperLostError);
    conn.startHelper({ python: PYTHON, dir: REMOTE_DIR });
    writeRecord(dir, jid, { started: 1, ansible_job_id: jid });
    const watching = conn.watchJob(job, new AbortController().signal);
    setTimeout(() => writeRecord(dir, jid, { rc: 0, ansible_job_id: jid }), 200);
    await watching;
    expect(JSON.parse(readFileSync(join(dir, jid), 'utf8'))).toEqual({ rc: 0, ansible_job_id: jid });
    await conn.close();
  });

  it('closing the connection ends the helper', async () => {
    const { inner, conn } = helperConnection();
    conn.startHelper({ python: PYTHON, dir: REMOTE_DIR });
    await conn.exec('true');
    await conn.close();
    await until(() => expect(inner.exited).toContain(inner.spawnedPids[0]));
  });
});
