/**
 * Hosts that print without end, and commands that outlive their timeout: the controller keeps at
 * most `output_limit` of each stream (head and tail, marked truncated), the async status file stays
 * small, and a sync task's timeout or cancellation leaves no process behind, setsid ones included.
 * The CLI runs as a child process so that its peak RSS (getrusage) is the controller's own.
 */
import { spawn } from 'node:child_process';
import { openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SshConnection } from '../../src/connection/index.js';
import { CancelledError } from '../../src/core/errors.js';
import { PLAYBOOK_CLI } from '../helpers/cli.js';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';

const LIMIT = 10 * 1024 * 1024;
// Holding the 500 MB a host prints would take more than 500 MB; the controller's own baseline and
// the garbage collector's slack under load take up to about 300 MB, so the bound sits between.
const RSS_BOUND_MB = 400;
const MARKER_TEXT = /\n\[castoff: \d+ bytes of output omitted\]\n/;

let fleet: TestHosts;
let host: TestHost;
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(1, { prefix: 'out' });
  host = fleet.hosts[0];
  inv = writeInventory(fleet.hosts);
  // Reports the process's peak resident set (kernel's getrusage) when it exits.
  writeFileSync(
    join(inv.dir, 'peak-rss.cjs'),
    `process.on('exit', () => require('node:fs').writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS)));\n`,
  );
});

afterAll(async () => {
  await fleet?.stop();
});

interface CliRun {
  code: number | null;
  events: Array<Record<string, unknown>>;
  stderr: string;
  peakRssMb: number;
}

