/**
 * Hostile-host suite, the async dir: another user of the host plants a symlink or a directory of
 * their own where a job's records go, or forges a record; `ansible_async_dir=/tmp` must not turn
 * the host's /tmp private. Each attack runs against a real sshd host and must be refused, with the
 * attacker's files left as they were and nothing forged registered.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asyncStatus, launchAsyncJob, waitForJob } from '../../../src/async/index.js';
import { SshConnection } from '../../../src/connection/index.js';
import { startHosts, type TestHost, type TestHosts } from '../../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../../helpers/inventory.js';
import { playRecorded } from '../../helpers/play.js';

let fleet: TestHosts;
let host: TestHost;
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(1, { prefix: 'adir' });
  host = fleet.hosts[0];
  inv = writeInventory(fleet.hosts);
});

afterAll(async () => {
  await fleet?.stop();
});

/** Runs a command on the host as the unprivileged user `asker`: the attacker. */
async function asAsker(command: string): Promise<void> {
  const r = await host.sh(`su asker -s /bin/sh -c '${command.replace(/'/g, `'\\''`)}'`);
  if (r.rc !== 0) throw new Error(`asker: ${command}: ${r.output}`);
}

async function shOut(command: string): Promise<string> {
  return (await host.sh(command)).output.trim();
}

function asyncPlay(asyncDir: string, poll: number, extra = ''): string {
  return `
- hosts: adir1
  gather_facts: false
  vars:
    ansible_async_dir: ${asyncDir}
  tasks:
    - name: job
      shell: echo ran > /root/job-ran-${poll}
      async: 20
      poll: ${poll}
${extra}`;
}

describe('ansible_async_dir=/tmp', () => {
  it.each([1, 0])('fails the task clearly with poll %i, and /tmp stays 1777', async (poll) => {
    await host.sh(`rm -f /root/job-ran-${poll}`);
    expect(await shOut('stat -c %a /tmp')).toBe('1777');
    const r = await playRecorded(inv, asyncPlay('/tmp', poll));
    expect(r.statusOf('job', 'adir1')).toBe('failed');
    expect(r.resultOf('job', 'adir1')).toMatchObject({
      failed: true,
      msg: expect.stringContaining('adir1: the async wrapper did not start the job: the async directory /tmp is writable by group or others (mode 1777)'),
    });
    expect(await shOut('stat -c %a /tmp')).toBe('1777');
    expect(await shOut(`test -e /root/job-ran-${poll}; echo $?`)).toBe('1');
  });
});

describe('a symlink planted at the async dir path by another user', () => {
  it('is refused, and its target is neither chmod-ed nor written', async () => {
    await host.sh('rm -rf /srv/target /tmp/planted && mkdir -m 755 /srv/target && echo keep > /srv/target/file');
    await asAsker('ln -s /srv/target /tmp/planted');
    const r = await playRecorded(inv, asyncPlay('/tmp/planted', 1));
    expect(r.resultOf('job', 'adir1')).toMatchObject({
      failed: true,
      msg: expect.stringContaining('adir1: the async wrapper did not start the job: the async directory /tmp/planted is a symbolic link, which castoff does not follow'),
    });
    expect(await shOut('stat -c %a /srv/target')).toBe('755');
    expect(await shOut('ls -A /srv/target')).toBe('file');
    expect(await shOut('readlink /tmp/planted')).toBe('/srv/target');
  });
});

describe('an async dir owned by another user', () => {
  it('is refused for a root job, and left as it was', async () => {
    await host.sh('rm -rf /tmp/asker-jobs');
    await asAsker('mkdir -m 700 /tmp/asker-jobs');
    const r = await playRecorded(inv, asyncPlay('/tmp/asker-jobs', 1));
    expect(r.resultOf('job', 'adir1')).toMatchObject({
      failed: true,
      msg: expect.stringContaining('the async directory /tmp/asker-jobs belongs to asker, not to root, the user the job runs as'),
    });
    expect(await shOut('stat -c %U:%a /tmp/asker-jobs && ls -A /tmp/asker-jobs')).toBe('asker:700');
  });

  it('is refused when becoming: the dir must belong to the become user, not the login user', async () => {
    await host.sh('rm -rf /home/deploy/jobs && install -d -o deploy -m 700 /home/deploy/jobs');
    const conn = new SshConnection(host.connectOptions({ user: 'deploy' }));
    try {
      await expect(
        launchAsyncJob(conn, { module: 'command', args: { argv: ['true'] } }, { limit: 10, asyncDir: '/home/deploy/jobs', become: { method: 'sudo' } }),
      ).rejects.toThrow('the async directory /home/deploy/jobs belongs to deploy, not to root, the user the job runs as');
      // Without become the same dir is the job user's own, and is used as it is.
      const { job } = await launchAsyncJob(conn, { module: 'command', args: { argv: ['true'] } }, { limit: 10, asyncDir: '/home/deploy/jobs' });
      expect((await waitForJob(conn, job, { poll: 1 })).state).toBe('ok');
      expect(await shOut('stat -c %U:%a /home/deploy/jobs')).toBe('deploy:700');
    } finally {
      await conn.close();
    }
  });
});

describe('a forged status record', () => {
  const FORGED = JSON.stringify({ rc: 0, stdout: 'forged-by-asker', changed: true });

  it('in a dir of another user is never registered by async_status', async () => {
    await host.sh('rm -rf /tmp/forged-jobs');
    await asAsker(`mkdir -m 755 /tmp/forged-jobs && printf '%s' '${FORGED}' > /tmp/forged-jobs/j123.456`);
    const r = await playRecorded(
      inv,
      `
- hosts: adir1
  gather_facts: false
  vars:
    ansible_async_dir: /tmp/forged-jobs
  tasks:
    - name: status
      async_status:
        jid: j123.456
      register: st
`,
    );
    const result = r.resultOf('status', 'adir1');
    expect(result).toMatchObject({ failed: true, msg: expect.stringContaining('refusing to read the job file /tmp/forged-jobs/j123.456: the async directory /tmp/forged-jobs belongs to asker') });
    expect(JSON.stringify(result)).not.toContain('forged-by-asker');
  });

  it('swapped in after the launch (the job dir gone, another user made one in its place) is refused by the poll', async () => {
    const conn = new SshConnection(host.connectOptions());
    try {
      await host.sh('rm -rf /tmp/root-jobs');
      const { job } = await launchAsyncJob(conn, { module: 'shell', args: { _raw_params: 'sleep 2; echo real' } }, { limit: 20, asyncDir: '/tmp/root-jobs' });
      expect(await shOut('stat -c %U:%a /tmp/root-jobs')).toBe('root:700');
      // A tmp cleaner removes the job's dir; the attacker recreates it with a forged result.
      await host.sh('rm -rf /tmp/root-jobs');
      await asAsker(`mkdir -m 755 /tmp/root-jobs && printf '%s' '${FORGED}' > /tmp/root-jobs/${job.jid}`);
      const outcome = await waitForJob(conn, job, { poll: 1 });
      expect(outcome.state).toBe('failed');
      expect(outcome.result.msg).toContain(`adir1: refusing to read the job file /tmp/root-jobs/${job.jid}: the async directory /tmp/root-jobs belongs to asker, not to root`);
      expect(JSON.stringify(outcome.result)).not.toContain('forged-by-asker');
      const status = await asyncStatus(conn, { jid: job.jid, asyncDir: '/tmp/root-jobs' });
      expect(status).toMatchObject({ failed: true, msg: expect.stringContaining('belongs to asker') });
      expect(JSON.stringify(status)).not.toContain('forged-by-asker');
    } finally {
      await conn.close();
    }
  });
});

describe("castoff's own directory ~/.castoff", () => {
  it('is refused when it belongs to another user, and no code is installed in it', async () => {
    await host.sh('rm -rf /home/deploy/.castoff && install -d -o asker -m 755 /home/deploy/.castoff');
    const conn = new SshConnection(host.connectOptions({ user: 'deploy' }));
    try {
      await expect(launchAsyncJob(conn, { module: 'command', args: { argv: ['true'] } }, { limit: 10 })).rejects.toThrow(
        "adir1: castoff's directory /home/deploy/.castoff belongs to asker, not to deploy, the user the job runs as",
      );
      expect(await shOut('ls -A /home/deploy/.castoff')).toBe('');
    } finally {
      await conn.close();
      await host.sh('rm -rf /home/deploy/.castoff');
    }
  });

  it('is refused by script, which needs no Python, and the script never lands there', async () => {
    writeFileSync(join(inv.dir, 'hello.sh'), '#!/bin/sh\necho hello\n');
    const play = (name: string) => `
- hosts: adir1
  gather_facts: false
  vars:
    ansible_user: deploy
  tasks:
    - name: ${name}
      script: hello.sh
`;
    try {
      await host.sh('rm -rf /home/deploy/.castoff && install -d -o asker -m 777 /home/deploy/.castoff');
      const refused = await playRecorded(inv, play('foreign'));
      expect(refused.resultOf('foreign', 'adir1')).toMatchObject({ failed: true, rc: 1, stderr: expect.stringContaining("castoff's directory /home/deploy/.castoff belongs to asker, not to deploy") });
      expect(await shOut('ls -A /home/deploy/.castoff')).toBe('');
      await host.sh('rm -rf /home/deploy/.castoff && install -d -o deploy -m 700 /home/deploy/.castoff && ln -s /tmp /home/deploy/.castoff/tmp');
      const linked = await playRecorded(inv, play('linked'));
      expect(linked.resultOf('linked', 'adir1')).toMatchObject({ failed: true, stderr: expect.stringContaining("castoff's directory /home/deploy/.castoff/tmp is a symbolic link") });
      await host.sh('rm -rf /home/deploy/.castoff');
      const fine = await playRecorded(inv, play('fine'));
      expect(fine.resultOf('fine', 'adir1')).toMatchObject({ rc: 0, stdout_lines: ['hello'] });
      expect(await shOut('stat -c %U:%a /home/deploy/.castoff /home/deploy/.castoff/tmp')).toBe('deploy:700\ndeploy:700');
    } finally {
      await host.sh('rm -rf /home/deploy/.castoff');
    }
  });
});

describe("the async wrapper's launch reply", () => {
  it('is refused when it names another job or a status file outside the async dir', async () => {
    // A first async task installs the runtime; the host then swaps in a wrapper that lies.
    const first = await playRecorded(inv, asyncPlay('~/.ansible_async', 1));
    expect(first.statusOf('job', 'adir1')).toBe('changed');
    const wrappers = await shOut('ls /root/.castoff/runtime-*/async_wrapper.py');
    expect(wrappers).not.toBe('');
    const forged = JSON.stringify({ started: 1, finished: 0, ansible_job_id: '../../etc/passwd', results_file: '/etc/passwd' });
    for (const wrapper of wrappers.split('\n')) {
      await host.sh(`cp ${wrapper} ${wrapper}.orig && printf '%s\\n' 'import sys' ${JSON.stringify(`print(${JSON.stringify(forged)})`)} > ${wrapper}`);
    }
    try {
      const r = await playRecorded(inv, asyncPlay('~/.ansible_async', 0));
      expect(r.statusOf('job', 'adir1')).toBe('failed');
      const msg = String(r.resultOf('job', 'adir1').msg);
      expect(msg).toContain("adir1: the async wrapper's reply does not name the job castoff started");
      expect(msg).toContain('../../etc/passwd');
      expect(r.resultOf('job', 'adir1').ansible_job_id).toBeUndefined();
    } finally {
      for (const wrapper of wrappers.split('\n')) await host.sh(`mv ${wrapper}.orig ${wrapper}`);
    }
  });
});
