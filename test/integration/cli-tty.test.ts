import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { knownJobs } from '../../src/jobs/index.js';
import { CASTOFF_CLI } from '../helpers/cli.js';
import { startHosts, type TestHosts } from '../helpers/hosts.js';
import { writeInventory } from '../helpers/inventory.js';

const CLI = fileURLToPath(new URL('../../dist/src/cli/castoff-playbook.js', import.meta.url));
// A server of our own: sessions get this process's environment, and no other tmux user is touched.
const socket = `castoff-tty-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
let sessions = 0;

/** Runs `command` in a fresh terminal of the given size; returns the session name. */
function terminal(command: string, columns = 150): string {
  const session = `s${++sessions}`;
  tmux('new-session', '-d', '-s', session, '-x', String(columns), '-y', '50', command);
  return session;
}

const screen = (session: string) => tmux('capture-pane', '-p', '-t', session);

/** Waits until the screen shows what `test` looks for; returns that screen. */
async function screenWith(session: string, test: (text: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const text = screen(session);
    if (test(text)) return text;
    if (Date.now() > deadline) throw new Error(`the terminal never showed ${what}:\n${text}`);
    await sleep(100);
  }
}

let fleet: TestHosts | undefined;

afterAll(async () => {
  try {
    tmux('kill-server');
  } catch {
    // already gone
  }
  await fleet?.stop();
});

describe('the live status line on a terminal', () => {
  it('shows progress while async jobs run, then leaves only the permanent lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-tty-'));
    const playbook = join(dir, 'live.yml');
    writeFileSync(
      playbook,
      `- hosts: localhost
  gather_facts: false
  tasks:
    - name: Slow job
      shell: sleep 4
      async: 30
      poll: 1
`,
    );
    const session = terminal(`CASTOFF_HOME=${quote(dir)} node ${CLI} ${playbook}; echo EXIT=$?; sleep 60`);
    const during = await screenWith(session, (t) => /\d+ running/.test(t), 'the status line');
    expect(during).toMatch(/\[Slow job\] 0\/1 done, 0 failed, 1 running, \d+s of 30s; slowest: localhost/);
    expect(during).toContain(`TASK [Slow job] ${'*'.repeat(63)}`);
    const after = await screenWith(session, (t) => t.includes('EXIT='), 'the end of the run');
    expect(after).toContain('EXIT=0');
    expect(after).toContain('changed: [localhost]');
    expect(after).not.toMatch(/\d+ running/);
    // Every permanent line is whole: nothing of the status line is left inside them.
    const lines = after.split('\n');
    expect(lines.filter((l) => l.startsWith('ASYNC POLL on localhost')).every((l) => /^ASYNC POLL on localhost: jid=j\d+\.\d+ started=1 finished=0$/.test(l))).toBe(true);
  });
});

describe('Ctrl-C twice on a terminal', () => {
  it('the second press names only the job still running, on a line of its own after the status line is cleared', async () => {
    fleet = await startHosts(3, { prefix: 'tty' });
    const inv = writeInventory(fleet.hosts);
    const home = mkdtempSync(join(tmpdir(), 'castoff-home-'));
    const playbook = join(inv.dir, 'mixed.yml');
    // tty1 finishes before the first press; tty3 dies at once on its TERM; tty2 is frozen before the
    // first press, so its termination cannot get through and it may still run at the second press.
    writeFileSync(
      playbook,
      `- hosts: all
  gather_facts: false
  vars:
    cmds:
      tty1: sleep 1
      tty2: sleep 60
      tty3: sleep 60
  tasks:
    - name: Mixed
      shell: "{{ cmds[inventory_hostname] }}"
      async: 60
      poll: 1
