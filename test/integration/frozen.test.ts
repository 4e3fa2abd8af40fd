/**
 * A frozen host (`docker pause`: TCP still answered by the kernel, nothing above it runs) in every
 * phase of a task: connect, launch, poll, sync exec, cleanup. It must fail at its `timeout:`, at
 * the async limit, or at the keepalive verdict, never hold the other hosts, and never keep the
 * library or the CLI from ending. Scenarios that do not depend on each other run concurrently.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionDefaults } from '../../src/executor/index.js';
import { PLAYBOOK_CLI } from '../helpers/cli.js';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { playRecorded, type RecordOptions, type RecordedRun } from '../helpers/play.js';

let fleet: TestHosts;
let inv: TestInventory;
const frozen = new Set<TestHost>();

/** frz1 stays healthy; each of the others is frozen in one phase. */
const HEALTHY = 'frz1';
const PHASE_HOST = { connect: 'frz2', launch: 'frz3', poll: 'frz4', sync: 'frz5', cleanup: 'frz6' } as const;
/** Python that starts 2 s late, so a freeze issued at a task's start lands inside that task's exec. */
const SLOW_PYTHON = '/usr/local/bin/slowpy';

beforeAll(async () => {
  fleet = await startHosts(6, { prefix: 'frz' });
  inv = writeInventory(fleet.hosts);
  await Promise.all(fleet.hosts.map((h) => h.sh(`printf '#!/bin/sh\\nsleep 2\\nexec python3 "$@"\\n' > ${SLOW_PYTHON} && chmod 755 ${SLOW_PYTHON}`)));
}, 300_000);

afterEach(async () => {
  await thawAll();
});

afterAll(async () => {
  await thawAll();
  await fleet?.stop();
});

async function thawAll(): Promise<void> {
  const paused = [...frozen];
  frozen.clear();
  await Promise.allSettled(paused.map((h) => h.unpause()));
  // Whatever the frozen tasks left running, so the next test starts clean.
  await Promise.allSettled(paused.map((h) => h.sh('pkill -KILL -x sleep; true')));
}

function host(name: string): TestHost {
  return fleet.hosts.find((h) => h.name === name)!;
}

/** `docker pause` can fail to freeze a busy cgroup on a loaded machine ("unable to freeze"): try again. */
async function freeze(h: TestHost): Promise<void> {
  frozen.add(h);
  for (let attempt = 1; ; attempt++) {
    try {
      return await h.pause();
    } catch (err) {
      if (attempt >= 5) throw err;
      await sleep(100);
    }
  }
}

interface Run extends RecordedRun {
  /** When the host's result of the task arrived, in ms from the start of that task. */
  took(task: string, host: string): number;
  /** Sockets of this process still open to the host's sshd once runPlaybook resolved. */
  openSockets(host: string): number;
  /** The host's events with their times, for failure messages. */
  trace(host: string): string;
}

type PlayOptions = Pick<RecordOptions, 'onEvent' | 'onJobLaunched'> & Pick<ConnectionDefaults, 'connectTimeoutMs' | 'keepaliveIntervalMs'>;

async function play(yaml: string, { connectTimeoutMs = 30_000, keepaliveIntervalMs, ...hooks }: PlayOptions = {}): Promise<Run> {
  const r = await playRecorded(inv, yaml, { connection: { connectTimeoutMs, keepaliveIntervalMs }, ...hooks });
  const taskStart = (task: string) => r.timeOf(r.events.find((x) => x.type === 'task_start' && x.task === task)!);
  return {
    ...r,
    took: (task, h) => r.at(task, h) - taskStart(task),
    openSockets: (h) => r.openSocketsTo(host(h).port),
    trace: (h) =>
      r.events
        .filter((e) => !('host' in e) || e.host === h)
        .map((e) => `${Math.round(r.timeOf(e))} ${e.type} ${'task' in e ? e.task : ''}`)
        .join('; '),
  };
}

