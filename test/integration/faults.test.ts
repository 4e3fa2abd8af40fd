/**
 * Faults a run must survive, made by breaking real hosts: a hung host, sshd restarted, a cut
 * network, a broken status file, no Python, a full disk, cancellation and hard task timeouts.
 * Every test checks what the controller reports and what is left on the host.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartedJob } from '../../src/async/index.js';
import type { ConnectionDefaults } from '../../src/executor/index.js';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { playRecorded, type RecordOptions, type RecordedRun } from '../helpers/play.js';

let fleet: TestHosts;
let bare: TestHosts;
let hosts: TestHost[];
let inv: TestInventory;

beforeAll(async () => {
  [fleet, bare] = await Promise.all([
    startHosts(3, { prefix: 'flt', tmpfs: { '/mnt/tiny': 'rw,size=64k' } }),
    startHosts(1, { prefix: 'fnp', python: false }),
  ]);
  hosts = [...fleet.hosts, ...bare.hosts];
  inv = writeInventory(hosts);
});

afterAll(async () => {
  await Promise.allSettled([fleet?.stop(), bare?.stop()]);
});

function host(name: string): TestHost {
  return hosts.find((h) => h.name === name)!;
}

type Run = RecordedRun;

type PlayOptions = Omit<RecordOptions, 'connection'> & Pick<ConnectionDefaults, 'keepaliveIntervalMs'>;

/**
 * A 6 s connect timeout, so a host made unreachable fails fast, while a handshake slowed down by a
 * loaded machine (2 s was seen to run out with two CPU hogs) still gets through.
 */
function play(yaml: string, { keepaliveIntervalMs, ...rest }: PlayOptions = {}): Promise<Run> {
  return playRecorded(inv, yaml, { connection: { connectTimeoutMs: 6000, keepaliveIntervalMs }, ...rest });
}

function jobOf(run: Run, hostName: string): StartedJob['job'] {
  const launched = run.jobs.filter((j) => j.host === hostName);
  if (launched.length !== 1) throw new Error(`expected one job on ${hostName}, got ${launched.length}: ${JSON.stringify(run.events.filter((e) => e.type === 'host_result' && e.host === hostName))}`);
  return launched[0].job;
}

/** Waits until nothing carrying `entry` in its environment runs on the host; returns what is left. */
async function processesGone(h: TestHost, entry: string, withinMs: number): Promise<number[]> {
  const until = performance.now() + withinMs;
  for (;;) {
    const left = await h.processesWithEnv(entry);
    if (left.length === 0 || performance.now() > until) return left;
    await sleep(200);
  }
}

async function fileOn(h: TestHost, path: string): Promise<Record<string, unknown> | undefined> {
  const r = await h.sh(`cat ${path} 2>/dev/null`);
  return r.rc === 0 && r.output.trim() ? (JSON.parse(r.output) as Record<string, unknown>) : undefined;
}

