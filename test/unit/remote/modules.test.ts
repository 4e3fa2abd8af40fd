import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DELTA_PATTERN,
  TIMESTAMP_PATTERN,
  cleanUp,
  makeTempDir,
  modulePath,
  parseReply,
  runPython,
  writeJson,
} from './harness.js';

afterAll(cleanUp);

/** Runs a module the WANT_JSON way and returns its exit code and the JSON object it printed. */
async function runModule(name: string, args: unknown) {
  const argsPath = await writeJson(await makeTempDir(), 'args.json', args);
  const finished = await runPython([modulePath(name), argsPath]);
  return { code: finished.code, result: parseReply(finished), stderr: finished.stderr, elapsedMs: finished.elapsedMs };
}

describe.concurrent('command', () => {
  it('runs an argv list and reports Ansible’s result fields', async () => {
    const { code, result } = await runModule('command', { argv: ['printf', '%s\\n', 'a b', 'c'] });
    expect(code).toBe(0);
    expect(result).toEqual({
      changed: true, rc: 0, msg: '', cmd: ['printf', '%s\\n', 'a b', 'c'],
      stdout: 'a b\nc', stderr: '', stdout_lines: ['a b', 'c'], stderr_lines: [],
      start: expect.stringMatching(TIMESTAMP_PATTERN), end: expect.stringMatching(TIMESTAMP_PATTERN),
      delta: expect.stringMatching(DELTA_PATTERN),
    });
  });

  it('splits a command string like a shell would, without running a shell', async () => {
    const { result } = await runModule('command', { _raw_params: `echo "a  b" 'c;d' | wc` });
    expect(result).toMatchObject({ rc: 0, cmd: ['echo', 'a  b', 'c;d', '|', 'wc'], stdout: 'a  b c;d | wc' });
    const viaCmd = await runModule('command', { cmd: 'echo from cmd' });
    expect(viaCmd.result).toMatchObject({ rc: 0, stdout: 'from cmd' });
  });

  it('expands $VARS and ~ in arguments unless told not to', async () => {
    const expanded = await runModule('command', { argv: ['echo', '$HOME', '~'] });
    const home = process.env.HOME ?? '';
    expect(expanded.result.stdout).toBe(`${home} ${home}`);
    const literal = await runModule('command', { argv: ['echo', '$HOME'], expand_argument_vars: false });
    expect(literal.result.stdout).toBe('$HOME');
  });

  it('measures start, end and delta around the run', async () => {
    const { result } = await runModule('command', { argv: ['sleep', '0.3'] });
    const seconds = Number(String(result.delta).split(':')[2]);
    expect(seconds).toBeGreaterThanOrEqual(0.3);
    expect(seconds).toBeLessThan(10);
    expect(String(result.end) > String(result.start)).toBe(true);
  });

  it('fails with "non-zero return code" and the rc when the command fails', async () => {
    const { code, result } = await runModule('command', { argv: ['sh', '-c', 'echo bad >&2; exit 4'] });
    expect(code).toBe(1);
    expect(result).toMatchObject({ failed: true, rc: 4, msg: 'non-zero return code', stderr: 'bad', changed: true });
  });

  it('reports a missing executable with rc 2 and the OS error', async () => {
    const { result } = await runModule('command', { argv: ['castoff-no-such-program', 'x'] });
    expect(result).toMatchObject({
      failed: true, rc: 2, msg: "[Errno 2] No such file or directory: b'castoff-no-such-program'",
    });
  });

  it('fails with "no command given" when there is nothing to run', async () => {
    const { result } = await runModule('command', {});
    expect(result).toMatchObject({ failed: true, rc: 256, msg: 'no command given' });
  });

  it('runs in chdir, and fails clearly when chdir does not exist', async () => {
    const dir = await makeTempDir();
    const inDir = await runModule('command', { argv: ['pwd'], chdir: dir });
    expect(inDir.result.stdout).toBe(dir);
    const missing = await runModule('command', { argv: ['pwd'], chdir: join(dir, 'missing') });
    expect(missing.result).toMatchObject({
      failed: true, msg: expect.stringContaining('Unable to change directory before execution'),
    });
  });

  it('skips the command when creates exists or removes does not, relative to chdir', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'marker.txt'), '');
    const witness = join(dir, 'ran');
    const created = await runModule('command', { argv: ['mkdir', witness], chdir: dir, creates: '*.txt' });
    expect(created.result).toMatchObject({
      changed: false, rc: 0, stdout: 'skipped, since *.txt exists', stdout_lines: ['skipped, since *.txt exists'],
      msg: "Did not run command since '*.txt' exists",
    });
    const removed = await runModule('command', { argv: ['mkdir', witness], chdir: dir, removes: 'gone.txt' });
    expect(removed.result).toMatchObject({
      changed: false, rc: 0, stdout: 'skipped, since gone.txt does not exist',
      msg: "Did not run command since 'gone.txt' does not exist",
    });
    expect(existsSync(witness)).toBe(false);

    const ran = await runModule('command', { argv: ['mkdir', witness], creates: join(dir, 'nothing-*'), removes: join(dir, 'marker.txt') });
    expect(ran.result).toMatchObject({ changed: true, rc: 0 });
    expect(existsSync(witness)).toBe(true);
  });

  it('feeds stdin with a trailing newline unless stdin_add_newline is false', async () => {
    const withNewline = await runModule('command', { argv: ['od', '-c'], stdin: 'hi' });
    expect(withNewline.result.stdout).toMatch(/h\s+i\s+\\n/);
    const without = await runModule('command', { argv: ['wc', '-c'], stdin: 'hi', stdin_add_newline: false });
    expect(String(without.result.stdout).trim()).toBe('2');
  });

  it('feeds and collects more than a pipe buffer at once without blocking', async () => {
    const big = 'x'.repeat(300_000);
    const { result } = await runModule('command', { argv: ['cat'], stdin: big, stdin_add_newline: false });
    expect(result.stdout).toBe(big);
  });

  it('gives a command an empty stdin when none is given', async () => {
    const { result, elapsedMs } = await runModule('command', { argv: ['cat'] });
    expect(result).toMatchObject({ rc: 0, stdout: '' });
    // No hang waiting for input that never comes; the slack is for a loaded machine.
    expect(elapsedMs).toBeLessThan(30_000);
  });

  it('keeps trailing newlines when strip_empty_ends is false', async () => {
    const { result } = await runModule('command', { argv: ['printf', 'a\\n\\n'], strip_empty_ends: false });
    expect(result.stdout).toBe('a\n\n');
  });
});

