import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalFile, knownJobs, type JobLaunch } from '../../src/jobs/index.js';
import { CASTOFF_CLI, PLAYBOOK_CLI, runCliProcess, type CliResult } from '../helpers/cli.js';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';


let fleet: TestHosts;
let inv: TestInventory;

/** A fresh journal per test, so no test reads another's jobs. */
function freshEnv(): Record<string, string> {
  return { CASTOFF_HOME: mkdtempSync(join(tmpdir(), 'castoff-home-')), CASTOFF_KNOWN_HOSTS: inv.knownHostsFile };
}

function fullEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ANSIBLE_CONFIG: join(inv.dir, 'ansible.cfg'), NO_COLOR: '1', ...env };
}

function castoff(args: string[], env: Record<string, string>): Promise<CliResult> {
  return runCliProcess(CASTOFF_CLI, args, { cwd: inv.dir, env: { ANSIBLE_CONFIG: join(inv.dir, 'ansible.cfg'), ...env } });
}

/** How a playbook run started in the background ended. */
interface Exited {
  code: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface Running {
  pid: number;
  kill(signal: NodeJS.Signals): void;
  exited: Promise<Exited>;
}

function startPlaybook(file: string, env: Record<string, string>): Running {
  const child = spawn('node', [PLAYBOOK_CLI, file], { cwd: inv.dir, env: fullEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<Exited>((resolve) =>
    child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr })),
  );
  return { pid: child.pid!, kill: (signal) => child.kill(signal), exited };
}

function playbook(name: string, yaml: string): string {
  const file = join(inv.dir, name);
  writeFileSync(file, yaml);
  return file;
}

type Launched = JobLaunch & { jid: string; resultsFile: string };

/** Waits until the journal holds `count` launches with their job ids (written as each launch returns). */
async function launches(env: Record<string, string>, count: number): Promise<Launched[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const jobs = knownJobs({ home: env.CASTOFF_HOME })
      .map((j) => j.launch)
      .filter((l): l is Launched => l.jid !== undefined);
    if (jobs.length >= count) return jobs;
    if (Date.now() > deadline) throw new Error(`only ${jobs.length} of ${count} launches journalled`);
    await sleep(100);
  }
}

const hostOf = (name: string): TestHost => fleet.hosts.find((h) => h.name === name)!;
const fileExists = async (host: TestHost, path: string) => (await host.sh(`test -e '${path}'`)).rc === 0;
const jobProcesses = (job: { host: string; jid: string }) => hostOf(job.host).processesWithEnv(`CASTOFF_JOB_ID=${job.jid}`);

async function waitForExit(proc: Running, ms: number) {
  return Promise.race([proc.exited, sleep(ms).then(() => undefined)]);
}

beforeAll(async () => {
  fleet = await startHosts(4, { prefix: 'jobs' });
  inv = writeInventory(fleet.hosts, { web: [0, 1] });
  writeFileSync(join(inv.dir, 'ansible.cfg'), `[defaults]\ninventory = ${inv.file}\n`);
}, 300_000);

afterAll(async () => {
  await fleet?.stop();
});