/** Freezes the host as soon as a process carrying `entry` in its environment runs there. */
function freezeWhenRunning(h: TestHost, entry: string): { frozenAt: Promise<number>; stop(): void } {
  const watch = new AbortController();
  const frozenAt = (async () => {
    while (!watch.signal.aborted) {
      if ((await h.processesWithEnv(entry)).length > 0) {
        await freeze(h);
        return performance.now();
      }
      await sleep(250);
    }
    throw new Error(`${entry} never ran on ${h.name}`);
  })();
  frozenAt.catch(() => undefined);
  return { frozenAt, stop: () => watch.abort() };
}

/**
 * A task keyword whose value applies to the frozen host; the healthy host gets a bound it never
 * meets, so a machine at load 10+ (a connect can take 10 s there) cannot fail it, while the
 * ordering of the two results still shows the healthy host was not held.
 */
const onlyFrozen = (frozenHost: string, value: number) => `"{{ ${value} if inventory_hostname == '${frozenHost}' else 300 }}"`;

const interpreter = (frozenHost: string, slow: boolean) => (slow ? `"{{ '${SLOW_PYTHON}' if inventory_hostname == '${frozenHost}' else 'python3' }}"` : 'python3');

/** A healthy host's result, as if the frozen host did not exist. */
function expectHealthy(r: Run, task: string, frozenHost: string, fields: Record<string, unknown>): void {
  expect(r.statusOf(task, HEALTHY), `${task}: ${JSON.stringify(r.resultOf(task, HEALTHY))} ${r.trace(HEALTHY)}`).not.toMatch(/failed|unreachable/);
  expect(r.resultOf(task, HEALTHY), task).toMatchObject(fields);
  expect(r.at(task, HEALTHY), `${task}: the healthy host is not held by the frozen one`).toBeLessThan(r.at(task, frozenHost));
  expect(r.stats[HEALTHY]).toMatchObject({ failed: 0, unreachable: 0 });
}

/** The library resolved with no socket left to the frozen host, and the host is still frozen. */
function expectClosed(r: Run, frozenHost: string): void {
  expect(r.openSockets(frozenHost), `sockets left open to ${frozenHost}`).toBe(0);
  expect(r.events.at(-1)?.type).toBe('run_end');
}

// Generous enough that the healthy host finishes first on 2 loaded cores (its 1 s job was once
// reported 27 s after its task started, with five phases and other test files sharing the CPU),
// and still below the 45-60 s of a keepalive verdict.
const TIMEOUT = 30;
/** Scenarios start this far apart, so their SSH handshakes do not all compete for the CPU at once. */
const STAGGER_MS = 1000;
const TIMEOUT_MS = TIMEOUT * 1000;
/** A frozen host fails at its deadline "within 1 s"; the bound is generous for a loaded machine yet far below the 45-60 s of a keepalive verdict. */
const LATE_MS = 5000;
const TIMED_OUT = { failed: true, timedout: true, msg: `The task timed out after ${TIMEOUT} seconds` };

type Phase = keyof typeof PHASE_HOST;

/** When a phase freezes its host: the moment that puts the freeze inside that phase. */
type FreezeAt =
  | { before: 'run' }
  | { taskStart: string }
  | { jobLaunched: true }
  /** A process carrying this `NAME=value` in its environment runs on the host. */
  | { running: string };

/**
 * What one variant (with a `timeout:`, or without one) does to the frozen host's task and expects
 * of it. The playbooks are shared; only these parts differ.
 */
interface Variant {
  /** Names the variant's FROZEN_MARK, so a process left by the other test cannot trigger a freeze. */
  name: string;
  /** The `async:` limit of the launch and poll jobs. */
  asyncLimit(h: string): string;
  /** The `timeout:` line of the task the host is frozen in, or nothing. */
  timeout(h: string): string;
  expect: Record<Phase, Verdict>;
}

