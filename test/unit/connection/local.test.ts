import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOSE_GRACE_MS, LocalConnection, STOP_GRACE_MS, stdoutText, stderrText } from '../../../src/connection/index.js';
import { CancelledError } from '../../../src/core/errors.js';

describe('LocalConnection', () => {
  const conn = new LocalConnection();

  it('runs commands with stdin and env like a remote host', async () => {
    const r = await conn.exec('cat; printf "%s" "$X"; echo e >&2; exit 4', { stdin: 'in\n', env: { X: 'a b' } });
    expect([r.rc, stdoutText(r), stderrText(r)]).toEqual([4, 'in\na b', 'e\n']);
  });

  it('abort kills the whole process group', async () => {
    const ctl = new AbortController();
    const marker = `castoff-local-${process.pid}-${Date.now()}`;
    const p = conn.exec(`sh -c 'sleep 30; : ${marker}' & sleep 31; wait`, { signal: ctl.signal });
    await new Promise((r) => setTimeout(r, 200));
    ctl.abort();
    await expect(p).rejects.toBeInstanceOf(CancelledError);
    await new Promise((r) => setTimeout(r, 300));
    const left = await conn.exec(`pgrep -f '${marker}$' || true`);
    expect(stdoutText(left).trim()).toBe('');
  });

  it('timeoutSeconds makes the host itself stop the command and its group', async () => {
    const marker = `castoff-within-${process.pid}-${Date.now()}`;
    const started = performance.now();
    const r = await conn.exec(`sh -c 'sleep 30; : ${marker}' & sleep 31; wait`, { timeoutSeconds: 1 });
    expect(r.rc).toBe(124);
    expect(performance.now() - started).toBeLessThan(5000);
    await new Promise((res) => setTimeout(res, 300));
    expect(stdoutText(await conn.exec(`pgrep -f '${marker}$' || true`)).trim()).toBe('');
  });

  it('puts, gets, stats and removes files with modes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-local-'));
    await conn.mkdirp(join(dir, 'a/b'), 0o700);
    await conn.put(join(dir, 'a/b/f'), 'data', 0o640);
    expect((await conn.get(join(dir, 'a/b/f'))).toString()).toBe('data');
    expect(await conn.stat(join(dir, 'a/b/f'))).toMatchObject({ size: 4, mode: 0o640, isFile: true });
    expect(await conn.stat(join(dir, 'a'))).toMatchObject({ mode: 0o700, isDirectory: true });
    await conn.rmrf(join(dir, 'a'));
    expect(await conn.stat(join(dir, 'a'))).toBeNull();
  });

  it('close(STOP_GRACE_MS) lets lingering work (a stopped run\'s terminates) finish when it takes longer than the usual grace', async () => {
    const own = new LocalConnection();
    let done = false;
    own.linger(new Promise<void>((resolve) => setTimeout(() => ((done = true), resolve()), CLOSE_GRACE_MS + 1000)));
    await own.close(STOP_GRACE_MS);
    expect(done).toBe(true);
  });
});