describe('a host that hangs mid-task', () => {
  it('during an async job: only that host fails, at the async limit, and its watchdog kills the job once it runs again', async () => {
    const hung = host('flt2');
    let paused: Promise<void> | undefined;
    try {
      const r = await play(
        `
- hosts: flt1,flt2
  gather_facts: false
  tasks:
    - name: job
      shell: "sleep {{ 30 if inventory_hostname == 'flt2' else 1 }}; echo done"
      async: 8
      poll: 1
    - name: next
      command: echo next
`,
        {
          keepaliveIntervalMs: 1000,
          onJobLaunched: (j) => {
            if (j.host === 'flt2') paused = hung.pause();
          },
        },
      );
      await paused;
      expect(r.resultOf('job', 'flt1')).toMatchObject({ stdout: 'done', finished: 1 });
      expect(r.resultOf('next', 'flt1')).toMatchObject({ stdout: 'next' });
      expect(r.statusOf('job', 'flt2')).toBe('unreachable');
      expect(r.resultOf('job', 'flt2').msg).toMatch(/flt2 port \d+/);
      expect(r.events.some((e) => e.type === 'host_result' && e.task === 'next' && e.host === 'flt2')).toBe(false);
      // The async limit (8 s from the launch) decides, not a connection timeout before it. The
      // limit leaves room for a slow `docker pause` on a loaded machine, so the keepalive verdict
      // (3 unanswered keepalives 1 s apart) has come by then and makes the host unreachable.
      expect(r.at('job', 'flt2')).toBeGreaterThanOrEqual(8000);
      expect(r.at('job', 'flt2')).toBeLessThan(8000 + 10_000);
      expect(r.stats.flt2).toMatchObject({ unreachable: 1, ok: 0 });
      expect(r.exitCode).toBe(4);

      const jid = jobOf(r, 'flt2').jid;
      await hung.unpause();
      // A frozen watchdog's wait resumes with the time it had left when frozen, so the kill can come
      // up to the whole limit after the thaw.
      expect(await processesGone(hung, `CASTOFF_JOB_ID=${jid}`, 8000 + 10_000)).toEqual([]);
      expect(await fileOn(hung, `/root/.ansible_async/${jid}`)).toMatchObject({ failed: true, timedout: true, msg: 'Timeout exceeded' });
    } finally {
      await paused;
      await hung.unpause().catch(() => undefined);
    }
  });

  it('during a sync command: only that host fails, at its timeout, and the command is killed once the host runs again', async () => {
    const hung = host('flt2');
    let unpaused: Promise<void> | undefined;
    const mark = 'FAULT_MARK=hung-sync';
    let pausing: Promise<void> | undefined;
    const watch = new AbortController();
    // Pause the host as soon as its command runs.
    const watcher = (async () => {
      while (!watch.signal.aborted) {
        if ((await hung.processesWithEnv(mark)).length > 0) {
          pausing = hung.pause();
          return;
        }
        await sleep(100);
      }
    })();
    try {
      const r = await play(
        `
- hosts: flt1,flt2
  gather_facts: false
  tasks:
    - name: hang
      shell: "sleep {{ 30 if inventory_hostname == 'flt2' else 1 }}; echo done"
      environment:
        FAULT_MARK: hung-sync
      timeout: "{{ 4 if inventory_hostname == 'flt2' else 60 }}"
    - name: next
      shell: sleep 3; echo next
`,
        {
          // The host comes back while the run goes on for the others.
          onEvent: (e) => {
            if (e.type === 'host_result' && e.host === 'flt2') unpaused = pausing!.then(() => hung.unpause());
          },
        },
      );
      watch.abort();
      await watcher;
      expect(pausing).toBeDefined();
      await pausing;
      expect(r.resultOf('hang', 'flt1')).toMatchObject({ stdout: 'done', rc: 0 });
      expect(r.resultOf('next', 'flt1')).toMatchObject({ stdout: 'next' });
      expect(r.resultOf('hang', 'flt2')).toMatchObject({ failed: true, timedout: true, msg: 'The task timed out after 4 seconds' });
      expect(r.at('hang', 'flt2')).toBeGreaterThanOrEqual(4000);
      expect(r.at('hang', 'flt2')).toBeLessThan(15_000);
      expect(r.exitCode).toBe(2);

      await unpaused;
      expect(await processesGone(hung, mark, 15_000)).toEqual([]);
    } finally {
      watch.abort();
      await pausing;
      await unpaused?.catch(() => undefined);
      await hung.unpause().catch(() => undefined);
    }
  });
});

