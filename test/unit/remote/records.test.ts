// The records module the wrapper and async_status share (remote/modules/_castoff_records.py), driven
// through small Python programs that import it the way both do: the job-id rule, the atomic write,
// and the read that retries a record caught mid-change.
import { readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REMOTE_DIR, cleanUp, makeTempDir, runPython } from './harness.js';

afterAll(cleanUp);

/**
 * Runs `body` with `records` imported and `d` a descriptor of `dir`; the program prints
 * `json.dumps(out)`. `sleeps` counts the pauses between re-reads, and `on_sleep` (a list of
 * callables) runs at each pause: that is where a test lets the "writer" finish, so the race is
 * staged, not timed.
 */
async function withRecords(dir: string, body: string): Promise<Record<string, unknown>> {
  const program = [
    'import json, os, sys',
    'sys.dont_write_bytecode = True',
    `sys.path.insert(0, ${JSON.stringify(join(REMOTE_DIR, 'modules'))})`,
    'import _castoff_records as records',
    'sleeps = []',
    'on_sleep = []',
    'class Clock(object):',
    '    def sleep(self, seconds):',
    '        sleeps.append(seconds)',
    '        if on_sleep:',
    '            on_sleep.pop(0)()',
    'records.time = Clock()',
    `d = os.open(${JSON.stringify(dir)}, os.O_RDONLY)`,
    'out = {}',
    body,
    "out['sleeps'] = len(sleeps)",
    'print(json.dumps(out))',
  ].join('\n');
  const finished = await runPython(['-c', program]);
  if (finished.code !== 0) throw new Error(`python failed: ${finished.stderr}`);
  return JSON.parse(finished.stdout) as Record<string, unknown>;
}

const tryRead = (call: string) =>
  [
    'try:',
    `    out['record'] = ${call}`,
    'except records.UnusableRecord as error:',
    "    out['error'] = type(error).__name__",
    "    out['message'] = str(error)",
  ].join('\n');

describe.concurrent('reading a record', () => {
  it('re-reads a partially written record and returns it once the writer has finished', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'j1.2');
    writeFileSync(file, '{"started": 1, "fini');
    const out = await withRecords(
      dir,
      [
        `on_sleep.append(lambda: open(${JSON.stringify(file)}, 'w').write('{"rc": 0, "ansible_job_id": "j1.2"}'))`,
        tryRead(`records.read_record(d, 'j1.2', ${JSON.stringify(file)})`),
      ].join('\n'),
    );
    expect(out).toEqual({ record: { rc: 0, ansible_job_id: 'j1.2' }, sleeps: 1 });
  });

  it('gives up on a record that stays torn after three reads, naming the file', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'j1.2');
    writeFileSync(file, '{"started": 1, "fini');
    const out = await withRecords(dir, tryRead(`records.read_record(d, 'j1.2', ${JSON.stringify(file)})`));
    expect(out).toMatchObject({ error: 'UnusableRecord', sleeps: 2 });
    expect(out.message).toMatch(new RegExp(`^the job file ${file.replace(/[.]/g, '\\.')} is corrupt \\(not JSON\\): `));
  });

  it('reports a JSON value that is not an object, and bytes that are not UTF-8, as unusable', async () => {
    const dir = await makeTempDir();
    writeFileSync(join(dir, 'j1.2'), '[1, 2]');
    writeFileSync(join(dir, 'j1.3'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    const out = await withRecords(
      dir,
      [
        "out['array'] = None",
        'try:',
        "    records.read_record(d, 'j1.2', '/async/j1.2')",
        'except records.UnusableRecord as error:',
        "    out['array'] = str(error)",
        'try:',
        "    records.read_record(d, 'j1.3', '/async/j1.3')",
        'except records.UnusableRecord as error:',
        "    out['binary'] = str(error)",
      ].join('\n'),
    );
    expect(out.array).toBe('the job file /async/j1.2 is corrupt (not a JSON object)');
    expect(out.binary).toMatch(/^the job file \/async\/j1\.3 is unreadable: 'utf-8' codec can't decode/);
    expect(out.sleeps).toBe(4);
  });

  it('returns None for a missing file, without retrying', async () => {
    const out = await withRecords(await makeTempDir(), tryRead("records.read_record(d, 'j1.2')"));
    expect(out).toEqual({ record: null, sleeps: 0 });
  });

  it('refuses a file larger than the limit at once, without reading it whole or retrying', async () => {
    const dir = await makeTempDir();
    writeFileSync(join(dir, 'j1.2'), JSON.stringify({ stdout: 'x'.repeat(5000) }));
    const out = await withRecords(dir, tryRead("records.read_record(d, 'j1.2', '/async/j1.2', 1024)"));
    expect(out).toEqual({ error: 'TooLarge', message: 'the job file /async/j1.2 is too large to read: more than 1024 bytes', sleeps: 0 });
  });

  it('does not follow a symlink planted in place of a record', async () => {
    const dir = await makeTempDir();
    const elsewhere = join(await makeTempDir(), 'forged');
    writeFileSync(elsewhere, '{"rc": 0, "forged": true}');
    symlinkSync(elsewhere, join(dir, 'j1.2'));
    const out = await withRecords(dir, tryRead("records.read_record(d, 'j1.2', '/async/j1.2')"));
    expect(out).toMatchObject({ error: 'UnusableRecord' });
    expect(out.message).toMatch(/^the job file \/async\/j1\.2 is unreadable: \[Errno 40\]/);
  });
});

describe.concurrent('writing a record', () => {
  it('replaces the record through a rename, mode 0600 whatever the umask, leaving no temp file', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'j1.2');
    writeFileSync(file, '{"started": 1}\n');
    const out = await withRecords(
      dir,
      [
        'os.umask(0)',
        // A reader that opened the old record keeps reading the old record: the file was replaced, not rewritten.
        "reader = os.open('j1.2', os.O_RDONLY, dir_fd=d)",
        "records.write_atomically(d, 'j1.2', {'rc': 0, 'msg': 'done'})",
        "out['old_reader_sees'] = os.read(reader, 100).decode()",
      ].join('\n'),
    );
    expect(out.old_reader_sees).toBe('{"started": 1}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"rc": 0, "msg": "done"}\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['j1.2']);
  });

  it('keeps the old record whole and removes its temp file when the new one cannot be written', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'j1.2');
    writeFileSync(file, '{"started": 1}\n');
    const out = await withRecords(
      dir,
      [
        'import resource',
        // The file-size limit makes the write fail part-way, as a full disk would.
        'resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))',
        'try:',
        "    records.write_atomically(d, 'j1.2', {'stdout': 'x' * 100000})",
        'except OSError as error:',
        "    out['error'] = error.strerror",
      ].join('\n'),
    );
    expect(out.error).toBe('File too large');
    expect(readFileSync(file, 'utf8')).toBe('{"started": 1}\n');
    expect(readdirSync(dir)).toEqual(['j1.2']);
  });

  it('overwrites in place, padding out a longer old record, so that the result still parses', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'j1.2');
    writeFileSync(file, `${JSON.stringify({ started: 1, padding: 'y'.repeat(200) })}\n`);
    const out = await withRecords(
      dir,
      ["records.overwrite_in_place(d, 'j1.2', {'failed': 1})", tryRead("records.read_record(d, 'j1.2')")].join('\n'),
    );
    expect(out).toEqual({ record: { failed: 1 }, sleeps: 0 });
    expect(statSync(file).size).toBeGreaterThan(200);
  });
});

