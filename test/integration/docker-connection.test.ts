/**
 * `ansible_connection: docker` against a real container (the test host image, reached with
 * `docker exec`, not over SSH): modules, files, become, environment, async jobs, a timeout and a
 * cancel that kill the command inside the container, reattaching to a journalled job, and a
 * container that does not exist.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobControl, knownJobs, launchedRecord, recordLaunch, type LaunchedJob } from '../../src/jobs/index.js';
import { eventually } from '../helpers/eventually.js';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import type { TestInventory } from '../helpers/inventory.js';
import { playRecorded, type RecordOptions } from '../helpers/play.js';

let fleet: TestHosts;
let box: TestHost;
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(1, { prefix: 'dck' });
  box = fleet.hosts[0];
  const dir = mkdtempSync(join(tmpdir(), 'castoff-docker-'));
  const id = box.container.getId();
  const lines = [
    `box ansible_connection=docker ansible_host=${id} ansible_python_interpreter=python3`,
    `box_deploy ansible_connection=community.docker.docker ansible_host=${id} ansible_user=deploy ansible_python_interpreter=python3`,
    'ghost ansible_connection=docker ansible_host=castoff-no-such-container',
  ];
  const file = join(dir, 'hosts.ini');
  writeFileSync(file, `${lines.join('\n')}\n`);
  // No host here is reached over SSH; the file only has to exist.
  const knownHostsFile = join(dir, 'known_hosts');
  writeFileSync(knownHostsFile, '');
  inv = { dir, file, knownHostsFile };
});

afterAll(async () => {
  await fleet?.stop();
});

function play(yaml: string, options: RecordOptions = {}) {
  return playRecorded(inv, yaml, options);
}

/** Live processes in the container whose environment holds `entry`, once none is left or the time is up. */
async function processesGone(entry: string): Promise<number[]> {
  return eventually(() => box.processesWithEnv(entry), (left) => left.length === 0, 15_000);
}

