/**
 * File operations through exec (what the docker connection uses), run over the controller's own
 * shell: the same commands a container's /bin/sh runs, with no Docker needed.
 */
import { mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalConnection } from '../../../src/connection/index.js';
import { ShellFileOps } from '../../../src/connection/shell-file-ops.js';
import { RemoteFileError } from '../../../src/core/errors.js';

const files = new ShellFileOps(new LocalConnection());
const dir = () => mkdtempSync(join(tmpdir(), 'castoff-shell-files-'));

describe('ShellFileOps', () => {
  it('puts bytes with the exact mode, replacing what was there, and gets them back', async () => {
    const path = join(dir(), "it's a file");
    const body = Buffer.from([0, 1, 2, 255, 10, 36, 39]);
    await files.put(path, Buffer.from('old and longer'), 0o644);
    await files.put(path, body, 0o640);
    expect(readFileSync(path)).toEqual(body);
    expect(statSync(path).mode & 0o7777).toBe(0o640);
    expect(await files.get(path)).toEqual(body);
  });

  it('get: ENOENT for nothing, EFBIG past maxBytes, the whole file at maxBytes', async () => {
    const d = dir();
    const path = join(d, 'ten');
    writeFileSync(path, '0123456789');
    await expect(files.get(join(d, 'none'))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(files.get(path, { maxBytes: 9 })).rejects.toMatchObject({ code: 'EFBIG' });
    expect((await files.get(path, { maxBytes: 10 })).toString()).toBe('0123456789');
    await expect(files.get(d)).rejects.toBeInstanceOf(RemoteFileError);
  });

  it('stat: size, mode, kind and mtime; null for nothing; links followed', async () => {
    const d = dir();
    const path = join(d, 'f');
    writeFileSync(path, 'abc', { mode: 0o604 });
    symlinkSync(path, join(d, 'link'));
    const s = statSync(path);
    expect(await files.stat(path)).toEqual({ size: 3, mode: 0o604, isFile: true, isDirectory: false, mtime: Math.floor(s.mtimeMs / 1000) });
    expect(await files.stat(join(d, 'link'))).toMatchObject({ size: 3, isFile: true });
    expect(await files.stat(d)).toMatchObject({ isDirectory: true, isFile: false });
    expect(await files.stat(join(d, 'none'))).toBeNull();
  });

  it('mkdirp makes the path with the mode and leaves an existing directory as it is; rmrf removes a tree', async () => {
    const d = dir();
    await files.mkdirp(join(d, 'a/b c'), 0o750);
    expect(statSync(join(d, 'a/b c')).mode & 0o7777).toBe(0o750);
    await files.mkdirp(join(d, 'a/b c'), 0o700);
    expect(statSync(join(d, 'a/b c')).mode & 0o7777).toBe(0o750);
    writeFileSync(join(d, 'a/b c/x'), 'x');
    await files.rmrf(join(d, 'a'));
    expect(await files.stat(join(d, 'a'))).toBeNull();
  });

  it('a put into a directory that does not exist fails as ENOENT', async () => {
    await expect(files.put(join(dir(), 'no/such/dir/f'), Buffer.from('x'), 0o600)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
