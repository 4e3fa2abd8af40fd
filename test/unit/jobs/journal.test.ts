import { appendFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { journalConnection } from '../../../src/jobs/index.js';
import type { LaunchedJob } from '../../../src/jobs/index.js';
import { JobControl, findJobs, UnknownJobError } from '../../../src/jobs/control.js';
import { journalEntries, journalFile, knownJobs, recordJobEvent, recordLaunch, type JournalOptions } from '../../../src/jobs/journal.js';
import { loadInventory } from '../../../src/inventory/index.js';
import { inventoryConnections } from '../../../src/executor/index.js';

function launch(host: string, jid: string): LaunchedJob {
  return {
    host,
    poll: 1,
    job: {
      host,
      jid,
      resultsFile: `/root/.ansible_async/${jid}`,
      asyncDir: '/root/.ansible_async',
      limit: 60,
      launchedAt: performance.now(),
      launchedAtEpoch: Date.now(),
      python: '/usr/bin/python3',
      wrapperPath: '/root/.castoff/rt/async_wrapper.py',
      argsFile: `/root/.castoff/rt/args/${jid.split('.')[0]}.json`,
      become: { method: 'sudo', user: 'deploy' },
    },
    connection: { kind: 'ssh', host, address: '10.0.0.1', port: 2222, user: 'root', privateKeyFile: '/keys/id' },
  };
}

let opts: JournalOptions;

beforeEach(() => {
  opts = { home: mkdtempSync(join(tmpdir(), 'castoff-home-')), runId: 'run-1' };
});

describe('job journal', () => {
  it('appends one launch line with the job, the run and the connection without secrets; dir 0700, file 0600', () => {
    recordLaunch(launch('h1', 'j1.1'), opts);
    const lines = readFileSync(journalFile(opts), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(entry).toMatchObject({
      event: 'launched',
      runId: 'run-1',
      host: 'h1',
      jid: 'j1.1',
      resultsFile: '/root/.ansible_async/j1.1',
      limit: 60,
      poll: 1,
      become: { method: 'sudo', user: 'deploy' },
      connection: { kind: 'ssh', address: '10.0.0.1', port: 2222, user: 'root', privateKeyFile: '/keys/id' },
    });
    expect(typeof entry.launchedAtEpoch).toBe('number');
    expect(statSync(journalFile(opts)).mode & 0o777).toBe(0o600);
    expect(statSync(join(opts.home!, 'jobs')).mode & 0o777).toBe(0o700);
  });

  it('skips a torn last line and starts the next entry on a fresh line', () => {
    recordLaunch(launch('h1', 'j1.1'), opts);
    appendFileSync(journalFile(opts), '{"event":"launched","host":"h2","ji');
    expect(journalEntries(opts).map((e) => (e.event === 'launched' ? e.jid : e.event))).toEqual(['j1.1']);
    recordLaunch(launch('h3', 'j3.3'), opts);
    expect(knownJobs(opts).map((j) => `${j.launch.host} ${j.launch.jid}`)).toEqual(['h1 j1.1', 'h3 j3.3']);
  });

  it('keeps the latest state per host and job id', () => {
    recordLaunch(launch('h1', 'j1.1'), opts);
    recordLaunch(launch('h2', 'j1.1'), opts);
    recordLaunch(launch('h1', 'j2.2'), opts);
    recordJobEvent('collected', { host: 'h1', jid: 'j1.1' }, opts);
    recordJobEvent('cleaned', { host: 'h1', jid: 'j1.1' }, opts);
    recordJobEvent('killed', { host: 'h1', jid: 'j2.2' }, opts);
    recordJobEvent('killed', { host: 'nowhere', jid: 'j9.9' }, opts);
    expect(knownJobs(opts).map((j) => [j.launch.host, j.launch.jid, j.state])).toEqual([
      ['h1', 'j1.1', 'cleaned'],
      ['h2', 'j1.1', 'launched'],
      ['h1', 'j2.2', 'killed'],
    ]);
  });

  it('an empty or absent journal knows no jobs', () => {
    expect(knownJobs(opts)).toEqual([]);
  });

  it('finds jobs by id on every host, and names a malformed or unknown id', () => {
    recordLaunch(launch('h1', 'j1.1'), opts);
    recordLaunch(launch('h2', 'j1.1'), opts);
    expect(findJobs(['j1.1'], opts).map((j) => j.launch.host)).toEqual(['h1', 'h2']);
    expect(() => findJobs(['../etc/passwd'], opts)).toThrow(UnknownJobError);
    expect(() => findJobs(['j7.7'], opts)).toThrow("job j7.7 is not in the journal ('castoff jobs' lists the known jobs)");
  });
});

describe('reconnecting to a journalled job', () => {
  it('keeps the recorded settings and fills the password from the inventory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-inv-'));
    appendFileSync(join(dir, 'hosts.ini'), 'h1 ansible_host=192.0.2.9 ansible_password=s3cret ansible_user=other\n');
    const inventory = await loadInventory([join(dir, 'hosts.ini')]);
    const entry = recordLaunch(launch('h1', 'j1.1'), opts);
    const spec = new JobControl({ ...opts, hostConnection: inventoryConnections(inventory) }).connectionSpec(knownJobs(opts)[0].launch);
    expect(spec).toMatchObject({ kind: 'ssh', address: '10.0.0.1', port: 2222, user: 'root', privateKeyFile: '/keys/id', password: 's3cret' });
    expect(new JobControl({ ...opts, password: 'typed' }).connectionSpec(knownJobs(opts)[0].launch)).toMatchObject({ password: 'typed' });
    expect(entry.connection).not.toHaveProperty('password');
  });

  it('journals no host-key policy, and reconnects under the current one even when an older journal line holds one', () => {
    const spec = { kind: 'ssh', host: 'h1', address: '10.0.0.1', port: 2222, user: 'root', password: 'pw', hostKeyChecking: 'off', knownHostsFile: '/run/known_hosts' } as const;
    recordLaunch({ ...launch('h1', 'j1.1'), connection: journalConnection(spec) }, opts);
    // What castoff wrote before the journal stopped keeping the policy.
    const old = JSON.parse(readFileSync(journalFile(opts), 'utf8')) as { connection: Record<string, unknown> };
    expect(old.connection).toEqual({ kind: 'ssh', host: 'h1', address: '10.0.0.1', port: 2222, user: 'root' });
    appendFileSync(journalFile(opts), `${JSON.stringify({ ...old, jid: 'j2.2', resultsFile: '/r/j2.2', connection: { ...old.connection, hostKeyChecking: 'off', knownHostsFile: '/tmp/k' } })}\n`);
    const [first, second] = knownJobs(opts).map((j) => j.launch);
    expect(second.connection).not.toHaveProperty('hostKeyChecking');
    for (const job of [first, second]) {
      expect(new JobControl(opts).connectionSpec(job)).toMatchObject({ hostKeyChecking: undefined, knownHostsFile: undefined });
      expect(new JobControl({ ...opts, hostKeyChecking: 'accept-new', knownHostsFile: '/now/known_hosts' }).connectionSpec(job)).toMatchObject({
        address: '10.0.0.1',
        hostKeyChecking: 'accept-new',
        knownHostsFile: '/now/known_hosts',
      });
    }
  });

  it('counts the job limit from the original launch', () => {
    recordLaunch(launch('h1', 'j1.1'), opts);
    const known = knownJobs(opts)[0].launch;
    const job = new JobControl({ ...opts, becomePassword: 'pw' }).asyncJob({ ...known, jid: known.jid!, resultsFile: known.resultsFile!, launchedAtEpoch: Date.now() - 30_000 });
    expect(performance.now() - job.launchedAt).toBeGreaterThanOrEqual(29_900);
    expect(job.become).toEqual({ method: 'sudo', user: 'deploy', password: 'pw' });
  });
});