describe('a connection lost while polling', () => {
  it('sshd restarted: castoff reconnects and collects the result', async () => {
    const h = host('flt1');
    let restart: Promise<void> | undefined;
    const r = await play(
      `
- hosts: flt1
  gather_facts: false
  tasks:
    - name: job
      shell: sleep 3; echo survived
      async: 15
      poll: 1
`,
      {
        onJobLaunched: () => {
          restart = (async () => {
            await h.stopSshd();
            await sleep(1500);
            await h.startSshd();
          })();
        },
      },
    );
    await restart;
    expect(r.exitCode, JSON.stringify(r.results)).toBe(0);
    expect(r.resultOf('job', 'flt1')).toMatchObject({ stdout: 'survived', finished: 1, rc: 0 });
    const end = r.events.find((e) => e.type === 'run_end');
    expect(end?.type === 'run_end' && end.connections.flt1.connects).toBeGreaterThanOrEqual(2);
    const jid = jobOf(r, 'flt1').jid;
    expect(await h.processesWithEnv(`CASTOFF_JOB_ID=${jid}`)).toEqual([]);
    expect((await h.sh(`test -e /root/.ansible_async/${jid}`)).rc).not.toBe(0);
  });

  it('network cut: restored before the limit the result is collected; never restored the host is unreachable at the limit', async () => {
    const [back, gone] = [host('flt1'), host('flt2')];
    const cuts: Array<Promise<void>> = [];
    try {
      const r = await play(
        `
- hosts: flt1,flt2
  gather_facts: false
  tasks:
    - name: job
      shell: "sleep {{ 3 if inventory_hostname == 'flt1' else 30 }}; echo through"
      # Room for a reconnect on a loaded machine after the network returns at about 3 s.
      async: 12
      poll: 1
`,
        {
          keepaliveIntervalMs: 1000,
          onJobLaunched: (j) => {
            const h = host(j.host);
            cuts.push(
              (async () => {
                await h.cutNetwork();
                if (h !== back) return;
                await sleep(3000);
                await h.restoreNetwork();
              })(),
            );
          },
        },
      );
      await Promise.all(cuts);
      expect(r.resultOf('job', 'flt1')).toMatchObject({ stdout: 'through', finished: 1 });
      expect(r.statusOf('job', 'flt1')).toBe('changed');
      expect(r.statusOf('job', 'flt2')).toBe('unreachable');
      expect(r.resultOf('job', 'flt2').msg).toMatch(/^Failed to connect to the host via ssh: flt2 port \d+/);
      expect(r.at('job', 'flt2')).toBeGreaterThanOrEqual(12_000);
      expect(r.at('job', 'flt2')).toBeLessThan(25_000);
      expect(r.exitCode).toBe(4);

      const jids = { flt1: jobOf(r, 'flt1').jid, flt2: jobOf(r, 'flt2').jid };
      expect(await back.processesWithEnv(`CASTOFF_JOB_ID=${jids.flt1}`)).toEqual([]);
      expect((await back.sh(`test -e /root/.ansible_async/${jids.flt1}`)).rc).not.toBe(0);
      // Nobody could reach flt2; its own watchdog ended the job at the limit.
      expect(await processesGone(gone, `CASTOFF_JOB_ID=${jids.flt2}`, 15_000)).toEqual([]);
      expect(await fileOn(gone, `/root/.ansible_async/${jids.flt2}`)).toMatchObject({ timedout: true, msg: 'Timeout exceeded' });
    } finally {
      await Promise.allSettled(cuts);
      await Promise.all([back.restoreNetwork(), gone.restoreNetwork()]);
    }
  });
});

describe('a status file that cannot be read', () => {
  it('corrupt, replaced by a directory, or unreadable to the job user: an error naming the file at once, and the job is stopped', async () => {
    const r = await play(`
- hosts: flt1,flt2,flt3
  gather_facts: false
  vars:
    breakage:
      flt1: 'echo "{broken" > ~/.ansible_async/$CASTOFF_JOB_ID'
      flt2: 'rm ~/.ansible_async/$CASTOFF_JOB_ID && mkdir ~/.ansible_async/$CASTOFF_JOB_ID'
      flt3: 'chmod 000 ~/.ansible_async/$CASTOFF_JOB_ID'
  tasks:
    - name: job
      shell: "{{ breakage[inventory_hostname] }}; sleep 20"
      become: "{{ inventory_hostname == 'flt3' }}"
      become_user: deploy
      async: 30
      poll: 1
`);
    const file = (h: string) => `${h === 'flt3' ? '/home/deploy' : '/root'}/.ansible_async/${jobOf(r, h).jid}`;
    expect(r.resultOf('job', 'flt1')).toMatchObject({ failed: true, msg: expect.stringContaining(`the job file ${file('flt1')} is corrupt (not JSON)`) });
    expect(r.resultOf('job', 'flt2')).toMatchObject({ failed: true, msg: expect.stringContaining(`the job file ${file('flt2')} is unreadable`) });
    expect(r.resultOf('job', 'flt3')).toMatchObject({ failed: true, msg: expect.stringContaining(`the job file ${file('flt3')} is unreadable`) });
    expect(r.resultOf('job', 'flt3').msg).toMatch(/Permission denied/);
    // Well before the 30 s limit: the reader gives up after a few re-reads, and the job is stopped.
    for (const h of ['flt1', 'flt2', 'flt3']) expect(r.at('job', h), h).toBeLessThan(20_000);
    expect(r.exitCode).toBe(2);
    for (const h of ['flt1', 'flt2', 'flt3']) {
      expect(await host(h).processesWithEnv(`CASTOFF_JOB_ID=${jobOf(r, h).jid}`), h).toEqual([]);
    }
  });
});