`,
    );
    const env = `CASTOFF_HOME=${quote(home)} CASTOFF_KNOWN_HOSTS=${quote(inv.knownHostsFile)}`;
    const session = terminal(`${env} node ${CLI} -i ${quote(inv.file)} ${quote(playbook)}; echo EXIT=$?; sleep 120`, 220);

    const running = await screenWith(session, (t) => t.includes('changed: [tty1]') && /1\/3 done, 0 failed, 2 running/.test(t), 'tty1 done and the others running');
    expect(running).toMatch(/\[Mixed\] 1\/3 done, 0 failed, 2 running, \d+s of 60s; slowest: tty\d, tty\d$/m);
    const jid = (host: string) => knownJobs({ home }).find((j) => j.launch.host === host)!.launch.jid!;

    const frozen = fleet.hosts[1];
    await frozen.pause();
    try {
      tmux('send-keys', '-t', session, 'C-c');
      // The journal marks tty3's job killed once its terminate got through; only then is it over.
      const state = (host: string) => knownJobs({ home }).find((j) => j.launch.host === host)?.state;
      for (let i = 0; i < 300 && state('tty3') !== 'killed'; i++) await sleep(20);
      expect(state('tty3')).toBe('killed');
      tmux('send-keys', '-t', session, 'C-c');
    } finally {
      await frozen.unpause();
    }
    const after = await screenWith(session, (t) => t.includes('EXIT='), 'the exit');

    const lines = after.split('\n');
    expect(after).toContain('EXIT=99');
    expect(lines).toContain(`[castoff] still running: tty2 ${jid('tty2')} (castoff wait ${jid('tty2')} / castoff kill ${jid('tty2')})`);
    expect(after).not.toMatch(/still running: tty[13]/);
    // Both messages start their own line: nothing of the status line or the echoed ^C before them.
    expect(lines.filter((l) => l.includes('[castoff]')).every((l) => l.startsWith('[castoff]'))).toBe(true);
    expect(lines.some((l) => l.startsWith("[castoff] interrupted: stopping, terminating this run's remote jobs"))).toBe(true);
    expect(after).not.toMatch(/slowest: [^\n]*\[castoff\]/);

    // tty2's job may have been half-way through its termination: end it for good.
    execFileSync('node', [CASTOFF_CLI, 'kill', jid('tty2')], { env: { ...process.env, CASTOFF_HOME: home, CASTOFF_KNOWN_HOSTS: inv.knownHostsFile }, stdio: 'ignore' });
    expect(await fleet.hosts[1].processesWithEnv(`CASTOFF_JOB_ID=${jid('tty2')}`)).toEqual([]);
  }, 180_000);
});

describe('vars_prompt on a terminal', () => {
  it('asks with the default shown, does not echo a private answer, confirms, and the play gets the answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-tty-'));
    const playbook = join(dir, 'prompt.yml');
    writeFileSync(
      playbook,
      `- hosts: localhost
  gather_facts: false
  vars_prompt:
    - name: release
      prompt: Which release
      default: stable
      private: false
    - name: token
      prompt: Token
      confirm: true
  tasks:
    - name: Show
      debug:
        msg: "{{ release }}/{{ token }}"
`,
    );
    const session = terminal(`CASTOFF_HOME=${quote(dir)} node ${CLI} ${playbook}; echo EXIT=$?; sleep 60`);
    await screenWith(session, (t) => t.includes('Which release [stable]:'), 'the first prompt');
    tmux('send-keys', '-t', session, 'v2', 'Enter');
    await screenWith(session, (t) => t.includes('Token:'), 'the private prompt');
    tmux('send-keys', '-t', session, 's3cr3t', 'Enter');
    await screenWith(session, (t) => t.includes('confirm Token:'), 'the confirmation');
    tmux('send-keys', '-t', session, 's3cr3t', 'Enter');
    const after = await screenWith(session, (t) => t.includes('EXIT='), 'the end of the run');
    expect(after).toContain('EXIT=0');
    expect(after).toContain('Which release [stable]: v2');
    expect(after).toContain('"msg": "v2/s3cr3t"');
    // The only place the private answer shows is the task's own output.
    expect(after.split('s3cr3t')).toHaveLength(2);
  });
});