/** Runs castoff-playbook with --output jsonl, its stdout going to a file rather than our memory. */
async function runPlaybookCli(name: string, yaml: string, env: Record<string, string> = {}): Promise<CliRun> {
  const playbook = join(inv.dir, `${name}.yml`);
  writeFileSync(playbook, yaml);
  const outFile = join(inv.dir, `${name}.jsonl`);
  const rssFile = join(inv.dir, `${name}.rss`);
  const out = openSync(outFile, 'w');
  const child = spawn('node', [PLAYBOOK_CLI, '-i', inv.file, playbook, '--output', 'jsonl'], {
    cwd: inv.dir,
    env: {
      ...process.env,
      NO_COLOR: '1',
      ANSIBLE_HOST_KEY_CHECKING: 'true',
      CASTOFF_KNOWN_HOSTS: inv.knownHostsFile,
      PEAK_RSS_FILE: rssFile,
      NODE_OPTIONS: `--require ${join(inv.dir, 'peak-rss.cjs')}`,
      ...env,
    },
    stdio: ['ignore', out, 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  closeSync(out);
  const events = readFileSync(outFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { code, events, stderr, peakRssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

function resultOf(run: CliRun, task: string): Record<string, unknown> {
  const event = run.events.find((e) => e.type === 'host_result' && e.task === task && !('item' in e));
  if (!event) throw new Error(`no result for ${task}: ${run.stderr}`);
  return event.result as Record<string, unknown>;
}

function expectTruncated(result: Record<string, unknown>, total: number, limit = LIMIT): void {
  expect(result.truncated).toBe(true);
  expect(result.warnings).toContain(`stdout was truncated: ${limit} bytes of ${total} kept (output_limit)`);
  const stdout = String(result.stdout);
  expect(stdout.startsWith('THE-START\n')).toBe(true);
  expect(stdout.trimEnd().endsWith('THE-END')).toBe(true);
  expect(stdout).toMatch(MARKER_TEXT);
  expect(stdout.length).toBeLessThan(limit + 200);
}

/** Waits (bounded) until no live process on the host carries `entry` in its environment. */
async function expectNoProcessWith(entry: string): Promise<void> {
  const ends = performance.now() + 15_000;
  let left = await host.processesWithEnv(entry);
  while (left.length > 0 && performance.now() < ends) {
    await sleep(250);
    left = await host.processesWithEnv(entry);
  }
  expect(left).toEqual([]);
}

// `yes` lines and a run of x without newline, so both many-lines and one-line output are covered.
const PRINT_300MB_X = `echo THE-START; head -c 300000000 /dev/zero | tr '\\\\0' x; echo; echo THE-END`;
const RAW_TOTAL = 'THE-START\n'.length + 300_000_000 + 1 + 'THE-END\n'.length;
const PRINT_500MB_LINES = `echo THE-START; yes | head -c 500000000; echo THE-END`;
const LINES_TOTAL = 'THE-START\n'.length + 500_000_000 + 'THE-END\n'.length;

describe('bounded output', () => {
  it('a sync raw and a sync shell printing 300 MB each are kept to 10 MiB, head and tail, with the controller far below the 600 MB printed', async () => {
    const run = await runPlaybookCli(
      'sync-300mb',
      `- hosts: out1
  gather_facts: false
  tasks:
    - name: raw
      raw: "${PRINT_300MB_X}"
    - name: shell
      shell: "${PRINT_300MB_X}"
`,
    );
    expect(run.code, run.stderr).toBe(0);
    expectTruncated(resultOf(run, 'raw'), RAW_TOTAL);
    // The shell module strips the trailing newline, as Ansible's does; the total counts it.
    expectTruncated(resultOf(run, 'shell'), RAW_TOTAL);
    expect(run.peakRssMb).toBeLessThan(RSS_BOUND_MB);
  });

  it('an async shell printing 500 MB leaves a small status file and a truncated result, with the controller far below the 500 MB printed', async () => {
    const run = await runPlaybookCli(
      'async-500mb',
      `- hosts: out1
  gather_facts: false
  tasks:
    - name: launch
      shell: "${PRINT_500MB_LINES}"
      async: 300
      poll: 0
      register: job
    - name: collect
      async_status:
        jid: "{{ job.ansible_job_id }}"
      register: collected
      until: collected.finished
      retries: 300
      delay: 1
    - name: polled
      shell: "${PRINT_500MB_LINES}"
      async: 300
      poll: 1
`,
    );
    expect(run.code, run.stderr).toBe(0);
    const launched = resultOf(run, 'launch');
    const collected = resultOf(run, 'collect');
    expectTruncated(collected, LINES_TOTAL);
    expectTruncated(resultOf(run, 'polled'), LINES_TOTAL);
    // Lines are derived on the controller from what was kept.
    expect((collected.stdout_lines as string[])[0]).toBe('THE-START');
    const size = await host.sh(`stat -c %s ${String(launched.results_file)}`);
    expect(size.rc, size.output).toBe(0);
    expect(Number(size.output.trim())).toBeLessThanOrEqual(2 * LIMIT + 1024 * 1024);
    expect(run.peakRssMb).toBeLessThan(RSS_BOUND_MB);
  });

  it('CASTOFF_OUTPUT_LIMIT sets the limit of sync execs, of the modules and of the async wrapper', async () => {
    const limit = 65536;
    const total = 'THE-START\n'.length + 1_000_000 + 1 + 'THE-END\n'.length;
    const print = PRINT_300MB_X.replace('300000000', '1000000');
    const run = await runPlaybookCli(
      'limit-64k',
      `- hosts: out1
  gather_facts: false
  tasks:
    - name: raw
      raw: "${print}"
    - name: shell
      shell: "${print}"
    - name: launch
      shell: "${print}"
      async: 60
      poll: 0
    - name: polled
      shell: "${print}"
      async: 60
      poll: 1
`,
      { CASTOFF_OUTPUT_LIMIT: '64K' },
    );
    expect(run.code, run.stderr).toBe(0);
    for (const task of ['raw', 'shell', 'polled']) expectTruncated(resultOf(run, task), total, limit);
    const file = String(resultOf(run, 'launch').results_file);
    const ends = performance.now() + 60_000;
    let record = '';
    while (performance.now() < ends && !/"rc"/.test(record)) {
      await sleep(250);
      record = (await host.sh(`cat ${file}`)).output;
    }
    expect(record.length).toBeLessThan(2 * limit + 512 * 1024);
    expect(JSON.parse(record)).toMatchObject({ truncated: true, warnings: [`stdout was truncated: ${limit} bytes of ${total} kept (output_limit)`] });
  });

  it('a status file larger than the limit is reported as too large, naming the host and the path, and is not read', async () => {
    const path = '/root/.ansible_async/j1.1';
    await host.sh(`mkdir -p /root/.ansible_async && head -c ${3 * LIMIT} /dev/zero | tr '\\0' ' ' > ${path}`);
    const run = await runPlaybookCli(
      'big-status',
      `- hosts: out1
  gather_facts: false
  tasks:
    - name: status
      async_status:
        jid: j1.1
`,
    );
    const result = resultOf(run, 'status');
    expect(result.failed).toBe(true);
    expect(String(result.msg)).toBe(`out1: the job file ${path} is too large to read: more than ${2 * LIMIT + 1024 * 1024} bytes (output_limit ${LIMIT})`);
    await host.sh(`rm -f ${path}`);
  });
});

describe('sync timeout and cancellation kill setsid descendants', () => {
  for (const module of ['shell', 'raw']) {
    it(`${module} with timeout: a setsid child is gone after the timeout`, async () => {
      const value = `${module}-${Date.now()}`;
      const started = performance.now();
      const run = await runPlaybookCli(
        `timeout-${module}`,
        `- hosts: out1
  gather_facts: false
  tasks:
    - name: detach
      ${module}: "setsid sleep 300 & sleep 100"
      environment:
        CASTOFF_PROBE: "${value}"
      timeout: 3
`,
      );
      const result = resultOf(run, 'detach');
      expect(result.failed).toBe(true);
      expect(String(result.msg)).toBe('The task timed out after 3 seconds');
      // The timeout must have cut a 100 s command short.
      expect(performance.now() - started).toBeLessThan(60_000);
      await expectNoProcessWith(`CASTOFF_PROBE=${value}`);
    });
  }

  it('cancelling a sync exec kills its setsid children too', async () => {
    const conn = new SshConnection(host.connectOptions());
    try {
      const probe = `CASTOFF_PROBE=cancel-${Date.now()}`;
      const controller = new AbortController();
      const running = conn.exec(`export ${probe}; setsid sleep 300 & echo started; sleep 100`, { signal: controller.signal });
      // Abort once the setsid child is running on the host.
      const ends = performance.now() + 30_000;
      while ((await host.processesWithEnv(probe)).length < 2 && performance.now() < ends) await sleep(100);
      expect((await host.processesWithEnv(probe)).length).toBeGreaterThanOrEqual(2);
      controller.abort();
      await expect(running).rejects.toBeInstanceOf(CancelledError);
      await expectNoProcessWith(probe);
    } finally {
      await conn.close();
    }
  });
});