/** How the frozen host's task ends. */
interface Verdict {
  /** Connection settings the verdict depends on (the connect timeout, keepalives). */
  options?: Pick<PlayOptions, 'connectTimeoutMs' | 'keepaliveIntervalMs'>;
  status: string;
  result: Record<string, unknown>;
  /** When its result arrives, in ms from the start of the task. */
  took: { min?: number; max: number };
}

/** One phase, the same in both variants: the playbook, when the host is frozen, the healthy host's result. */
interface PhaseScenario {
  /** The task the host is frozen in. */
  task: string;
  playbook(h: string, v: Variant): string;
  freezeAt(v: Variant): FreezeAt;
  healthy: Record<string, unknown>;
  /** What else the phase proves. */
  check?(r: Run, h: string): void;
}

/**
 * A play on the healthy host and `h`. `warm` opens both connections first, so a freeze at the next
 * task's start lands in that task rather than in the connect; `slowPython` gives `h` the
 * interpreter that starts 2 s late, so that freeze lands inside the task's exec.
 */
function playOn(h: string, tasks: string, options: { warm?: boolean; slowPython?: boolean } = {}): string {
  // A named interpreter on every play: no discovery probe adds an exec the phases do not expect.
  const vars = `  vars:\n    ansible_python_interpreter: ${interpreter(h, options.slowPython === true)}\n`;
  const warm = options.warm ? `    - name: warm\n      raw: "true"\n` : '';
  return `- hosts: ${HEALTHY},${h}\n  gather_facts: false\n${vars}  tasks:\n${warm}${tasks}`;
}

const PHASES: Record<Phase, PhaseScenario> = {
  connect: {
    task: 'hello',
    playbook: (h, v) =>
      playOn(
        h,
        `
    - name: hello
      raw: echo hello
      ${v.timeout(h)}
    - name: after
      raw: echo after
`,
      ),
    freezeAt: () => ({ before: 'run' }),
    healthy: { rc: 0, stdout_lines: ['hello'] },
    check: (r) => expect(r.resultOf('after', HEALTHY), 'the healthy host goes on').toMatchObject({ rc: 0, stdout_lines: ['after'] }),
  },
  launch: {
    task: 'job',
    playbook: (h, v) =>
      playOn(
        h,
        `
    - name: job
      shell: sleep 1; echo done
      async: ${v.asyncLimit(h)}
      poll: 1
      ${v.timeout(h)}
`,
        { warm: true, slowPython: true },
      ),
    freezeAt: () => ({ taskStart: 'job' }),
    healthy: { stdout: 'done', finished: 1 },
    check: (r, h) => expect(r.jobs.filter((j) => j.host === h), 'the job never started').toEqual([]),
  },
  poll: {
    task: 'job',
    // The frozen host's job outlives every bound; the healthy host's ends in 2 s.
    playbook: (h, v) =>
      playOn(
        h,
        `
    - name: job
      shell: "sleep {{ 30 if inventory_hostname == '${h}' else 2 }}; echo done"
      async: ${v.asyncLimit(h)}
      poll: 1
      ${v.timeout(h)}
`,
        { warm: true },
      ),
    freezeAt: () => ({ jobLaunched: true }),
    healthy: { stdout: 'done', finished: 1 },
    check: (r, h) => expect(r.jobs.filter((j) => j.host === h)).toHaveLength(1),
  },
  sync: {
    task: 'sleep',
    // The frozen host's command outlives every bound, so only the bound can end it.
    playbook: (h, v) =>
      playOn(
        h,
        `
    - name: sleep
      raw: "sleep {{ 60 if inventory_hostname == '${h}' else 1 }}"
      environment:
        FROZEN_MARK: sync-${v.name}
      ${v.timeout(h)}
`,
        { warm: true },
      ),
    freezeAt: (v) => ({ running: `FROZEN_MARK=sync-${v.name}` }),
    healthy: { rc: 0 },
  },
  cleanup: {
    task: 'cleanup',
    // The job finishes and is waited on before the freeze, which lands in the cleanup exec.
    playbook: (h, v) =>
      playOn(
        h,
        `
    - name: job
      shell: echo started
      async: 30
      poll: 0
      register: job
    - name: wait
      async_status:
        jid: "{{ job.ansible_job_id }}"
      register: st
      until: st.finished
      retries: 40
      delay: 0.5
    - name: cleanup
      async_status:
        jid: "{{ job.ansible_job_id }}"
        mode: cleanup
      ${v.timeout(h)}
`,
        { slowPython: true },
      ),
    freezeAt: () => ({ taskStart: 'cleanup' }),
    healthy: {},
    check: (r, h) => expect(r.resultOf('wait', h), 'the job ran before the freeze').toMatchObject({ finished: 1, stdout: 'started' }),
  },
};