describe('jobs that outlive the controller', () => {
  it('a controller killed with SIGKILL loses no job: castoff jobs lists both running, castoff wait collects both and erases their files', async () => {
    const env = freshEnv();
    const file = playbook('slow.yml', '- hosts: web\n  gather_facts: false\n  tasks:\n    - name: Slow\n      shell: sleep 8; echo done\n      async: 60\n      poll: 1\n');
    const proc = startPlaybook(file, env);
    const jobs = await launches(env, 2);
    proc.kill('SIGKILL');
    expect((await proc.exited).signal).toBe('SIGKILL');

    const listed = await castoff(['jobs'], env);
    expect(listed.code, listed.stderr).toBe(0);
    // On a loaded machine the 8 s jobs may already be over: listed all the same, with their state.
    for (const job of jobs) expect(listed.stdout).toMatch(new RegExp(`^${job.host}\\s+${job.jid.replace('.', '\\.')}\\s+(running|finished ok)\\s+\\S+Z\\s+60s$`, 'm'));
    expect(jobs.map((j) => j.host).sort()).toEqual(['jobs1', 'jobs2']);

    const waited = await castoff(['wait', ...jobs.map((j) => j.jid)], env);
    expect(waited.code, waited.stderr).toBe(0);
    for (const job of jobs) {
      expect(waited.stdout).toContain(`ASYNC OK on ${job.host}: jid=${job.jid}`);
      const line = waited.stdout.split('\n').find((l) => l.startsWith(`changed: [${job.host}] => `));
      expect(line).toBeDefined();
      expect(JSON.parse(line!.slice(line!.indexOf('=> ') + 3))).toMatchObject({ stdout: 'done', rc: 0, finished: 1, ansible_job_id: job.jid });
      expect(await fileExists(hostOf(job.host), job.resultsFile)).toBe(false);
    }
    expect(knownJobs({ home: env.CASTOFF_HOME }).map((j) => j.state)).toEqual(['cleaned', 'cleaned']);
    const after = await castoff(['jobs', '--running'], env);
    expect(after.stdout).toBe('no running jobs\n');
  });

  it('castoff kill terminates the job and every process of it, the journal and castoff jobs say killed', async () => {
    const env = freshEnv();
    const launched = await castoff(['jobs1', '-m', 'shell', '-a', 'sleep 300 & sleep 300', '-B', '600', '-P', '0'], env);
    expect(launched.code, launched.stderr).toBe(0);
    const [job] = await launches(env, 1);
    expect((await jobProcesses(job)).length).toBeGreaterThan(0);

    const killed = await castoff(['kill', job.jid], env);
    expect(killed.code, killed.stderr).toBe(0);
    expect(killed.stdout).toBe(`jobs1 | KILLED | jid=${job.jid}\n`);
    expect(await jobProcesses(job)).toEqual([]);
    expect(knownJobs({ home: env.CASTOFF_HOME })[0].state).toBe('killed');

    const listed = await castoff(['jobs', '--output', 'json'], env);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ host: 'jobs1', jid: job.jid, status: 'killed', limit: 600, journal: 'killed' }]);

    // Its files erased, the job cannot be killed: that is a failure, not a success.
    expect((await castoff(['cleanup', job.jid], env)).code).toBe(0);
    const again = await castoff(['kill', job.jid], env);
    expect(again.code).toBe(2);
    expect(again.stdout).toMatch(new RegExp(`^jobs1 \\| FAILED! \\| jid=${job.jid.replace('.', '\\.')} => \\{"msg":"could not find job"`));
  });

  it('castoff cleanup erases finished job files and refuses running ones', async () => {
    const env = freshEnv();
    expect((await castoff(['jobs1', '-m', 'command', '-a', 'echo hi', '-B', '60', '-P', '0'], env)).code).toBe(0);
    expect((await castoff(['jobs2', '-m', 'command', '-a', 'sleep 120', '-B', '300', '-P', '0'], env)).code).toBe(0);
    const [quick, slow] = await launches(env, 2);
    for (let i = 0; i < 100; i++) {
      const listed = JSON.parse((await castoff(['jobs', '--output', 'json'], env)).stdout) as Array<{ jid: string; status: string }>;
      if (listed.find((j) => j.jid === quick.jid)?.status === 'finished ok') break;
      await sleep(200);
    }

    const all = await castoff(['cleanup'], env);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toContain(`cleaned: [jobs1] ${quick.jid} erased ${quick.resultsFile}`);
    expect(all.stdout).toContain(`refused: [jobs2] ${slow.jid} is still running; kill it first (castoff kill ${slow.jid})`);
    expect(await fileExists(hostOf('jobs1'), quick.resultsFile)).toBe(false);
    expect(await fileExists(hostOf('jobs2'), slow.resultsFile)).toBe(true);

    const named = await castoff(['cleanup', slow.jid], env);
    expect(named.code).toBe(2);
    expect(named.stdout).toContain(`refused: [jobs2] ${slow.jid} is still running`);
    expect(await fileExists(hostOf('jobs2'), slow.resultsFile)).toBe(true);
    expect((await jobProcesses(slow)).length).toBeGreaterThan(0);

    expect((await castoff(['kill', slow.jid], env)).code).toBe(0);
    const afterKill = await castoff(['cleanup', slow.jid], env);
    expect(afterKill.code, afterKill.stdout).toBe(0);
    expect(await fileExists(hostOf('jobs2'), slow.resultsFile)).toBe(false);
    expect(knownJobs({ home: env.CASTOFF_HOME }).map((j) => j.state)).toEqual(['cleaned', 'cleaned']);
  });
});

