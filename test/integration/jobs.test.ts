import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownJobs, type LaunchEntry } from '../../src/jobs/index.js';
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

/** Waits until the journal holds `count` launches; the journal is written as each launch returns. */
async function launches(env: Record<string, string>, count: number): Promise<LaunchEntry[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const jobs = knownJobs({ home: env.CASTOFF_HOME }).map((j) => j.launch);
    if (jobs.length >= count) return jobs;
    if (Date.now() > deadline) throw new Error(`only ${jobs.length} of ${count} launches journalled`);
    await sleep(100);
  }
}

const hostOf = (name: string): TestHost => fleet.hosts.find((h) => h.name === name)!;
const fileExists = async (host: TestHost, path: string) => (await host.sh(`test -e '${path}'`)).rc === 0;
const jobProcesses = (job: LaunchEntry) => hostOf(job.host).processesWithEnv(`CASTOFF_JOB_ID=${job.jid}`);

async function waitForExit(proc: Running, ms: number) {
  return Promise.race([proc.exited, sleep(ms).then(() => undefined)]);
}

beforeAll(async () => {
  fleet = await startHosts(2, { prefix: 'jobs' });
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
    for (const job of jobs) expect(listed.stdout).toMatch(new RegExp(`^${job.host}\\s+${job.jid.replace('.', '\\.')}\\s+running\\s+\\S+Z\\s+60s$`, 'm'));
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
    expect(killed.stdout).toContain(`fatal: [jobs1]: FAILED! => {"changed": false, "msg": "Job terminated by request"`);
    expect(killed.stdout).toContain('"killed": true');
    expect(await jobProcesses(job)).toEqual([]);
    expect(knownJobs({ home: env.CASTOFF_HOME })[0].state).toBe('killed');

    const listed = await castoff(['jobs', '--output', 'json'], env);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ host: 'jobs1', jid: job.jid, status: 'killed', limit: 600, journal: 'killed' }]);
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

  it('a second SIGINT leaves at once (99), naming the job that may still run and how to reach it', async () => {
    const env = freshEnv();
    const proc = startPlaybook(sleeper(), env);
    const [job] = await launches(env, 1);
    proc.kill('SIGINT');
    await sleep(100);
    const sent = performance.now();
    proc.kill('SIGINT');
    const result = await waitForExit(proc, 5_000);
    expect(result, 'castoff-playbook did not leave at once').toBeDefined();
    expect(performance.now() - sent).toBeLessThan(5_000);
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
