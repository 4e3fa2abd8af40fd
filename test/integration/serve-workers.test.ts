/**
 * castoff serve with workers on one PostgreSQL database: a 200-host run (simulated hosts on four
 * sshd containers) split into slices of 50, three `castoff worker` processes, one SIGKILLed while
 * its slice waits on its async jobs. Another worker takes the slice over and reattaches to those
 * jobs (the same job ids finish, none is launched twice), and the run's recap is the one a single
 * castoff-playbook run of the same playbook gives.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostStats, RunEvent } from '../../src/index.js';
import type { RunDetail, RunRecord } from '../../src/server/types.js';
import { CASTOFF_CLI, PLAYBOOK_CLI, runCliProcess } from '../helpers/cli.js';
import { eventually } from '../helpers/eventually.js';
import { startHosts, type TestHosts } from '../helpers/hosts.js';
import { writeSimulatedInventory, type TestInventory } from '../helpers/inventory.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { allEvents, api, runDetail, startTestServer, type TestServer } from '../helpers/serve.js';

const HOSTS = 200;
const SLICE = 50;

let fleet: TestHosts;
let inv: TestInventory;
let postgres: TestPostgres;
let db: string;
let server: TestServer;
interface Worker {
  proc: ChildProcess;
  owner: Promise<string>;
  /** What it printed, for a failure's message. */
  output: () => string;
}
const workers: Worker[] = [];

function startWorker(): Worker {
  const proc = spawn('node', [CASTOFF_CLI, 'worker', '--db', db, '--project', `demo=${inv.dir}`], {
    cwd: inv.dir,
    env: { ...process.env, CASTOFF_HOME: mkdtempSync(join(tmpdir(), 'castoff-worker-')), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const owner = new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const found = /castoff worker: (\S+) is taking slices/.exec(out);
      if (found) resolve(found[1]);
    });
    proc.on('exit', (code) => reject(new Error(`castoff worker exited with ${code}`)));
  });
  owner.catch(() => undefined);
  return { proc, owner, output: () => out.slice(-2000) };
}

const PLAYBOOK = `- hosts: all
  gather_facts: no
  tasks:
    - name: async sleep
      command: sleep 8
      async: 600
      poll: 2
    - name: after
      command: echo {{ inventory_hostname }}
`;

beforeAll(async () => {
  [fleet, postgres] = await Promise.all([startHosts(4, { prefix: 'c' }), startPostgres()]);
  // Many simulated hosts connect to each container at once: let sshd take them all.
  for (const host of fleet.hosts) await host.sh("echo 'MaxStartups 300:30:600' >> /etc/ssh/sshd_config && kill -HUP $(cat /run/sshd.pid 2>/dev/null || pgrep -o sshd)");
  inv = writeSimulatedInventory(fleet.hosts, HOSTS);
  // Three slices at once on two busy cores, shared with the hosts: ten hosts each keeps the Pythons
  // the hosts start (helper, wrapper, watchdog, module) few enough that each gets its turn, and 30 SSH
  // handshakes at once can still outlast the default 10 s connect timeout.
  writeFileSync(join(inv.dir, 'ansible.cfg'), `[defaults]\ninventory = hosts.ini\nknown_hosts = ${inv.knownHostsFile}\nforks = 10\ntimeout = 60\n`);
  writeFileSync(join(inv.dir, 'site.yml'), PLAYBOOK);
  db = await postgres.newDatabase();
  server = await startTestServer(inv.dir, undefined, ['--db', db, '--slice-size', String(SLICE)]);
  for (let i = 0; i < 3; i++) workers.push(startWorker());
  await Promise.all(workers.map((w) => w.owner));
}, 300_000);

afterAll(async () => {
  for (const w of workers) w.proc.kill('SIGTERM');
  await server?.stop();
  await Promise.allSettled([fleet?.stop(), postgres?.stop()]);
});

const recapOf = (events: RunEvent[]) => events.find((e): e is Extract<RunEvent, { type: 'recap' }> => e.type === 'recap')!.stats;