describe('Ctrl-C in castoff-playbook', () => {
  const sleeper = () =>
    playbook('sleeper.yml', '- hosts: jobs1\n  gather_facts: false\n  tasks:\n    - name: Sleep\n      shell: sleep 30\n      async: 60\n      poll: 1\n');

  it('a second SIGINT leaves at once (99), naming the job the first one is still terminating', async () => {
    const env = freshEnv();
    // The job ignores TERM, so its termination takes the whole grace period: it still runs at the second press.
    const file = playbook(
      'stubborn.yml',
      `- hosts: jobs1\n  gather_facts: false\n  tasks:\n    - name: Stubborn\n      shell: "trap '' TERM; sleep 30"\n      async: 60\n      poll: 1\n`,
    );
    const proc = startPlaybook(file, env);
    const [job] = await launches(env, 1);
    proc.kill('SIGINT');
    await sleep(100);
    const sent = performance.now();
    proc.kill('SIGINT');
    // Far below the 2 s grace plus the 30 s job the first press is still terminating.
    const result = await waitForExit(proc, 10_000);
    expect(result, 'castoff-playbook did not leave at once').toBeDefined();
    expect(performance.now() - sent).toBeLessThan(10_000);
    expect(result!.code).toBe(99);
    expect(result!.stderr).toContain(`[castoff] still running: jobs1 ${job.jid} (castoff wait ${job.jid} / castoff kill ${job.jid})`);
    // The job may have been half-way through its termination: finish it off for the next tests.
    await castoff(['kill', job.jid], env);
    expect(await jobProcesses(job)).toEqual([]);
  });

  it('a single SIGINT terminates the run’s job on the host and exits 99 within a few seconds', async () => {
    const env = freshEnv();
    const proc = startPlaybook(sleeper(), env);
    const [job] = await launches(env, 1);
    expect((await jobProcesses(job)).length).toBeGreaterThan(0);
    proc.kill('SIGINT');
    const result = await waitForExit(proc, 15_000);
    expect(result, 'castoff-playbook did not exit after SIGINT').toBeDefined();
    expect(result!.code).toBe(99);
    expect(result!.stdout).toContain('PLAY RECAP');
    expect(await jobProcesses(job)).toEqual([]);
    const listed = await castoff(['jobs'], env);
    expect(listed.stdout).toMatch(new RegExp(`^jobs1\\s+${job.jid.replace('.', '\\.')}\\s+killed\\s`, 'm'));
  });
});

/** Every job on the hosts, from their status files: `host jid` pairs. */
async function jobsOnHosts(): Promise<string[]> {
  const all = await Promise.all(
    fleet.hosts.map(async (h) => {
      const r = await h.sh('ls /root/.ansible_async 2>/dev/null');
      return r.output.split(/\s+/).filter((n) => /^j\d+\.\d+$/.test(n)).map((jid) => `${h.name} ${jid}`);
    }),
  );
  return all.flat().sort();
}