/** Arms the freeze of `h` at `at`: the hooks the run needs, and a check that the freeze happened. */
function armFreeze(h: TestHost, at: FreezeAt): { hooks: PlayOptions; frozen(): Promise<void>; stop(): void } {
  let done: Promise<unknown> | undefined;
  const now = () => (done ??= freeze(h));
  let stop: () => void = () => undefined;
  const hooks: PlayOptions = {};
  if ('before' in at) now();
  else if ('taskStart' in at) hooks.onEvent = (e) => void (e.type === 'task_start' && e.task === at.taskStart && now());
  else if ('jobLaunched' in at) hooks.onJobLaunched = (j) => void (j.host === h.name && now());
  else {
    const watcher = freezeWhenRunning(h, at.running);
    done = watcher.frozenAt;
    stop = watcher.stop;
  }
  return {
    hooks,
    // Awaited, so a freeze that failed or never came fails the phase instead of passing unseen.
    async frozen() {
      if (!done) throw new Error(`${h.name} was never frozen`);
      await done;
    },
    stop,
  };
}

/** Freezes the phase's host in that phase and checks how its task ends, and that the healthy host was not held. */
async function runPhase(phase: Phase, v: Variant): Promise<void> {
  const s = PHASES[phase];
  const want = v.expect[phase];
  const h = PHASE_HOST[phase];
  const at = s.freezeAt(v);
  const trigger = armFreeze(host(h), at);
  try {
    if ('before' in at) await trigger.frozen();
    const r = await play(s.playbook(h, v), { ...want.options, ...trigger.hooks });
    await trigger.frozen();
    const why = `${phase}: ${JSON.stringify(r.resultOf(s.task, h))} ${r.trace(h)}`;
    expect(r.statusOf(s.task, h), why).toBe(want.status);
    expect(r.resultOf(s.task, h), why).toMatchObject(want.result);
    if (want.took.min !== undefined) expect(r.took(s.task, h), why).toBeGreaterThanOrEqual(want.took.min);
    expect(r.took(s.task, h), why).toBeLessThan(want.took.max);
    expectHealthy(r, s.task, h, s.healthy);
    s.check?.(r, h);
    expectClosed(r, h);
  } finally {
    trigger.stop();
  }
}

/** Every phase at once, each on its own host, started STAGGER_MS apart; reports each phase's failure. */
async function runAllPhases(v: Variant): Promise<void> {
  const phases = Object.keys(PHASE_HOST) as Phase[];
  const outcomes = await Promise.allSettled(
    phases.map(async (phase, i) => {
      await sleep(i * STAGGER_MS);
      await runPhase(phase, v);
    }),
  );
  const failures = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [`${phases[i]}: ${String((o.reason as Error)?.stack ?? o.reason)}`] : []));
  expect(failures).toEqual([]);
}

const timedOut: Verdict = { status: 'failed', result: TIMED_OUT, took: { min: TIMEOUT_MS - 100, max: TIMEOUT_MS + LATE_MS } };

const WITH_TIMEOUT: Variant = {
  name: 'timeout',
  asyncLimit: () => '30',
  timeout: (h) => `timeout: ${onlyFrozen(h, TIMEOUT)}`,
  expect: { connect: timedOut, launch: timedOut, poll: timedOut, sync: timedOut, cleanup: timedOut },
};

