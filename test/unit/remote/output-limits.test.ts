// The remote half of the output limit: the command modules keep each stream to the limit, the
// async wrapper reads its module's output incrementally and never writes a record bigger than
// 2 x limit + 512 KiB, whatever the module prints.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REMOTE_DIR, cleanUp, isAlive, launchJob, makeTempDir, modulePath, parseReply, runJob, runPython, sleep, waitForFinalRecord, writeJson, writeModule } from './harness.js';

afterAll(cleanUp);

const LIMIT = 4096;
const RESULT_LIMIT = 2 * LIMIT + 512 * 1024;
const MARKER = /\n\[castoff: (\d+) bytes of output omitted\]\n/;

async function asyncDir(): Promise<string> {
  return join(await makeTempDir(), 'async');
}

async function runModule(name: string, args: Record<string, unknown>) {
  const argsPath = await writeJson(await makeTempDir(), 'args.json', args);
  const finished = await runPython([modulePath(name), argsPath]);
  return { finished, result: parseReply(finished) };
}

/** THE-START, `bytes` of x on one line, THE-END: head and tail are told apart from the middle. */
function printing(bytes: number, stream = ''): string {
  return `{ echo THE-START; head -c ${bytes} /dev/zero | tr '\\0' x; echo; echo THE-END; } ${stream}`;
}

function expectHeadAndTail(text: unknown, omitted: number): void {
  const kept = String(text);
  expect(kept.startsWith('THE-START\n')).toBe(true);
  expect(kept.trimEnd().endsWith('THE-END')).toBe(true);
  expect(Number(MARKER.exec(kept)?.[1])).toBe(omitted);
}

describe('command modules', () => {
  it('keep each stream of the command to the limit, head and tail, and say so', async () => {
    const total = 10 + 1_000_000 + 1 + 8;
    const { finished, result } = await runModule('shell', { _raw_params: `${printing(1_000_000)}; ${printing(500_000, '>&2')}`, _castoff_output_limit: LIMIT });
    expect(result).toMatchObject({ rc: 0, changed: true, truncated: true });
    expectHeadAndTail(result.stdout, total - LIMIT);
    expectHeadAndTail(result.stderr, total - 500_000 - LIMIT);
    expect(result.warnings).toEqual([
      `stdout was truncated: ${LIMIT} bytes of ${total} kept (output_limit)`,
      `stderr was truncated: ${LIMIT} bytes of ${total - 500_000} kept (output_limit)`,
    ]);
    // Both streams and their lines, nothing like the 1.5 MB printed.
    expect(finished.stdout.length).toBeLessThan(5 * LIMIT);
  });

  it('leave an output within the limit untouched, lines included', async () => {
    const { result } = await runModule('command', { _raw_params: 'printf "a\\nb\\n"', _castoff_output_limit: LIMIT });
    expect(result).toMatchObject({ stdout: 'a\nb', stdout_lines: ['a', 'b'] });
    expect(result).not.toHaveProperty('truncated');
    expect(result).not.toHaveProperty('warnings');
  });

  it('leave the lines of a large output to the controller, which derives them', async () => {
    const { result } = await runModule('shell', { _raw_params: 'yes | head -c 2000000', _castoff_output_limit: 4 * 1024 * 1024 });
    expect(String(result.stdout)).toHaveLength(1_999_999);
    expect(result).not.toHaveProperty('stdout_lines');
    expect(result).not.toHaveProperty('truncated');
  });

  it('use the 10 MiB default without the argument or with an unusable one', async () => {
    for (const limit of [undefined, 'lots', 10, true]) {
      const { result } = await runModule('shell', { _raw_params: 'head -c 100000 /dev/zero', ...(limit === undefined ? {} : { _castoff_output_limit: limit }) });
      expect(String(result.stdout)).toHaveLength(100000);
      expect(result).not.toHaveProperty('truncated');
    }
  });
});

