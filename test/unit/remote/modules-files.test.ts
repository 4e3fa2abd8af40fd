import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, makeTempDir, modulePath, parseReply, runPython, sleep, writeJson } from './harness.js';

afterAll(cleanUp);

async function runModule(name: string, args: Record<string, unknown>) {
  const argsPath = await writeJson(await makeTempDir(), 'args.json', args);
  const finished = await runPython([modulePath(name), argsPath]);
  return { code: finished.code, result: parseReply(finished), elapsedMs: finished.elapsedMs };
}

const modeOf = (path: string) => (statSync(path).mode & 0o7777).toString(8).padStart(4, '0');
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const base64 = (text: string) => Buffer.from(text).toString('base64');

describe.concurrent('copy_module.py', () => {
  it('writes new content with the mode asked for, then reports no change for the same content', async () => {
    const dest = join(await makeTempDir(), 'app.conf');
    const first = await runModule('copy', { dest, _castoff_content: base64('port=80\n'), mode: '0640' });
    expect(first.code).toBe(0);
    expect(first.result).toMatchObject({
      changed: true, dest, state: 'file', checksum: sha1('port=80\n'), size: 8, mode: '0640',
      md5sum: createHash('md5').update('port=80\n').digest('hex'),
      uid: process.getuid?.(), owner: expect.any(String), group: expect.any(String),
    });
    expect(readFileSync(dest, 'utf8')).toBe('port=80\n');
    expect(modeOf(dest)).toBe('0640');
    const again = await runModule('copy', { dest, _castoff_content: base64('port=80\n'), mode: '0640' });
    // As Ansible's copy, which hands an unchanged file to its file module: path and that module's diff, no md5sum.
    expect(again.result).toMatchObject({ changed: false, checksum: sha1('port=80\n'), path: dest, diff: { before: { path: dest }, after: { path: dest } } });
    expect(again.result.md5sum).toBeUndefined();
    const modeOnly = await runModule('copy', { dest, _castoff_content: base64('port=80\n'), mode: 'u=rw,go=' });
    expect(modeOnly.result).toMatchObject({ changed: true, mode: '0600' });
  });

  it('keeps a backup of the file it replaces, named as Ansible names it', async () => {
    const dir = await makeTempDir();
    const dest = join(dir, 'motd');
    await writeFile(dest, 'old\n');
    const { result } = await runModule('copy', { dest, _castoff_content: base64('new\n'), backup: true });
    expect(result.changed).toBe(true);
    expect(result.backup_file).toMatch(new RegExp(`^${dest}\\.\\d+\\.\\d{4}-\\d\\d-\\d\\d@\\d\\d:\\d\\d:\\d\\d~$`));
    expect(readFileSync(String(result.backup_file), 'utf8')).toBe('old\n');
    expect(readFileSync(dest, 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['motd', String(result.backup_file).slice(dir.length + 1)].sort());
  });

  it('in check mode reports the change and the diff without writing', async () => {
    const dest = join(await makeTempDir(), 'f.txt');
    await writeFile(dest, 'before\n');
    const { result } = await runModule('copy', {
      dest, _castoff_content: base64('after\n'), _ansible_check_mode: true, _ansible_diff: true,
    });
    expect(result).toMatchObject({
      changed: true,
      diff: [{ before: 'before\n', after: 'after\n', before_header: dest, after_header: 'dynamically generated' }],
    });
    expect(readFileSync(dest, 'utf8')).toBe('before\n');
  });

  it('names no before side in the diff of a file that is new', async () => {
    const dest = join(await makeTempDir(), 'new.txt');
    const { result } = await runModule('copy', { dest, src: '/t/x.j2', _castoff_content: base64('x\n'), _ansible_check_mode: true, _ansible_diff: true });
    expect(result.diff).toEqual([{ before: '', after: 'x\n', after_header: '/t/x.j2' }]);
  });

  it('runs validate on the new content before it replaces dest, and keeps dest when it fails', async () => {
    const dir = await makeTempDir();
    const dest = join(dir, 'sudoers');
    await writeFile(dest, 'old\n');
    const refused = await runModule('copy', { dest, _castoff_content: base64('bad\n'), validate: "grep -q good %s" });
    expect(refused.result).toMatchObject({ failed: true, msg: 'failed to validate', exit_status: 1, stdout: '', stderr: '' });
    expect(readFileSync(dest, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['sudoers']);
    const accepted = await runModule('copy', { dest, _castoff_content: base64('good\n'), validate: 'grep -q good %s' });
    expect(accepted.result).toMatchObject({ changed: true });
    expect(readFileSync(dest, 'utf8')).toBe('good\n');
    const noPlaceholder = await runModule('copy', { dest, _castoff_content: base64('x'), validate: 'true' });
    expect(noPlaceholder.result).toMatchObject({ failed: true, msg: 'validate must contain %s: true' });
  });

  it('with follow writes the file a symlink points to and keeps the link; without, replaces the link', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'real'), 'old\n');
    await symlink(join(dir, 'real'), join(dir, 'link'));
    await runModule('copy', { dest: join(dir, 'link'), _castoff_content: base64('followed\n'), follow: true });
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real'), 'utf8')).toBe('followed\n');
    await runModule('copy', { dest: join(dir, 'link'), _castoff_content: base64('replaced\n') });
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'real'), 'utf8')).toBe('followed\n');
  });

  it('copies into a directory under the source’s name, and refuses content for a directory', async () => {
    const dir = await makeTempDir();
    const { result } = await runModule('copy', { dest: `${dir}/sub/`, src: 'files/app.ini', _castoff_content: base64('x') });
    expect(result).toMatchObject({ changed: true, dest: join(dir, 'sub', 'app.ini'), src: 'files/app.ini' });
    expect(readFileSync(join(dir, 'sub', 'app.ini'), 'utf8')).toBe('x');
    const refused = await runModule('copy', { dest: dir, _castoff_content: base64('x') });
    expect(refused.result).toMatchObject({ failed: true, msg: 'can not use content with a dir as dest' });
    const noParent = await runModule('copy', { dest: join(dir, 'missing', 'f'), _castoff_content: base64('x') });
    expect(noParent.result).toMatchObject({ failed: true, msg: `Destination directory ${join(dir, 'missing')} does not exist` });
  });

  it('copies a file already on the host with remote_src', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'a'), 'remote\n');
    const { result } = await runModule('copy', { src: join(dir, 'a'), dest: join(dir, 'b'), remote_src: true });
    expect(result).toMatchObject({ changed: true, checksum: sha1('remote\n') });
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('remote\n');
  });
});