const LIMIT = 30;
const LIMIT_MS = LIMIT * 1000;
const CONNECT_TIMEOUT_MS = 20_000;
const asyncLimit = (extra: Record<string, unknown>): Verdict => ({
  status: 'failed',
  result: { failed: true, ...extra, msg: `async task did not complete within the requested time - ${LIMIT}s` },
  // The limit, plus a check and a terminate that may not hold the result more than ~2 s.
  took: { min: LIMIT_MS - 100, max: LIMIT_MS + LATE_MS },
});
const keepaliveVerdict: Verdict = {
  options: { keepaliveIntervalMs: 2000 },
  status: 'unreachable',
  result: { msg: expect.stringMatching(/connection lost \(.*: no answer to 3 keepalives sent 2 s apart\)/) },
  // 3 unanswered keepalives 2 s apart: 6-8 s after the freeze, not the command's 60 s.
  took: { max: 25_000 },
};

const WITHOUT_TIMEOUT: Variant = {
  name: 'keepalive',
  asyncLimit: (h) => onlyFrozen(h, LIMIT),
  timeout: () => '',
  expect: {
    connect: {
      options: { connectTimeoutMs: CONNECT_TIMEOUT_MS },
      status: 'unreachable',
      result: { msg: expect.stringMatching(new RegExp(`${PHASE_HOST.connect} port \\d+: timed out \\(during the SSH handshake\\)`)) },
      took: { min: CONNECT_TIMEOUT_MS - 100, max: CONNECT_TIMEOUT_MS + LATE_MS },
    },
    // The launch exec never returns and no job starts: the async limit ends the wait for it.
    launch: asyncLimit({}),
    poll: asyncLimit({ finished: 0 }),
    sync: keepaliveVerdict,
    cleanup: keepaliveVerdict,
  },
};

describe('a host frozen with timeout: fails at the timeout in every phase', () => {
  it('connect, launch, poll, sync exec and cleanup', () => runAllPhases(WITH_TIMEOUT), 120_000);
});

describe('a host frozen without timeout: the async limit or the keepalive verdict decides', () => {
  it('connect: the connect timeout; launch and poll: the async limit; sync exec and cleanup: the keepalive verdict', () => runAllPhases(WITHOUT_TIMEOUT), 120_000);
});

interface CliTimeline {
  code: number | null;
  stdout: string;
  stderr: string;
  /** ms from the spawn to the first line of the recap. */
  recapAt: number | undefined;
  /** ms from the spawn to the exit. */
  exitAt: number;
}

function runCliTimed(args: string[], env: Record<string, string>, boundMs: number): Promise<CliTimeline> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('node', [PLAYBOOK_CLI, ...args], { cwd: inv.dir, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    let recapAt: number | undefined;
    const bound = setTimeout(() => child.kill('SIGKILL'), boundMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (recapAt === undefined && stdout.includes('PLAY RECAP')) recapAt = performance.now() - started;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(bound);
      resolve({ code, stdout, stderr, recapAt, exitAt: performance.now() - started });
    });
  });
}