describe('a host without what castoff needs', () => {
  it('no Python: the async task fails saying so, raw still works, nothing is left behind', async () => {
    const r = await play(`
- hosts: fnp1
  gather_facts: false
  tasks:
    - name: job
      command: echo hi
      async: 5
      poll: 1
      ignore_errors: true
    - name: raw
      raw: echo raw works
`);
    expect(r.resultOf('job', 'fnp1')).toMatchObject({ failed: true });
    expect(r.resultOf('job', 'fnp1').msg).toMatch(/fnp1: the host has no Python interpreter at '\/usr\/bin\/python', nor any other that discovery looks for/);
    expect(r.resultOf('raw', 'fnp1')).toMatchObject({ rc: 0, stdout: 'raw works\n' });
    expect(r.exitCode).toBe(0);
    expect((await host('fnp1').sh('ls -A /root')).output).not.toMatch(/\.castoff|\.ansible_async/);
  });

  it('a full disk in the async dir: a clear error at launch, or a clear failure instead of a half-written result', async () => {
    const h = host('flt3');
    // flt3's async dir is a 64 KiB tmpfs. For the launch it is full; the job fills it itself.
    await h.sh('mkdir -p /mnt/tiny/full /mnt/tiny/jobs && head -c 1M /dev/zero > /mnt/tiny/filler 2>/dev/null; true');
    try {
      const full = await play(`
- hosts: flt3
  gather_facts: false
  tasks:
    - name: job
      command: echo hi
      async: 5
      poll: 1
      vars:
        ansible_async_dir: /mnt/tiny/full
`);
      expect(full.resultOf('job', 'flt3')).toMatchObject({ failed: true });
      expect(full.resultOf('job', 'flt3').msg).toMatch(/did not start the job: .*No space left on device/);
      expect((await h.sh('ls -A /mnt/tiny/full')).output.trim()).toBe('');

      await h.sh('rm -f /mnt/tiny/filler');
      const filling = await play(`
- hosts: flt3
  gather_facts: false
  tasks:
    - name: job
      shell: "head -c 1M /dev/zero > /mnt/tiny/filler 2>/dev/null; echo done"
      async: 8
      poll: 1
      vars:
        ansible_async_dir: /mnt/tiny/jobs
`);
      const jid = jobOf(filling, 'flt3').jid;
      expect(filling.resultOf('job', 'flt3')).toMatchObject({ failed: 1, msg: expect.stringMatching(/could not write the job result: .*No space left on device/) });
      expect(filling.at('job', 'flt3')).toBeLessThan(8000);
      expect(await h.processesWithEnv(`CASTOFF_JOB_ID=${jid}`)).toEqual([]);
      // No temp file is left, and the status file holds one whole record.
      expect((await h.sh('ls -A /mnt/tiny/jobs')).output.trim()).toBe(jid);
      expect(await fileOn(h, `/mnt/tiny/jobs/${jid}`)).toMatchObject({ failed: 1, ansible_job_id: jid });
    } finally {
      await h.sh('rm -rf /mnt/tiny/*');
    }
  });
});