// Launches still under way on a host: SSH sessions that may yet start a wrapper, and wrappers that
// have not written their job's status file or whose launcher (the pid in the job id) still runs.
const IN_FLIGHT = `
import os, re
names = os.listdir('/root/.ansible_async') if os.path.isdir('/root/.ansible_async') else []
busy = 0
for p in filter(str.isdigit, os.listdir('/proc')):
    try:
        args = open('/proc/%s/cmdline' % p, 'rb').read().decode('utf-8', 'replace').split('\\0')
    except OSError:
        continue
    if args[0].startswith('sshd: root'):
        busy += 1
    elif len(args) > 2 and args[1].endswith('async_wrapper.py') and re.fullmatch(r'j[0-9]+', args[2]):
        if not any(n.startswith(args[2] + '.') for n in names) or args[2] + '.' + p in names:
            busy += 1
print(busy)
`;

/** Waits until no launch is under way on any host: launches cut off mid-way finish on their own. */
async function settledJobsOnHosts(): Promise<string[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const busy = await Promise.all(fleet.hosts.map(async (h) => Number((await h.container.exec(['python3', '-c', IN_FLIGHT])).output.trim())));
    if (busy.every((n) => n === 0)) return jobsOnHosts();
    if (Date.now() > deadline) throw new Error(`launches still under way on the hosts: ${busy.join(', ')}`);
    await sleep(250);
  }
}

async function resetHosts(): Promise<void> {
  // '[a]sync' keeps pkill from matching the shell that runs this very command line.
  await Promise.all(fleet.hosts.map((h) => h.sh("pkill -KILL -f '[a]sync_wrapper.py'; pkill -KILL -x sleep; rm -rf /root/.ansible_async /root/.castoff/args/*; true")));
  expect(await jobsOnHosts()).toEqual([]);
}

/** Waits until the journal file holds a line with `text`. */
async function journalLine(env: Record<string, string>, text: string): Promise<void> {
  const file = journalFile({ home: env.CASTOFF_HOME });
  const deadline = Date.now() + 60_000;
  while (!(existsSync(file) && readFileSync(file, 'utf8').includes(text))) {
    if (Date.now() > deadline) throw new Error(`no ${text} line in the journal`);
    await sleep(5);
  }
}

describe('the launching entry', () => {
  it('a controller SIGKILLed at any point of its launches leaves every job on the hosts listed by castoff jobs', async () => {
    const file = playbook(
      'many.yml',
      `- hosts: all
  gather_facts: false
  tasks:
${[1, 2, 3].map((i) => `    - name: Fire ${i}\n      shell: sleep 120\n      async: 300\n      poll: 0\n`).join('')}`,
    );
    // Jobs running on a host whose launch reply the dead controller never got: lost without the launching entry.
    let rescued = 0;
    for (const delay of [0, 40, 120, 250, 500, 900]) {
      await resetHosts();
      const env = freshEnv();
      const proc = startPlaybook(file, env);
      await journalLine(env, '"event":"launching"');
      await sleep(delay);
      proc.kill('SIGKILL');
      await proc.exited;

      const onHosts = await settledJobsOnHosts();
      const listed = await castoff(['jobs', '--output', 'json'], env);
      expect(listed.code, listed.stderr).toBe(0);
      const rows = JSON.parse(listed.stdout) as Array<{ host: string; jid: string; status: string; journal: string }>;
      // Every job on the hosts is listed with the state its status file gives; the rest never started.
      const found = rows.filter((r) => r.status !== 'not started');
      expect(found.map((r) => `${r.host} ${r.jid}`).sort(), `kill after ${delay} ms: ${listed.stdout} ${listed.stderr}`).toEqual(onHosts);
      expect(found.every((r) => r.status === 'running'), listed.stdout).toBe(true);
      rescued += found.filter((r) => r.journal === 'launching').length;

      // Every job listed can be killed, including those the journal knew only by their prefix.
      if (found.length > 0) {
        const killed = await castoff(['kill', ...found.map((r) => r.jid)], env);
        expect(killed.code, killed.stdout + killed.stderr).toBe(0);
        for (const r of found) expect(killed.stdout).toContain(`${r.host} | KILLED | jid=${r.jid}`);
      }
    }
    await resetHosts();
    console.info(`SIGKILL trials: ${rescued} running jobs were known to the journal only by their launching entry`);
  }, 600_000);
});