describe('castoff-playbook with a host frozen mid-poll', () => {
  it('reports the host at its timeout, prints the recap and exits at once while the host stays frozen', async () => {
    const h = PHASE_HOST.poll;
    const others = [HEALTHY, PHASE_HOST.connect, PHASE_HOST.launch];
    const file = join(inv.dir, 'frozen-cli.yml');
    writeFileSync(
      file,
      `
- hosts: ${[...others, h].join(',')}
  gather_facts: false
  tasks:
    - name: job
      shell: sleep 3; echo done
      async: 40
      poll: 1
      timeout: ${onlyFrozen(h, TIMEOUT)}
      environment:
        FROZEN_MARK: cli
`,
    );
    const watcher = freezeWhenRunning(host(h), 'FROZEN_MARK=cli');
    try {
      const r = await runCliTimed(['-i', inv.file, file], { CASTOFF_KNOWN_HOSTS: inv.knownHostsFile }, 90_000);
      await watcher.frozenAt;
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stdout).toMatch(new RegExp(`fatal: \\[${h}\\]: FAILED! => .*The task timed out after ${TIMEOUT} seconds`));
      for (const other of others) expect(r.stdout).toMatch(new RegExp(`changed: \\[${other}\\]`));
      expect(r.stdout).toMatch(new RegExp(`${h}\\s+: ok=0\\s+changed=0\\s+unreachable=0\\s+failed=1`));
      expect(r.recapAt).toBeDefined();
      // The frozen host decides at its timeout (20 s after the task starts, plus close()'s grace for
      // the terminate), not at a keepalive verdict 45-60 s after the freeze.
      expect(r.recapAt!).toBeLessThan(40_000);
      // The process ends right after the recap although a socket to the frozen host was open.
      expect(r.exitAt - r.recapAt!).toBeLessThan(2500);
      expect(frozen.has(host(h))).toBe(true);
      expect((await fleet.hosts.find((x) => x.name === HEALTHY)!.sh('true')).rc).toBe(0);
    } finally {
      watcher.stop();
    }
  }, 120_000);
});

describe('castoff-playbook with a host frozen mid-command and no timeout', () => {
  it('CASTOFF_SSH_KEEPALIVE=1: the keepalive verdict makes the host unreachable within seconds, and the process exits', async () => {
    const h = PHASE_HOST.sync;
    const file = join(inv.dir, 'frozen-cli-keepalive.yml');
    // The frozen host alone: 1 s keepalives give any host only 4 s of silence, which a healthy one
    // can exceed on a loaded machine (CI saw that); the other hosts going on is the other tests' part.
    writeFileSync(
      file,
      `
- hosts: ${h}
  gather_facts: false
  tasks:
    - name: sleep
      raw: "FROZEN_MARK=cli-keepalive sleep 120"
`,
    );
    const watcher = freezeWhenRunning(host(h), 'FROZEN_MARK=cli-keepalive');
    try {
      const r = await runCliTimed(['-i', inv.file, file], { CASTOFF_KNOWN_HOSTS: inv.knownHostsFile, CASTOFF_SSH_KEEPALIVE: '1' }, 90_000);
      await watcher.frozenAt;
      expect(r.code, r.stdout + r.stderr).toBe(4);
      expect(r.stdout).toMatch(new RegExp(`fatal: \\[${h}\\]: UNREACHABLE! => .*connection lost \\(.*no answer to 3 keepalives sent 1 s apart\\)`));
      expect(r.stdout).toMatch(new RegExp(`${h}\\s+: ok=0\\s+changed=0\\s+unreachable=1\\s+failed=0`));
      expect(r.recapAt).toBeDefined();
      // 3 keepalives 1 s apart, not the default 45 s nor the command's 120 s.
      expect(r.recapAt!).toBeLessThan(35_000);
      expect(r.exitAt - r.recapAt!).toBeLessThan(2500);
      expect(frozen.has(host(h))).toBe(true);
    } finally {
      watcher.stop();
    }
  }, 120_000);

  it('a CASTOFF_SSH_KEEPALIVE that is not a number of seconds is a clear error', async () => {
    const file = join(inv.dir, 'frozen-cli-bad.yml');
    writeFileSync(file, `- hosts: ${HEALTHY}\n  gather_facts: false\n  tasks:\n    - raw: "true"\n`);
    const r = await runCliTimed(['-i', inv.file, file], { CASTOFF_KNOWN_HOSTS: inv.knownHostsFile, CASTOFF_SSH_KEEPALIVE: 'soon' }, 60_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("ERROR! CASTOFF_SSH_KEEPALIVE must be a number of seconds (0 disables keepalives), got 'soon'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