describe('fitting a result into a size', () => {
  /** Runs fit_record from _castoff_output.py on `record` and returns what it made of it. */
  async function fit(record: unknown, maxBytes: number): Promise<Record<string, unknown>> {
    const script = [
      'import json, sys',
      `sys.path.insert(0, ${JSON.stringify(join(REMOTE_DIR, 'modules'))})`,
      'from _castoff_output import fit_record',
      `print(json.dumps(fit_record(json.load(open(sys.argv[1])), ${maxBytes})))`,
    ].join('\n');
    const finished = await runPython(['-c', script, await writeJson(await makeTempDir(), 'record.json', record)]);
    const text = finished.stdout.trim();
    expect(text.length).toBeLessThanOrEqual(maxBytes + 200);
    return JSON.parse(text) as Record<string, unknown>;
  }

  it('drops the line lists first, then cuts the longest strings in their middle, even ones JSON escapes six-fold', async () => {
    const stdout = `A${'\u0001'.repeat(20_000)}Z`;
    const fitted = await fit({ rc: 0, stdout, stdout_lines: [stdout], msg: 'm'.repeat(3000), changed: true }, 8000);
    expect(fitted).not.toHaveProperty('stdout_lines');
    expect(fitted).toMatchObject({ rc: 0, changed: true, truncated: true });
    expect(String(fitted.stdout).startsWith('A\u0001')).toBe(true);
    expect(String(fitted.stdout).endsWith('\u0001Z')).toBe(true);
    expect(String(fitted.stdout)).toMatch(/\[castoff: \d+ characters of output omitted\]/);
    expect(fitted.warnings).toContain('stdout was cut to fit the result into 8000 bytes (output_limit)');
  });

  it('leaves a record that fits as it is', async () => {
    expect(await fit({ rc: 0, stdout: 'x', stdout_lines: ['x'] }, 8000)).toEqual({ rc: 0, stdout: 'x', stdout_lines: ['x'] });
  });

  it('turns a record whose bulk is not in its strings into a failure saying so', async () => {
    const fitted = await fit({ items: Array.from({ length: 5000 }, (_, i) => i) }, 8000);
    expect(fitted).toEqual({ failed: true, truncated: true, msg: expect.stringMatching(/^the result is too large: \d+ bytes of JSON, more than the 8000 bytes castoff keeps/) });
  });
});

describe('async wrapper', () => {
  it('records a shell job printing 20 MB with both streams kept to the limit, in a small status file', async () => {
    const total = 10 + 20_000_000 + 1 + 8;
    const job = await runJob(await asyncDir(), modulePath('shell'), { _raw_params: printing(20_000_000), _castoff_output_limit: LIMIT }, { outputLimit: LIMIT });
    expect(job.record).toMatchObject({ rc: 0, truncated: true, warnings: [`stdout was truncated: ${LIMIT} bytes of ${total} kept (output_limit)`] });
    expectHeadAndTail(job.record.stdout, total - LIMIT);
    expect(statSync(job.statusPath).size).toBeLessThan(4 * LIMIT);
  });

  it('fails a module whose output is larger than a result may be, keeping its head and tail', async () => {
    const work = await makeTempDir();
    const module = await writeModule(work, 'flood.sh', `echo '{"changed": false, "msg": "'\n${printing(3_000_000)}\necho '"}'\n`);
    const job = await runJob(await asyncDir(), module, {}, { outputLimit: LIMIT });
    const total = 28 + 10 + 3_000_000 + 1 + 8 + 3;
    expect(job.record).toMatchObject({
      failed: 1,
      rc: 0,
      truncated: true,
      msg: `The module printed ${total} bytes, more than the ${RESULT_LIMIT} bytes a module result may take (output_limit ${LIMIT}; it exited with rc 0)`,
    });
    expect(String(job.record.data)).toMatch(/^\{"changed": false, "msg": "\nTHE-START\n/);
    expect(String(job.record.data)).toMatch(/THE-END\n"}\n$/);
    expect(statSync(job.statusPath).size).toBeLessThanOrEqual(RESULT_LIMIT + 1);
  });

  it("keeps the module's stderr to the limit too", async () => {
    const work = await makeTempDir();
    const module = await writeModule(work, 'noisy.sh', `${printing(1_000_000, '>&2')}\necho '{"changed": false}'\n`);
    const job = await runJob(await asyncDir(), module, {}, { outputLimit: LIMIT });
    expect(job.record).toMatchObject({ changed: false, truncated: true, warnings: [`stderr was truncated: ${LIMIT} bytes of ${1_000_019} kept (output_limit)`] });
    expectHeadAndTail(job.record.stderr, 1_000_019 - LIMIT);
  });

  it('stays small in memory while its job prints 300 MB, at the default limit', async () => {
    const dir = await asyncDir();
    const launched = await launchJob(dir, modulePath('shell'), { _raw_params: printing(300_000_000) }, { limit: 120 });
    const watchdog = Number(launched.reply.pid);
    const module = Number(launched.reply.pgid);
    const peak = { watchdog: 0, module: 0 };
    const sample = (pid: number): number => {
      try {
        return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
      } catch {
        return 0;
      }
    };
    while (isAlive(watchdog)) {
      peak.watchdog = Math.max(peak.watchdog, sample(watchdog));
      peak.module = Math.max(peak.module, sample(module));
      await sleep(20);
    }
    const record = await waitForFinalRecord(launched.statusPath);
    expect(record).toMatchObject({ rc: 0, truncated: true });
    expectHeadAndTail(record.stdout, 10 + 300_000_000 + 1 + 8 - 10 * 1024 * 1024);
    expect(peak.module).toBeGreaterThan(0);
    expect(peak.watchdog).toBeGreaterThan(0);
    expect(peak.module).toBeLessThan(200);
    expect(peak.watchdog).toBeLessThan(200);
  }, 120_000);
});