describe('cancellation through the library', () => {
  it('aborting the signal kills the sync command and the polled job, removes their files, closes every connection and resolves with 99; poll: 0 jobs live on', async () => {
    const [one, two] = [host('flt1'), host('flt2')];
    // Sessions an earlier test left half-open on the host side (a cut network) are not this run's.
    const earlier = new Map([[one, new Set(await one.sshSessions())], [two, new Set(await two.sshSessions())]]);
    const mark = 'FAULT_MARK=cancel';
    const controller = new AbortController();
    let abortedAt = 0;
    const jobs: StartedJob[] = [];
    const trigger = (async () => {
      // Abort once flt1 runs its command and flt2 its second (polled) job.
      while (!controller.signal.aborted) {
        if (jobs.filter((j) => j.host === 'flt2').length === 2 && (await one.processesWithEnv(mark)).length > 0) {
          abortedAt = performance.now();
          controller.abort();
          return;
        }
        await sleep(100);
      }
    })();
    const r = await play(
      `
- hosts: flt1,flt2
  gather_facts: false
  tasks:
    - name: background
      shell: sleep 60
      async: 60
      poll: 0
    - name: work
      shell: sleep 30
      async: "{{ 30 if inventory_hostname == 'flt2' else 0 }}"
      poll: 1
      environment:
        FAULT_MARK: cancel
    - name: never
      command: echo never
`,
      { signal: controller.signal, onJobLaunched: (j) => jobs.push(j) },
    );
    const resolvedAt = performance.now();
    await trigger;
    try {
      expect(abortedAt).toBeGreaterThan(0);
      expect(resolvedAt - abortedAt).toBeLessThan(15_000);
      expect(r).toMatchObject({ exitCode: 99, cancelled: true });
      for (const h of ['flt1', 'flt2']) {
        expect(r.statusOf('work', h)).toBe('cancelled');
        expect(r.resultOf('work', h)).toMatchObject({ cancelled: true, msg: 'cancelled: the run was interrupted' });
      }
      expect(r.events.some((e) => e.type === 'host_result' && e.task === 'never')).toBe(false);
      expect(r.events.some((e) => e.type === 'recap')).toBe(true);
      expect(r.events.at(-1)).toMatchObject({ type: 'run_end', exitCode: 99, cancelled: true });

      expect(r.jobs.filter((j) => j.host === 'flt1')).toHaveLength(1);
      const background = { flt1: jobOf(r, 'flt1'), flt2: r.jobs.filter((j) => j.host === 'flt2')[0].job };
      const work2 = r.jobs.filter((j) => j.host === 'flt2')[1].job;
      // Killed: the command and the polled job, with the polled job's arguments file.
      expect(await processesGone(one, mark, 15_000)).toEqual([]);
      expect(await two.processesWithEnv(`CASTOFF_JOB_ID=${work2.jid}`)).toEqual([]);
      expect(await fileOn(two, work2.resultsFile)).toMatchObject({ killed: true, msg: 'Job terminated by request' });
      expect((await two.sh(`test -e ${work2.argsFile}`)).rc).not.toBe(0);
      // Kept: the poll: 0 jobs, which were asked to outlive the run.
      for (const [h, job] of [[one, background.flt1], [two, background.flt2]] as const) {
        expect(await h.processesWithEnv(`CASTOFF_JOB_ID=${job.jid}`)).not.toEqual([]);
        expect(await fileOn(h, job.resultsFile)).toMatchObject({ started: 1 });
      }
      // No SSH session of this run is left open.
      for (const h of [one, two]) {
        const until = performance.now() + 3000;
        const ours = async () => (await h.sshSessions()).filter((s) => !earlier.get(h)!.has(s));
        let sessions = await ours();
        while (sessions.length > 0 && performance.now() < until) {
          await sleep(200);
          sessions = await ours();
        }
        expect(sessions, h.name).toEqual([]);
      }
    } finally {
      for (const h of [one, two]) await h.sh(`pkill -KILL -x sleep; true`);
    }
  });
});