describe.concurrent('file.py', () => {
  it('creates a directory tree with a mode, idempotently, and removes it', async () => {
    const top = join(await makeTempDir(), 'a');
    const path = join(top, 'b');
    const made = await runModule('file', { path, state: 'directory', mode: '0750' });
    expect(made.result).toMatchObject({ changed: true, path, state: 'directory', mode: '0750', owner: expect.any(String), uid: process.getuid?.() });
    expect(modeOf(top)).toBe('0750');
    expect((await runModule('file', { path, state: 'directory', mode: '0750' })).result.changed).toBe(false);
    expect((await runModule('file', { path: top, state: 'absent' })).result).toEqual({
      path: top,
      state: 'absent',
      changed: true,
      diff: { before: { path: top, state: 'directory' }, after: { path: top, state: 'absent' } },
    });
    expect(existsSync(top)).toBe(false);
    expect((await runModule('file', { path: top, state: 'absent' })).result).toEqual({
      path: top,
      state: 'absent',
      changed: false,
      // As Ansible: nothing to remove, no diff.
    });
  });

  it('touches a file, applies a mode to an existing one, and fails like Ansible on a missing one', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'f');
    const touched = (await runModule('file', { dest: path, state: 'touch', mode: '0600' })).result;
    expect(touched).toMatchObject({ changed: true, dest: path, state: 'file', mode: '0600', size: 0, diff: { before: { path, state: 'absent' }, after: { path, state: 'touch' } } });
    expect(touched.path).toBeUndefined();
    expect((await runModule('file', { name: path, mode: '0644' })).result).toMatchObject({ changed: true, state: 'file', mode: '0644' });
    expect((await runModule('file', { path, state: 'file', mode: '0644' })).result.changed).toBe(false);
    const missing = await runModule('file', { path: join(dir, 'nope'), state: 'file' });
    expect(missing.code).toBe(1);
    expect(missing.result).toMatchObject({ failed: true, msg: `file (${join(dir, 'nope')}) is absent, cannot continue` });
    const notDir = await runModule('file', { path, state: 'directory' });
    expect(notDir.result).toMatchObject({ failed: true, msg: `${path} already exists as a file` });
  });

  it('makes and repoints symlinks, refusing to replace a file unless forced', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'target'), 't');
    await writeFile(join(dir, 'other'), 'o');
    const link = join(dir, 'link');
    expect((await runModule('file', { path: link, src: 'target', state: 'link' })).result).toMatchObject({ changed: true, state: 'link', src: 'target' });
    expect(readlinkSync(link)).toBe('target');
    expect((await runModule('file', { path: link, src: 'target', state: 'link' })).result.changed).toBe(false);
    expect((await runModule('file', { path: link, src: 'other', state: 'link' })).result.changed).toBe(true);
    expect(readlinkSync(link)).toBe('other');
    const refused = await runModule('file', { path: join(dir, 'other'), src: 'target', state: 'link' });
    expect(refused.result).toMatchObject({ failed: true, msg: `refusing to convert from file to symlink for ${join(dir, 'other')}` });
    const dangling = await runModule('file', { path: join(dir, 'l2'), src: 'ghost', state: 'link' });
    expect(dangling.result.msg).toMatch(/^src file does not exist, use "force=yes"/);
    const forced = await runModule('file', { path: join(dir, 'other'), src: 'target', state: 'link', force: true });
    expect(forced.result.changed).toBe(true);
    expect(lstatSync(join(dir, 'other')).isSymbolicLink()).toBe(true);
  });

  it('applies modes recursively, symbolic X included', async () => {
    const top = await makeTempDir();
    await mkdir(join(top, 'd'));
    await writeFile(join(top, 'd', 'f'), '');
    const { result } = await runModule('file', { path: top, state: 'directory', mode: 'u=rwX,go=rX', recurse: true });
    expect(result.changed).toBe(true);
    expect(modeOf(join(top, 'd'))).toBe('0755');
    expect(modeOf(join(top, 'd', 'f'))).toBe('0644');
  });

  it('in check mode reports what would change and changes nothing', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'new');
    const { result } = await runModule('file', { path, state: 'directory', _ansible_check_mode: true, _ansible_diff: true });
    expect(result).toMatchObject({
      changed: true, diff: { before: { path, state: 'absent' }, after: { path, state: 'directory' } },
    });
    expect(existsSync(path)).toBe(false);
  });
});