describe('a damaged journal', () => {
  let env: Record<string, string>;
  let good: Launched;

  beforeAll(async () => {
    env = freshEnv();
    const launched = await castoff(['jobs2', '-m', 'command', '-a', 'sleep 300', '-B', '600', '-P', '0'], env);
    expect(launched.code, launched.stderr).toBe(0);
    [good] = await launches(env, 1);
  });

  afterAll(async () => {
    await castoff(['kill', good.jid], env);
  });

  const journal = () => journalFile({ home: env.CASTOFF_HOME });

  it.each([
    ['a line without a connection', '{"event":"launched","jid":"j1.1","host":"h1","time":"2026-01-01T00:00:00Z"}', "field 'runId' is missing"],
    ['a launch line without a connection', JSON.stringify({ event: 'launched', time: 't', runId: 'r', host: 'h1', jid: 'j1.1', resultsFile: '/r', asyncDir: '/a', limit: 1, launchedAtEpoch: 1, poll: 0, become: null, python: 'p', wrapperPath: '/w' }), "field 'connection' is missing"],
    ['a line that is not JSON', 'this is not json', 'not a JSON line'],
  ])('%s: every command exits, names the line, and still serves the good jobs', async (_name, line, reason) => {
    const original = readFileSync(journal(), 'utf8');
    writeFileSync(journal(), `${line}\n${original}`);
    try {
      const warning = `[WARNING]: skipped line 1 of the job journal ${journal()}: ${reason}`;
      const listed = await castoff(['jobs'], env);
      expect(listed.hung).toBe(false);
      expect(listed.code, listed.stderr).toBe(0);
      expect(listed.stderr).toContain(warning);
      expect(listed.stdout).toMatch(new RegExp(`^jobs2\\s+${good.jid.replace('.', '\\.')}\\s+running\\s`, 'm'));
      for (const args of [['wait', 'j1.1'], ['kill', 'j1.1'], ['cleanup', 'j1.1']]) {
        const r = await castoff(args, env);
        expect(r.hung, args.join(' ')).toBe(false);
        expect(r.code, args.join(' ')).toBe(1);
        expect(r.stderr).toContain(warning);
        expect(r.stderr).toContain("ERROR! job j1.1 is not in the journal ('castoff jobs' lists the known jobs)");
      }
    } finally {
      writeFileSync(journal(), original);
    }
  });

  it('a journal that is a directory: every command exits 1 with a clear error', async () => {
    const other = freshEnv();
    mkdirSync(journalFile({ home: other.CASTOFF_HOME }), { recursive: true });
    for (const args of [['jobs'], ['wait', 'j1.1'], ['kill', 'j1.1'], ['cleanup']]) {
      const r = await castoff(args, other);
      expect(r.hung, args.join(' ')).toBe(false);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toBe(`ERROR! the job journal ${journalFile({ home: other.CASTOFF_HOME })} is a directory, not a file\n`);
    }
  });
});