describe('hard task timeout', () => {
  it('timeout: T on sync, async and retried tasks kills the remote tree at T on that host, and the other host goes on', async () => {
    const slow = host('flt1');
    const started = new Map<string, number>();
    const r = await play(
      `
- hosts: flt1,flt2
  gather_facts: false
  # Only flt1 meets the timeout. Its 6 s leave a loaded machine room to launch the async job before
  # the timeout; flt2's 60 s leave room for its quick work.
  tasks:
    - name: sync
      shell: "sleep {{ 30 if inventory_hostname == 'flt1' else 0.2 }}; echo ok"
      environment:
        FAULT_MARK: timeout-sync
      timeout: "{{ 6 if inventory_hostname == 'flt1' else 60 }}"
      ignore_errors: true
    - name: async
      shell: "sleep {{ 30 if inventory_hostname == 'flt1' else 0.2 }}; echo ok"
      async: 20
      poll: 1
      timeout: "{{ 6 if inventory_hostname == 'flt1' else 60 }}"
      ignore_errors: true
    - name: retried
      shell: "sleep 0.5; test {{ inventory_hostname }} = flt2"
      environment:
        FAULT_MARK: timeout-retried
      register: out
      until: out.rc == 0
      retries: 20
      delay: 1
      timeout: "{{ 6 if inventory_hostname == 'flt1' else 60 }}"
      ignore_errors: true
    - name: after
      command: echo after
`,
      {
        onEvent: (e) => {
          if (e.type === 'task_start') started.set(e.task, performance.now());
          if (e.type === 'host_result' && e.host === 'flt1' && e.item === undefined) started.set(`${e.task} done`, performance.now());
        },
      },
    );
    for (const task of ['sync', 'async', 'retried']) {
      expect(r.resultOf(task, 'flt1'), task).toMatchObject({ failed: true, timedout: true, msg: 'The task timed out after 6 seconds' });
      expect(r.statusOf(task, 'flt2'), task).toBe('changed');
      const took = started.get(`${task} done`)! - started.get(task)!;
      expect(took, task).toBeGreaterThanOrEqual(6000);
      expect(took, task).toBeLessThan(20_000);
    }
    expect(r.resultOf('async', 'flt2')).toMatchObject({ stdout: 'ok', finished: 1 });
    expect(r.resultOf('after', 'flt1')).toMatchObject({ stdout: 'after' });
    expect(r.stats.flt1).toMatchObject({ ignored: 3, failed: 0 });
    // Nothing of the three tasks runs on flt1 any more; the async job is recorded as killed.
    expect(await processesGone(slow, 'FAULT_MARK=timeout-sync', 15_000)).toEqual([]);
    expect(await processesGone(slow, 'FAULT_MARK=timeout-retried', 15_000)).toEqual([]);
    const job = r.jobs.find((j) => j.host === 'flt1')!.job;
    expect(await slow.processesWithEnv(`CASTOFF_JOB_ID=${job.jid}`)).toEqual([]);
    expect(await fileOn(slow, job.resultsFile)).toMatchObject({ killed: true });
    expect((await slow.sh(`test -e ${job.argsFile}`)).rc).not.toBe(0);
  });

  it('taskTimeout is the default hard limit of every task that sets none', async () => {
    const slow = host('flt1');
    const r = await play(
      `
- hosts: flt1,flt2
  gather_facts: false
  tasks:
    - name: sync
      shell: "sleep {{ 30 if inventory_hostname == 'flt1' else 0.2 }}; echo ok"
      environment:
        FAULT_MARK: task-timeout
`,
      // Long enough for flt2's quick command on a loaded machine, far below flt1's 30 s.
      { taskTimeout: 6 },
    );
    expect(r.resultOf('sync', 'flt1')).toMatchObject({ failed: true, timedout: true, msg: 'The task timed out after 6 seconds' });
    expect(r.resultOf('sync', 'flt2')).toMatchObject({ stdout: 'ok', rc: 0 });
    expect(r.at('sync', 'flt1')).toBeGreaterThanOrEqual(6000);
    expect(r.at('sync', 'flt1')).toBeLessThan(20_000);
    expect(r.exitCode).toBe(2);
    expect(await processesGone(slow, 'FAULT_MARK=task-timeout', 15_000)).toEqual([]);
  });
});