describe('docker connection', () => {
  it('runs command, shell, copy, stat, file and script in the container', async () => {
    const script = join(inv.dir, 'hello.sh');
    writeFileSync(script, '#!/bin/sh\necho "script says $1 from $(hostname)"\n');
    const r = await play(`
- hosts: box
  gather_facts: false
  tasks:
    - name: whoami
      command: id -un
    - name: pipe
      shell: echo a b c | wc -w
    - name: copy
      copy:
        content: "it's \\"quoted\\" $HOME\\n"
        dest: /tmp/docker-copy.txt
        mode: "0640"
    - name: stat
      stat:
        path: /tmp/docker-copy.txt
    - name: stat missing
      stat:
        path: /tmp/nothing-here
    - name: dir
      file:
        path: /tmp/docker-dir/sub
        state: directory
        mode: "0750"
    - name: script
      script: ${script} there
`);
    expect(r.exitCode).toBe(0);
    expect(r.resultOf('whoami', 'box')).toMatchObject({ stdout: 'root', rc: 0 });
    expect(r.resultOf('pipe', 'box')).toMatchObject({ stdout: '3' });
    expect(r.statusOf('copy', 'box')).toBe('changed');
    expect((await box.sh('cat /tmp/docker-copy.txt; stat -c %a /tmp/docker-copy.txt')).output).toBe(`it's "quoted" $HOME\n640\n`);
    expect(r.resultOf('stat', 'box')).toMatchObject({ stat: { exists: true, isreg: true, mode: '0640', size: 20 } });
    expect(r.resultOf('stat missing', 'box')).toMatchObject({ stat: { exists: false } });
    expect((await box.sh('stat -c %a /tmp/docker-dir/sub')).output.trim()).toBe('750');
    const hostname = (await box.sh('hostname')).output.trim();
    expect(r.resultOf('script', 'box')).toMatchObject({ rc: 0, stdout: `script says there from ${hostname}\n` });
  });

  it('copies the same file twice as ok, not changed', async () => {
    const yaml = `
- hosts: box
  gather_facts: false
  tasks:
    - name: copy
      copy:
        content: "same\\n"
        dest: /tmp/docker-idempotent.txt
`;
    expect((await play(yaml)).statusOf('copy', 'box')).toBe('changed');
    expect((await play(yaml)).statusOf('copy', 'box')).toBe('ok');
  });

  it('runs as ansible_user (docker exec -u), becomes root with sudo, and passes the environment', async () => {
    const r = await play(`
- hosts: box_deploy
  gather_facts: false
  tasks:
    - name: plain
      command: id -un
    - name: become
      command: id -un
      become: true
    - name: env
      shell: 'echo "$GREETING, $(id -un)"'
      become: true
      environment:
        GREETING: "hello 'there'"
    - name: stdin to a become user
      shell: cat
      args:
        stdin: piped in
      become: true
      become_user: deploy
`);
    expect(r.exitCode).toBe(0);
    expect(r.resultOf('plain', 'box_deploy')).toMatchObject({ stdout: 'deploy' });
    expect(r.resultOf('become', 'box_deploy')).toMatchObject({ stdout: 'root' });
    expect(r.resultOf('env', 'box_deploy')).toMatchObject({ stdout: "hello 'there', root" });
    expect(r.resultOf('stdin to a become user', 'box_deploy')).toMatchObject({ stdout: 'piped in' });
  });

  it('runs async jobs with poll, and with poll: 0 followed by async_status', async () => {
    const r = await play(`
- hosts: box
  gather_facts: false
  tasks:
    - name: polled
      shell: sleep 1; echo polled
      async: 30
      poll: 1
    - name: fired
      shell: sleep 2; echo fired
      async: 30
      poll: 0
      register: fired
    - name: follow
      async_status:
        jid: "{{ fired.ansible_job_id }}"
      register: job
      until: job.finished
      retries: 30
      delay: 1
`);
    expect(r.exitCode).toBe(0);
    expect(r.resultOf('polled', 'box')).toMatchObject({ stdout: 'polled', finished: 1, rc: 0 });
    expect(r.resultOf('fired', 'box')).toMatchObject({ started: 1, finished: 0 });
    expect(r.resultOf('follow', 'box')).toMatchObject({ stdout: 'fired', finished: 1, rc: 0 });
    expect(r.jobs.map((j) => j.connection)).toEqual([
      { kind: 'docker', host: 'box', container: box.container.getId() },
      { kind: 'docker', host: 'box', container: box.container.getId() },
    ]);
  });

  it('a task timeout kills the command inside the container, not only the docker client', async () => {
    const r = await play(`
- hosts: box
  gather_facts: false
  tasks:
    - name: slow
      shell: sleep 300 & sleep 301; echo never
      environment:
        DOCKER_MARK: timeout
      timeout: 3
      ignore_errors: true
    - name: after
      command: echo after
`);
    expect(r.resultOf('slow', 'box')).toMatchObject({ failed: true, timedout: true, msg: 'The task timed out after 3 seconds' });
    expect(r.resultOf('after', 'box')).toMatchObject({ stdout: 'after' });
    expect(await processesGone('DOCKER_MARK=timeout')).toEqual([]);
    // The brackets keep the pattern from matching the shell that runs pgrep.
    expect((await box.sh('pgrep -f "sleep 30[01]" || true')).output.trim()).toBe('');
  });

  it('cancelling the run kills the sync command inside the container', async () => {
    const mark = 'DOCKER_MARK=cancel';
    const controller = new AbortController();
    const trigger = (async () => {
      while (!controller.signal.aborted) {
        if ((await box.processesWithEnv(mark)).length > 0) return controller.abort();
        await sleep(100);
      }
    })();
    const r = await play(
      `
- hosts: box
  gather_facts: false
  tasks:
    - name: work
      shell: sleep 302
      environment:
        DOCKER_MARK: cancel
`,
      { signal: controller.signal },
    );
    await trigger;
    expect(r).toMatchObject({ exitCode: 99, cancelled: true });
    expect(r.statusOf('work', 'box')).toBe('cancelled');
    expect(await processesGone(mark)).toEqual([]);
    // The bracket keeps the pattern from matching the shell that runs pgrep.
    expect((await box.sh('pgrep -f "sleep 30[2]" || true')).output.trim()).toBe('');
  });

  it('a journalled docker job is reattached from its journal line alone', async () => {
    const launched: LaunchedJob[] = [];
    const r = await play(
      `
- hosts: box
  gather_facts: false
  tasks:
    - name: fired
      shell: sleep 2; echo reattached
      async: 60
      poll: 0
`,
      { onJobLaunched: (job) => launched.push(launchedRecord(job)) },
    );
    expect(r.exitCode).toBe(0);
    const home = mkdtempSync(join(tmpdir(), 'castoff-docker-journal-'));
    recordLaunch(launched[0], { home });
    const [job] = knownJobs({ home });
    expect(job.launch.connection).toEqual({ kind: 'docker', host: 'box', container: box.container.getId() });
    const control = new JobControl({ home });
    try {
      const outcome = await control.wait(job, { poll: 1 });
      expect(outcome.state).toBe('ok');
      expect(outcome.result).toMatchObject({ stdout: 'reattached', finished: 1 });
    } finally {
      await control.close();
    }
  });

  it('a container that does not exist is unreachable, with docker’s reason and no stack trace', async () => {
    const r = await play(`
- hosts: ghost
  gather_facts: false
  tasks:
    - name: hello
      command: echo hello
`);
    expect(r.statusOf('hello', 'ghost')).toBe('unreachable');
    const msg = String(r.resultOf('hello', 'ghost').msg);
    expect(msg).toContain('Failed to connect to the host via docker: ghost (container castoff-no-such-container)');
    expect(msg).toContain('No such container: castoff-no-such-container');
    expect(msg).not.toMatch(/\n\s+at /);
    expect(r.stats.ghost).toMatchObject({ unreachable: 1 });
  });

  it('an unknown ansible_connection fails the host with the known types named', async () => {
    const r = await play(`
- hosts: box
  gather_facts: false
  vars:
    ansible_connection: winrm
  tasks:
    - name: hello
      command: echo hello
`);
    expect(r.resultOf('hello', 'box')).toMatchObject({ failed: true });
    expect(String(r.resultOf('hello', 'box').msg)).toMatch(/^box: the connection plugin 'winrm' was not found \(ansible_connection can be ssh, .*docker, community\.docker\.docker\)$/);
  });
});