describe('marking and pruning the journal', () => {
  it('async_status cleanup and terminate in a playbook mark the jobs: castoff jobs shows killed, not missing, and hides the cleaned one', async () => {
    const env = freshEnv();
    const file = playbook(
      'status.yml',
      `- hosts: jobs3
  gather_facts: false
  tasks:
    - shell: sleep 300
      async: 600
      poll: 0
      register: slow
    - shell: echo quick
      async: 600
      poll: 0
      register: quick
    - async_status:
        jid: "{{ slow.ansible_job_id }}"
        mode: terminate
      ignore_errors: true
    - async_status:
        jid: "{{ quick.ansible_job_id }}"
      register: done
      until: done.finished == 1
      retries: 50
      delay: 0.2
    - async_status:
        jid: "{{ quick.ansible_job_id }}"
        mode: cleanup
`,
    );
    const proc = startPlaybook(file, env);
    const ended = await proc.exited;
    expect(ended.code, ended.stdout + ended.stderr).toBe(0);
    const [slow, quick] = await launches(env, 2);
    expect(knownJobs({ home: env.CASTOFF_HOME }).map((j) => j.state)).toEqual(['killed', 'cleaned']);

    const listed = await castoff(['jobs', '--output', 'json'], env);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ host: 'jobs3', jid: slow.jid, status: 'killed', journal: 'killed' }]);
    const all = await castoff(['jobs', '--all'], env);
    expect(all.stdout).toMatch(new RegExp(`^jobs3\\s+${quick.jid.replace('.', '\\.')}\\s+cleaned\\s`, 'm'));
  });

  it('castoff jobs --prune drops ended jobs and keeps the running one', async () => {
    const env = freshEnv();
    for (const cmd of ['sleep 300', 'sleep 301']) expect((await castoff(['jobs4', '-m', 'command', '-a', cmd, '-B', '600', '-P', '0'], env)).code).toBe(0);
    const [first, second] = await launches(env, 2);
    expect((await castoff(['kill', first.jid], env)).code).toBe(0);
    const before = readFileSync(journalFile({ home: env.CASTOFF_HOME }), 'utf8').trimEnd().split('\n').length;

    const pruned = await castoff(['jobs', '--prune'], env);
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(pruned.stderr).toContain(`[castoff] pruned 1 ended job from ${journalFile({ home: env.CASTOFF_HOME })}`);
    expect(pruned.stdout).toMatch(new RegExp(`^jobs4\\s+${second.jid.replace('.', '\\.')}\\s+running\\s`, 'm'));
    expect(pruned.stdout).not.toContain(first.jid);
    const after = readFileSync(journalFile({ home: env.CASTOFF_HOME }), 'utf8').trimEnd().split('\n');
    expect(before).toBe(5);
    expect(after).toHaveLength(1);
    expect(JSON.parse(after[0])).toMatchObject({ event: 'launched', jid: second.jid });
    await castoff(['kill', second.jid], env);
  });
});

describe('a journal that cannot be written', () => {
  it('fails a poll: 0 launch with a clear error and starts nothing; a waited job runs with a warning', async () => {
    const env = freshEnv();
    mkdirSync(journalFile({ home: env.CASTOFF_HOME }), { recursive: true });
    const before = await jobsOnHosts();
    const fired = await castoff(['jobs1', '-m', 'command', '-a', 'sleep 300', '-B', '600', '-P', '0'], env);
    expect(fired.code).toBe(2);
    expect(fired.stdout).toContain(`cannot write the job journal ${journalFile({ home: env.CASTOFF_HOME })}: EISDIR`);
    expect(fired.stdout).toContain("a poll: 0 job would be lost to 'castoff jobs', so it was not started");
    expect(await jobsOnHosts()).toEqual(before);

    const waited = await castoff(['jobs1', '-m', 'command', '-a', 'echo fine', '-B', '60', '-P', '1'], env);
    expect(waited.code, waited.stdout).toBe(0);
    expect(waited.stdout).toContain('fine');
    expect(waited.stderr).toContain("[WARNING]: the job journal cannot be written, jobs of this run will not be listed by 'castoff jobs'");
  });

  it.skipIf(process.getuid?.() !== 0)('on a full disk (a 64 KiB tmpfs filled up), a poll: 0 launch fails and nothing starts', async () => {
    const home = mkdtempSync(join(tmpdir(), 'castoff-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', home]);
    try {
      mkdirSync(join(home, 'jobs'), { mode: 0o700 });
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${join(home, 'filler')}`, 'bs=4k'], { stdio: 'ignore' });
      } catch {
        // dd stops when the disk is full: that is the point.
      }
      const env = { ...freshEnv(), CASTOFF_HOME: home };
      const before = await jobsOnHosts();
      const fired = await castoff(['jobs1', '-m', 'command', '-a', 'sleep 300', '-B', '600', '-P', '0'], env);
      expect(fired.code).toBe(2);
      expect(fired.stdout).toMatch(/cannot write the job journal .*: ENOSPC: no space left on device/);
      expect(fired.stdout).toContain('so it was not started');
      expect(await jobsOnHosts()).toEqual(before);
    } finally {
      execFileSync('umount', [home]);
    }
  });
});
