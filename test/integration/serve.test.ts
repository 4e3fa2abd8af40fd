/**
 * `castoff serve` and its `castoff runs` client as users run them: a server process with its SQLite
 * database and token file, runs on the sshd containers, Stop and Force stop checked inside the
 * containers, a server killed mid-run and started again.
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunRecord } from '../../src/server/types.js';
import { CASTOFF_CLI, runCliProcess } from '../helpers/cli.js';
import { eventually } from '../helpers/eventually.js';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { startPostgres } from '../helpers/postgres.js';
import { allEvents, api, LONG_ASYNC_PLAYBOOK, runDetail as detail, runEnded as ended, startTestServer, type TestServer as Server } from '../helpers/serve.js';

let fleet: TestHosts;
let inv: TestInventory;

function runsCli(server: Server, args: string[]) {
  return runCliProcess(CASTOFF_CLI, ['runs', ...args], { cwd: inv.dir, env: { CASTOFF_SERVER: server.url, CASTOFF_TOKEN: server.token } });
}

function playbook(name: string, yaml: string): string {
  writeFileSync(join(inv.dir, name), yaml);
  return name;
}

const hostOf = (name: string): TestHost => fleet.hosts.find((h) => h.name === name)!;
const jobProcesses = (job: { host: string; jid: string }) => hostOf(job.host).processesWithEnv(`CASTOFF_JOB_ID=${job.jid}`);


async function runningJobs(server: Server, id: number) {
  const seen = await eventually(
    () => detail(server, id),
    (d) => d.jobs.filter((j) => j.state === 'running').length === fleet.hosts.length,
    60_000,
  );
  expect(seen.jobs.filter((j) => j.state === 'running')).toHaveLength(fleet.hosts.length);
  // The jobs' processes are up on their hosts before the test acts on them.
  for (const job of seen.jobs) expect((await eventually(() => jobProcesses(job), (p) => p.length > 0)).length).toBeGreaterThan(0);
  return seen.jobs;
}

let server: Server;

beforeAll(async () => {
  fleet = await startHosts(2);
  inv = writeInventory(fleet.hosts);
  writeFileSync(join(inv.dir, 'ansible.cfg'), `[defaults]\ninventory = hosts.ini\nknown_hosts = ${inv.knownHostsFile}\n`);
  playbook('long.yml', LONG_ASYNC_PLAYBOOK);
  server = await startTestServer(inv.dir);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await fleet?.stop();
});

describe('castoff serve: access', () => {
  it('writes a new token to the token file (0600) at first start and refuses requests without it', async () => {
    expect(statSync(server.tokenFile).mode & 0o777).toBe(0o600);
    expect(server.token).toMatch(/^castoff_[A-Za-z0-9_-]{40,}$/);
    expect(server.stdout()).toContain(`a new API token is in ${server.tokenFile}`);
    expect(server.stdout()).not.toContain(server.token);
    expect((await api(server, '/api/runs', { token: null })).status).toBe(401);
    expect((await api(server, '/api/runs', { token: 'castoff_not-the-token-at-all' })).status).toBe(401);
    expect((await api(server, '/api/runs')).status).toBe(200);
  });

  it('serves the page without data and with a content security policy', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<script type="module" src="/app.js"></script>');
  });

  it('refuses to listen beyond loopback without --allow-remote, naming the flag', async () => {
    const r = await runCliProcess(CASTOFF_CLI, ['serve', '--host', '0.0.0.0', '--port', '0'], { cwd: inv.dir, env: { CASTOFF_HOME: mkdtempSync(join(tmpdir(), 'castoff-serve-')) }, boundMs: 30_000 });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--allow-remote');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('castoff serve: runs', () => {
  it('runs a playbook started by `castoff runs start`, with its events, hosts and recap', async () => {
    const file = playbook(
      'hello.yml',
      `- hosts: all
  gather_facts: no
  tasks:
    - name: async echo
      command: echo from {{ inventory_hostname }}
      async: 30
      poll: 1
    - name: says
      debug:
        msg: "{{ greeting }}"
`,
    );
    const started = await runsCli(server, ['start', file, '-e', '{"greeting": "hi there"}']);
    expect(started.code).toBe(0);
    const id = Number(started.stdout.trim().split('\n').at(-1));
    expect(Number.isInteger(id)).toBe(true);
    const run = await ended(server, id);
    expect(run.status).toBe('succeeded');
    expect(run.exitCode).toBe(0);
    expect(run.extraVarNames).toEqual(['greeting']);
    expect(run.who).toBe('token file');
    expect(run.hosts.map((h) => [h.host, h.state, h.ok, h.changed, h.failed])).toEqual(fleet.hosts.map((h) => [h.name, 'ok', 2, 1, 0]));
    expect(run.jobs.map((j) => [j.host, j.state, j.task])).toEqual(fleet.hosts.map((h) => [h.name, 'finished', 'async echo']));
    const events = await allEvents(server, id);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events[0].event.type).toBe('run_start');
    expect(events.at(-1)!.event.type).toBe('run_end');
    expect(run.lastSeq).toBe(events.length);
    // The client prints the run as castoff-playbook does, and its exit code.
    const logs = await runsCli(server, ['logs', String(id)]);
    expect(logs.code).toBe(0);
    expect(logs.stdout).toContain('TASK [async echo]');
    expect(logs.stdout).toContain('"msg": "hi there"');
    expect(logs.stdout).toMatch(/PLAY RECAP/);
    const show = await runsCli(server, ['show', String(id)]);
    expect(show.stdout.split(/\s/)[0]).toBe('succeeded');
    const list = await runsCli(server, ['list']);
    expect(list.stdout).toMatch(new RegExp(`^\\s*${id}\\s+succeeded\\s+demo: hello\\.yml`, 'm'));
  });

  it('streams the live log in order and resumes after the last event id', async () => {
    const file = playbook('stream.yml', `- hosts: all\n  gather_facts: no\n  tasks:\n    - command: echo {{ item }}\n      loop: "{{ range(10) | list }}"\n`);
    const id = (await api<RunRecord>(server, '/api/runs', { method: 'POST', body: { playbook: file } })).body.id;
    await ended(server, id);
    const read = async (lastEventId?: number) => {
      const response = await fetch(`${server.url}/api/runs/${id}/stream`, {
        headers: { authorization: `Bearer ${server.token}`, ...(lastEventId === undefined ? {} : { 'last-event-id': String(lastEventId) }) },
      });
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      const text = await response.text();
      return { ids: [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])), ended: text.includes('event: end') };
    };
    const whole = await read();
    const total = (await detail(server, id)).lastSeq;
    expect(whole.ids).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(whole.ended).toBe(true);
    const rest = await read(7);
    expect(rest.ids).toEqual(Array.from({ length: total - 7 }, (_, i) => i + 8));
  });

  it('Stop terminates the remote jobs on the hosts, recaps, and ends stopped', async () => {
    const id = (await api<RunRecord>(server, '/api/runs', { method: 'POST', body: { playbook: 'long.yml' } })).body.id;
    const jobs = await runningJobs(server, id);
    const stopped = await runsCli(server, ['stop', String(id)]);
    expect(stopped.code).toBe(0);
    const run = await ended(server, id);
    expect(run.status).toBe('stopped');
    expect(run.exitCode).toBe(99);
    expect(run.reason).toContain('Stop');
    expect(run.jobs.map((j) => j.state)).toEqual(jobs.map(() => 'killed'));
    for (const job of jobs) expect(await jobProcesses(job)).toEqual([]);
    const events = await allEvents(server, id);
    expect(events.some((e) => e.event.type === 'recap')).toBe(true);
  });

  it('Force stop leaves at once with the jobs still running, and kills them later on request', async () => {
    const id = (await api<RunRecord>(server, '/api/runs', { method: 'POST', body: { playbook: 'long.yml' } })).body.id;
    const jobs = await runningJobs(server, id);
    expect((await api(server, `/api/runs/${id}/stop`, { method: 'POST', body: { force: true } })).status).toBe(200);
    const run = await ended(server, id);
    expect(run.status).toBe('stopped');
    expect(run.reason).toContain('Force stop');
    expect(run.jobs.map((j) => j.state)).toEqual(jobs.map(() => 'may_run'));
    for (const job of jobs) expect((await jobProcesses(job)).length).toBeGreaterThan(0);
    const killed = await runsCli(server, ['kill-jobs', String(id)]);
    expect(killed.code).toBe(0);
    for (const job of jobs) expect(killed.stdout).toContain(`killed: [${job.host}] ${job.jid}`);
    for (const job of jobs) expect(await eventually(() => jobProcesses(job), (p) => p.length === 0)).toEqual([]);
    expect((await detail(server, id)).jobs.map((j) => j.state)).toEqual(jobs.map(() => 'killed'));
  });

  it('a playbook that does not load ends the run as error, naming the file and line', async () => {
    const file = playbook('broken.yml', '- hosts: all\n  tasks:\n    - name: bad\n      command: [unclosed\n');
    const id = (await api<RunRecord>(server, '/api/runs', { method: 'POST', body: { playbook: file } })).body.id;
    const run = await ended(server, id);
    expect(run.status).toBe('error');
    expect(run.reason).toMatch(/broken\.yml:\d+:\d+: YAML syntax error/);
  });

  it('refuses a playbook outside the project or missing, and an unknown run', async () => {
    const outside = await api<{ error: string }>(server, '/api/runs', { method: 'POST', body: { playbook: '../../etc/passwd' } });
    expect(outside.status).toBe(400);
    expect(outside.body.error).toContain('outside the project');
    const missing = await api<{ error: string }>(server, '/api/runs', { method: 'POST', body: { playbook: 'nope.yml' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toContain("'nope.yml' does not exist");
    expect((await api(server, '/api/runs/99999')).status).toBe(404);
    const show = await runsCli(server, ['show', '99999']);
    expect(show.code).not.toBe(0);
    expect(show.stderr).toContain('no run 99999');
  });
});

describe('castoff serve: a server killed mid-run', () => {
  it('is never left running: the next server marks the run lost and reattaches to its jobs', async () => {
    const first = await startTestServer(inv.dir);
    const file = playbook('short.yml', `- hosts: all\n  gather_facts: no\n  tasks:\n    - name: eight seconds\n      command: sleep 8\n      async: 120\n      poll: 2\n`);
    const id = (await api<RunRecord>(first, '/api/runs', { method: 'POST', body: { playbook: file } })).body.id;
    const jobs = await runningJobs(first, id);
    first.proc.kill('SIGKILL');
    await first.stop();
    const second = await startTestServer(inv.dir, first.home);
    try {
      const run = await eventually(() => detail(second, id), (d) => d.status === 'lost', 60_000);
      expect(run.status).toBe('lost');
      expect(run.reason).toContain('lost mid-run');
      expect(run.reason).toContain('reattaching to 2 remote jobs');
      // The jobs ran on without their run, and the new server saw them finish.
      const settled = await eventually(() => detail(second, id), (d) => d.jobs.every((j) => j.state === 'finished'), 60_000);
      expect(settled.jobs.map((j) => [j.jid, j.state, j.note])).toEqual(jobs.map((j) => [j.jid, 'finished', 'reattached: finished ok']));
    } finally {
      await second.stop();
    }
  });
});

describe('castoff serve on PostgreSQL', () => {
  it('keeps runs, events, hosts and tokens in the database given by --db, never its password in a message', async () => {
    const postgres = await startPostgres();
    try {
      const url = await postgres.newDatabase();
      const pgServer = await startTestServer(inv.dir, undefined, ['--db', url]);
      try {
        const file = playbook('on-postgres.yml', `- hosts: all\n  gather_facts: no\n  tasks:\n    - command: echo {{ inventory_hostname }}\n`);
        const id = (await api<RunRecord>(pgServer, '/api/runs', { method: 'POST', body: { playbook: file } })).body.id;
        const run = await ended(pgServer, id);
        expect(run.status).toBe('succeeded');
        expect(run.hosts.map((h) => [h.host, h.state, h.changed])).toEqual(fleet.hosts.map((h) => [h.name, 'ok', 1]));
        const events = await allEvents(pgServer, id);
        expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
        expect(events.at(-1)!.event.type).toBe('run_end');
      } finally {
        await pgServer.stop();
      }
      // A database that cannot be reached is a clear error that hides the password.
      const bad = await runCliProcess(CASTOFF_CLI, ['serve', '--port', '0', '--db', 'postgres://castoff:s3cret@127.0.0.1:1/nowhere'], {
        cwd: inv.dir,
        env: { CASTOFF_HOME: mkdtempSync(join(tmpdir(), 'castoff-serve-')) },
        boundMs: 60_000,
      });
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain('cannot use the database postgres://castoff:***@127.0.0.1:1/nowhere');
      expect(bad.stderr).not.toContain('s3cret');
    } finally {
      await postgres.stop();
    }
  }, 180_000);
});