describe.concurrent('stat_module.py', () => {
  it('describes a file with its sha1, and a missing path as exists: false', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'f');
    await writeFile(path, 'hello');
    const { result } = await runModule('stat', { path });
    expect(result).toMatchObject({
      changed: false,
      stat: {
        exists: true, path, isreg: true, isdir: false, islnk: false, size: 5, mode: modeOf(path),
        uid: process.getuid?.(), pw_name: expect.any(String), gr_name: expect.any(String),
        mtime: expect.any(Number), checksum: sha1('hello'),
      },
    });
    expect((await runModule('stat', { path, get_checksum: false })).result.stat).not.toHaveProperty('checksum');
    expect((await runModule('stat', { path: join(dir, 'none') })).result).toEqual({ changed: false, stat: { exists: false } });
  });

  it('reports a symlink itself, or its target with follow', async () => {
    const dir = await makeTempDir();
    await mkdir(join(dir, 'd'));
    await symlink('d', join(dir, 'l'));
    const itself = await runModule('stat', { path: join(dir, 'l') });
    expect(itself.result.stat).toMatchObject({ islnk: true, isdir: false, lnk_target: 'd', lnk_source: join(dir, 'd') });
    const followed = await runModule('stat', { path: join(dir, 'l'), follow: true });
    expect(followed.result.stat).toMatchObject({ islnk: false, isdir: true });
  });
});

function listen(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer((socket) => {
      // wait_for's plain probe connects and hangs up at once, which resets the greeting's write.
      socket.on('error', () => undefined);
      socket.end('SSH-2.0-ready v42\n');
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

describe.concurrent('wait_for.py', () => {
  it('returns once a port accepts connections, with its search_regex groups', async () => {
    const { server, port } = await listen();
    try {
      expect((await runModule('wait_for', { port, timeout: 5 })).result).toEqual({ changed: false, state: 'started', port, elapsed: 0 });
      const matched = await runModule('wait_for', { port, timeout: 5, search_regex: 'ready v(\\d+)' });
      expect(matched.result).toMatchObject({ changed: false, match_groups: ['42'], search_regex: 'ready v(\\d+)' });
    } finally {
      server.close();
    }
  });

  it('fails with Ansible’s timeout messages, or the msg given', async () => {
    const { server, port } = await listen();
    await new Promise((resolve) => server.close(resolve));
    const closed = await runModule('wait_for', { port, timeout: 1, sleep: 0.2 });
    expect(closed.code).toBe(1);
    expect(closed.result).toMatchObject({ failed: true, msg: `Timeout when waiting for 127.0.0.1:${port}` });
    expect(closed.result.elapsed).toBeGreaterThanOrEqual(1);
    expect(closed.elapsedMs).toBeLessThan(30_000);
    const file = await runModule('wait_for', { path: '/nonexistent/castoff', timeout: 1, msg: 'no file' });
    expect(file.result).toMatchObject({ failed: true, msg: 'no file' });
    const gone = await runModule('wait_for', { path: '/', state: 'absent', timeout: 0 });
    expect(gone.result.msg).toBe('Timeout when waiting for / to be absent.');
  });

  it('waits for a file to appear and to hold a pattern', async () => {
    const path = join(await makeTempDir(), 'log');
    const waiting = runModule('wait_for', { path, search_regex: 'started on (?P<port>\\d+)', timeout: 5, sleep: 0.1 });
    await sleep(300);
    await writeFile(path, 'booting\nstarted on 8080\n');
    const { result } = await waiting;
    expect(result).toMatchObject({ changed: false, path, match_groups: ['8080'], match_groupdict: { port: '8080' } });
  });

  it('sees a port stop', async () => {
    const { server, port } = await listen();
    const waiting = runModule('wait_for', { port, state: 'stopped', timeout: 5, sleep: 0.1 });
    await sleep(300);
    server.close();
    expect((await waiting).result).toMatchObject({ changed: false, state: 'stopped', port });
  });
});