describe.concurrent('shell', () => {
  it('runs the string through /bin/sh and reports it as cmd', async () => {
    const { code, result } = await runModule('shell', { _raw_params: 'echo $((1 + 2)) | tr 3 x; echo err >&2' });
    expect(code).toBe(0);
    expect(result).toMatchObject({
      changed: true, rc: 0, cmd: 'echo $((1 + 2)) | tr 3 x; echo err >&2', stdout: 'x', stderr: 'err',
      stdout_lines: ['x'], stderr_lines: ['err'], delta: expect.stringMatching(DELTA_PATTERN),
    });
  });

  it('uses the given executable', async () => {
    const { result } = await runModule('shell', { cmd: 'echo "$0"', executable: '/bin/bash' });
    expect(result.stdout).toBe('/bin/bash');
    const missing = await runModule('shell', { cmd: 'true', executable: '/bin/castoff-no-shell' });
    expect(missing.result).toMatchObject({
      failed: true, rc: 2, msg: "[Errno 2] No such file or directory: b'/bin/castoff-no-shell'",
    });
  });

  it('supports chdir, creates and stdin like command', async () => {
    const dir = await makeTempDir();
    await mkdir(join(dir, 'sub'));
    const { result } = await runModule('shell', { cmd: 'pwd; cat', chdir: join(dir, 'sub'), stdin: 'fed' });
    expect(result.stdout_lines).toEqual([join(dir, 'sub'), 'fed']);
    const skipped = await runModule('shell', { cmd: 'exit 1', creates: dir });
    expect(skipped.result).toMatchObject({ changed: false, rc: 0, stdout: `skipped, since ${dir} exists` });
  });

  it('does not wait for a background process that keeps the output pipes open', async () => {
    const { result, elapsedMs } = await runModule('shell', { cmd: 'sleep 60 & echo started' });
    expect(result).toMatchObject({ rc: 0, stdout: 'started' });
    // Far below the 60 s the background process lives.
    expect(elapsedMs).toBeLessThan(30_000);
  });
});

describe.concurrent('ping', () => {
  it('answers pong, or echoes data', async () => {
    expect((await runModule('ping', {})).result).toEqual({ ping: 'pong', changed: false });
    expect((await runModule('ping', { data: 'hello' })).result).toEqual({ ping: 'hello', changed: false });
  });

  it('raises when data is crash', async () => {
    const argsPath = await writeJson(await makeTempDir(), 'args.json', { data: 'crash' });
    const finished = await runPython([modulePath('ping'), argsPath]);
    expect(finished.code).toBe(1);
    expect(finished.stdout).toBe('');
    expect(finished.stderr).toContain('Exception: boom');
  });

  it('fails with a message when its arguments file is not JSON', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'args.json'), 'not json');
    const finished = await runPython([modulePath('ping'), join(dir, 'args.json')]);
    expect(finished.code).toBe(1);
    expect(parseReply(finished)).toEqual({
      failed: true, msg: expect.stringContaining(`could not read the module arguments from ${join(dir, 'args.json')}`),
    });
  });
});