describe('the job-id rule', () => {
  it('accepts j<digits>.<digits> and builds ids from a prefix and a pid', async () => {
    const out = await withRecords(
      await makeTempDir(),
      [
        "out['ok'] = [records.check_job_id(j) for j in ('j1.2', 'j123456789012.4194304')]",
        "out['built'] = records.job_id('j42', 7)",
        "out['prefixes'] = [bool(records.JOB_ID_PREFIX.fullmatch(p)) for p in ('j1', 'j123456789012', 'j1234567890123', 'j', 'x1')]",
      ].join('\n'),
    );
    expect(out).toEqual({ ok: ['j1.2', 'j123456789012.4194304'], built: 'j42.7', prefixes: [true, true, false, false, false], sleeps: 0 });
  });

  it('refuses anything else, path tricks included, with the message the contract gives', async () => {
    const out = await withRecords(
      await makeTempDir(),
      [
        "out['refused'] = []",
        "for jid in ('../x', 'j1', 'j1.', 'j1.2/..', 'j1.2\\n', '', 'J1.2', ' j1.2', None, 12):",
        '    try:',
        '        records.check_job_id(jid)',
        "        out['refused'].append('accepted %r' % (jid,))",
        '    except records.InvalidJobId as error:',
        "        out['refused'].append(str(error))",
      ].join('\n'),
    );
    expect(out.refused).toEqual([
      "invalid job id '../x': it must match ^j\\d+\\.\\d+$",
      "invalid job id 'j1': it must match ^j\\d+\\.\\d+$",
      "invalid job id 'j1.': it must match ^j\\d+\\.\\d+$",
      "invalid job id 'j1.2/..': it must match ^j\\d+\\.\\d+$",
      "invalid job id 'j1.2\\n': it must match ^j\\d+\\.\\d+$",
      "invalid job id '': it must match ^j\\d+\\.\\d+$",
      "invalid job id 'J1.2': it must match ^j\\d+\\.\\d+$",
      "invalid job id ' j1.2': it must match ^j\\d+\\.\\d+$",
      'invalid job id None: it must match ^j\\d+\\.\\d+$',
      'invalid job id 12: it must match ^j\\d+\\.\\d+$',
    ]);
  });
});