describe('castoff serve with workers', () => {
  it('splits a 200-host run into slices; a worker killed mid-run has its slice finished by another, which reattaches to its jobs', async () => {
    const id = (await api<RunRecord>(server, '/api/runs', { method: 'POST', body: { playbook: 'site.yml' } })).body.id;
    const split = await runDetail(server, id);
    expect(split.sliceSize).toBe(SLICE);
    expect(split.slices.map((s) => s.hosts.length)).toEqual([50, 50, 50, 50]);
    expect(split.slices.flatMap((s) => s.hosts)).toEqual(Array.from({ length: HOSTS }, (_, i) => `n${i + 1}`));

    // A slice with async jobs running, on a worker we started.
    const owners = await Promise.all(workers.map((w) => w.owner));
    // At least 10 of its jobs launched and some still running: on a loaded machine the launches of
    // a slice spread over more than a job's 8 s, so not all of them run at once.
    const busy = (d: RunDetail) =>
      d.slices.find((s) => {
        const mine = d.jobs.filter((j) => s.hosts.includes(j.host));
        return s.status === 'running' && s.owner !== undefined && owners.includes(s.owner) && mine.length >= 10 && mine.some((j) => j.state === 'running');
      });
    const running = await eventually(() => runDetail(server, id), (d) => busy(d) !== undefined, 240_000, 100);
    const victim = busy(running)!;
    const seen = running.slices.map((s) => ({ idx: s.idx, status: s.status, owner: s.owner, jobs: running.jobs.filter((j) => s.hosts.includes(j.host)).map((j) => j.state).join(',') }));
    expect(victim, `no slice of a live worker with 10 jobs launched, some running; run ${running.status}, slices: ${JSON.stringify(seen)}, workers: ${JSON.stringify(owners)}`).toBeDefined();
    const before = running.jobs.filter((j) => victim.hosts.includes(j.host)).map((j) => [j.host, j.jid]);
    expect(before.length).toBeGreaterThanOrEqual(10);
    workers[owners.indexOf(victim.owner!)].proc.kill('SIGKILL');

    const run = await eventually(() => runDetail(server, id), (d) => ['succeeded', 'failed', 'stopped', 'error', 'lost'].includes(d.status), 600_000, 500);
    const trouble = async () =>
      (await allEvents(server, id))
        .map((e) => e.event)
        .filter((e) => e.type === 'warning' || (e.type === 'host_result' && e.status !== 'ok' && e.status !== 'changed'))
        .sort((a, b) => Number(a.type === 'warning') - Number(b.type === 'warning'))
        .slice(0, 20)
        .map((e) => JSON.stringify(e))
        .join('\n');
    const printed = () => workers.map((w, i) => `worker ${i + 1}:\n${w.output()}`).join('\n');
    if (run.status !== 'succeeded') expect.fail(`run ${run.status} (${run.reason ?? ''}), exit code ${run.exitCode}:\n${await trouble()}\n${printed()}`);
    expect(run.exitCode).toBe(0);
    const taken = run.slices.find((s) => s.idx === victim.idx)!;
    expect(taken.status).toBe('done');
    expect(taken.attempts).toBe(2);
    expect(taken.owner).not.toBe(victim.owner);
    // The jobs the killed worker launched are the ones that finished; none was launched again.
    const after = run.jobs.filter((j) => victim.hosts.includes(j.host));
    expect(after).toHaveLength(SLICE);
    const jidOf = new Map(after.map((j) => [j.host, j.jid]));
    expect(before.map(([host]) => [host, jidOf.get(host)])).toEqual(before);
    expect(after.every((j) => j.state === 'finished')).toBe(true);
    expect(run.jobs).toHaveLength(HOSTS);
    expect(new Set(run.jobs.map((j) => j.key)).size).toBe(HOSTS);

    const events = (await allEvents(server, id)).map((e) => e.event);
    expect(events.filter((e) => e.type === 'warning' && e.message.includes(`slice ${victim.idx} (50 hosts) taken over`))).toHaveLength(1);
    // Each host's results come in its playbook's order, whichever worker ran it.
    for (const host of ['n1', 'n100', 'n200', ...victim.hosts.slice(0, 3)]) {
      const tasks = events.filter((e): e is Extract<RunEvent, { type: 'host_result' }> => e.type === 'host_result' && e.host === host).map((e) => e.task);
      expect(tasks.slice(-2)).toEqual(['async sleep', 'after']);
    }
    const recap = recapOf(events);
    expect(events.filter((e) => e.type === 'recap')).toHaveLength(1);

    // The same playbook in one castoff-playbook process: 200 hosts on two cores shared with the
    // hosts took over 420 s in CI with two CPU hogs and another test file beside it.
    const single = await runCliProcess(PLAYBOOK_CLI, ['site.yml', '--forks', '50', '--output', 'jsonl'], { cwd: inv.dir, env: { CASTOFF_HOME: mkdtempSync(join(tmpdir(), 'castoff-single-')) }, boundMs: 900_000 });
    expect(single.code).toBe(0);
    const singleRecap = recapOf(single.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as RunEvent));
    expect(recap).toEqual(singleRecap);
    const sample: HostStats = { ok: 2, changed: 2, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0 };
    expect(Object.values(recap).every((s) => JSON.stringify(s) === JSON.stringify(sample))).toBe(true);
  }, 1_800_000);

  it('Stop reaches every worker: the slices stop, their jobs are terminated, the run ends stopped', async () => {
    writeFileSync(join(inv.dir, 'long.yml'), `- hosts: all\n  gather_facts: no\n  tasks:\n    - name: long\n      command: sleep 300\n      async: 600\n      poll: 2\n`);
    const id = (await api<RunRecord>(server, '/api/runs', { method: 'POST', body: { playbook: 'long.yml', limit: 'n1:n2:n3:n4:n51:n52:n101:n102' } })).body.id;
    const split = await runDetail(server, id);
    expect(split.slices.map((s) => s.hosts)).toEqual([['n1', 'n2', 'n3', 'n4', 'n51', 'n52', 'n101', 'n102']]);
    await eventually(() => runDetail(server, id), (d) => d.jobs.filter((j) => j.state === 'running').length === 8, 120_000);
    expect((await api(server, `/api/runs/${id}/stop`, { method: 'POST', body: {} })).status).toBe(200);
    const run = await eventually(() => runDetail(server, id), (d) => d.status === 'stopped', 120_000);
    expect(run.status).toBe('stopped');
    expect(run.exitCode).toBe(99);
    expect(run.jobs.map((j) => j.state)).toEqual(run.jobs.map(() => 'killed'));
    for (const job of run.jobs) for (const host of fleet.hosts) expect(await host.processesWithEnv(`CASTOFF_JOB_ID=${job.jid}`)).toEqual([]);
  }, 300_000);
});
