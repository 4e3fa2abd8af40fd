/**
 * Hostile hosts and become: the become password goes only to the become program's own prompt,
 * never to a command that did not ask through it, and the command's input starts only after the
 * become step succeeded. Against real sshd hosts: `deploy` has NOPASSWD sudo, `asker` sudo with
 * its password `asker-password`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SshConnection } from '../../../src/connection/index.js';
import { eventually } from '../../helpers/eventually.js';
import { startHosts, testKeys, type TestHost, type TestHosts } from '../../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../../helpers/inventory.js';
import { playRecorded, type RecordedRun } from '../../helpers/play.js';

let fleet: TestHosts;
let host: TestHost;
let inv: TestInventory;

// Passwords that must never come back from the host.
const DECOY = 'decoy-become-password-7f3a';
const SU_SECRET = 'su-secret-password-91c2';
const ASKER = 'asker-password';

/** An inventory alias of the test host, logged in as `user`, with extra variables. */
function alias(name: string, user: string, vars: string): string {
  const login = user === 'asker' ? `ansible_password=${ASKER}` : `ansible_ssh_private_key_file=${testKeys().keyFile}`;
  return `${name} ansible_host=127.0.0.1 ansible_port=${host.port} ansible_user=${user} ${login} ${vars}`;
}

beforeAll(async () => {
  fleet = await startHosts(1, { prefix: 'bec' });
  [host] = fleet.hosts;
  // A user whose `sudo` neither asks nor runs anything: the become timeout's case.
  const slow = await host.sh(
    'useradd -m -s /usr/local/bin/slowshell slowpoke && mkdir -p /opt/slow && ' +
      `printf '#!/bin/sh\\nexec sleep 300\\n' > /opt/slow/sudo && ` +
      `printf '#!/bin/sh\\nPATH=/opt/slow:$PATH; export PATH; exec /bin/sh "$@"\\n' > /usr/local/bin/slowshell && ` +
      'chmod 755 /opt/slow/sudo /usr/local/bin/slowshell',
  );
  expect(slow.rc).toBe(0);
  inv = writeInventory(
    [host],
    {},
    [
      alias('nopasswd', 'deploy', `ansible_become_password=${DECOY}`),
      alias('asker_ok', 'asker', `ansible_become_password=${ASKER}`),
      alias('asker_wrong', 'asker', 'ansible_become_password=wrong-password'),
      alias('asker_none', 'asker', ''),
      alias('root_su', 'root', `ansible_become_method=su ansible_become_password=${SU_SECRET}`),
      alias('deploy_su', 'deploy', `ansible_become_method=su ansible_become_user=asker ansible_become_password=${ASKER}`),
      alias('deploy_su_wrong', 'deploy', `ansible_become_method=su ansible_become_user=asker ansible_become_password=${SU_SECRET}`),
      alias('slow', 'slowpoke', `ansible_become_password=${DECOY}`),
    ].join('\n'),
  );
  writeFileSync(join(inv.dir, 'who.sh'), '#!/bin/sh\necho "script as $(id -un)"\n', { mode: 0o755 });
});

afterAll(async () => {
  await fleet?.stop();
});

function play(hosts: string, tasks: string): Promise<RecordedRun> {
  return playRecorded(inv, `- hosts: ${hosts}\n  gather_facts: false\n  become: true\n  tasks:\n${tasks}`);
}

/** Nothing of the become dialogue (passwords, sudo's prompt, the success marker) in any result. */
function expectNoDialogue(run: RecordedRun): void {
  const results = JSON.stringify(run.events.filter((e) => e.type === 'host_result'));
  for (const secret of [DECOY, SU_SECRET, ASKER, 'sudo via castoff', 'BECOME-SUCCESS']) expect(results).not.toContain(secret);
}

describe('NOPASSWD sudo with a become password set', () => {
  it('raw cat gets none of the password; Python modules, copy, file, shell, script and async jobs work', async () => {
    const run = await play(
      'nopasswd',
      `    - name: raw cat
      raw: cat
    - name: ping
      ping:
    - name: command
      command: id -un
    - name: shell reads its empty stdin
      shell: cat; whoami
    - name: copy
      copy: content="as root" dest=/root/become-copy.txt
    - name: read back
      command: cat /root/become-copy.txt
    - name: file
      file: path=/root/become-dir state=directory mode=0700
    - name: script
      script: who.sh
    - name: async
      command: id -un
      async: 30
      poll: 1
`,
    );
    expect(run.resultOf('raw cat', 'nopasswd')).toMatchObject({ rc: 0, stdout: '' });
    expect(run.resultOf('ping', 'nopasswd')).toMatchObject({ ping: 'pong' });
    expect(run.resultOf('command', 'nopasswd')).toMatchObject({ rc: 0, stdout: 'root' });
    expect(run.resultOf('shell reads its empty stdin', 'nopasswd')).toMatchObject({ rc: 0, stdout: 'root' });
    expect(run.statusOf('copy', 'nopasswd')).toBe('changed');
    expect(run.resultOf('read back', 'nopasswd')).toMatchObject({ stdout: 'as root' });
    expect(run.statusOf('file', 'nopasswd')).toBe('changed');
    expect(run.resultOf('script', 'nopasswd')).toMatchObject({ rc: 0, stdout: 'script as root\n' });
    expect(run.resultOf('async', 'nopasswd')).toMatchObject({ rc: 0, stdout: 'root' });
    expectNoDialogue(run);
  });
});

describe('sudo that asks for a password', () => {
  it('the right password lets modules and raw run as root, with nothing of the dialogue in the results', async () => {
    const run = await play(
      'asker_ok',
      `    - name: command
      command: id -un
    - name: raw cat
      raw: cat; echo done >&2
    - name: copy
      copy: content="asker wrote this as root" dest=/root/asker-copy.txt
    - name: async
      command: cat /root/asker-copy.txt
      async: 30
      poll: 1
`,
    );
    expect(run.resultOf('command', 'asker_ok')).toMatchObject({ rc: 0, stdout: 'root' });
    expect(run.statusOf('copy', 'asker_ok')).toBe('changed');
    expect(run.resultOf('async', 'asker_ok')).toMatchObject({ rc: 0, stdout: 'asker wrote this as root' });
    expect(run.resultOf('raw cat', 'asker_ok')).toMatchObject({ rc: 0, stdout: '', stderr: 'done\n' });
    expectNoDialogue(run);
  });

  it('a wrong password is "Incorrect sudo password", none "Missing sudo password", both well before the timeout', async () => {
    const run = await play('asker_wrong:asker_none', '    - name: command\n      command: id -un\n');
    expect(run.resultOf('command', 'asker_wrong')).toMatchObject({ failed: true, msg: 'asker_wrong: Incorrect sudo password' });
    expect(run.resultOf('command', 'asker_none')).toMatchObject({ failed: true, msg: 'asker_none: Missing sudo password' });
    expect(run.at('command', 'asker_wrong')).toBeLessThan(12_000);
    expectNoDialogue(run);
  });

  it('a become program that never asks nor starts the command fails at the 12 s timeout and is killed', async () => {
    const run = await play('slow', '    - name: command\n      command: id -un\n');
    expect(run.resultOf('command', 'slow')).toMatchObject({ failed: true, msg: 'slow: Timeout (12s) waiting for privilege escalation prompt: ' });
    expect(run.at('command', 'slow')).toBeGreaterThanOrEqual(11_000);
    expect(run.at('command', 'slow')).toBeLessThan(25_000);
    const left = await eventually(() => host.sh('pgrep -u slowpoke -x sleep || true'), (r) => r.output.trim() === '');
    expect(left.output.trim()).toBe('');
  });
});

describe('su through a terminal', () => {
  it('a command that prints "Password:" after su let it in gets nothing (logged in as root)', async () => {
    const run = await play(
      'root_su',
      `    - name: prompt trick
      raw: 'printf "Enter password: "; read x; echo got=$x'
    - name: bare prompt trick
      raw: 'printf "Password: "; read x; echo got=$x'
`,
    );
    // The terminal is raw once su let the command in, and the command reads an empty stdin.
    expect(run.resultOf('prompt trick', 'root_su')).toMatchObject({ rc: 0, stdout: 'Enter password: got=\n' });
    expect(run.resultOf('bare prompt trick', 'root_su')).toMatchObject({ rc: 0, stdout: 'Password: got=\n' });
    expectNoDialogue(run);
  });

  it("answers su's own prompt: Python modules get their input through the terminal, raw cat gets nothing", async () => {
    const run = await play(
      'deploy_su',
      `    - name: command
      command: id -un
      # The host's own timeout must leave su the terminal.
      timeout: 60
    - name: raw cat
      raw: cat
    - name: ping
      ping:
    - name: copy
      copy: content="written through su" dest=/home/asker/su-copy.txt
    - name: async
      command: cat /home/asker/su-copy.txt
      async: 30
      poll: 1
    - name: environment
      shell: 'printf "%s|%s" "$(id -un)" "$SU_ENV_VALUE"; cat'
      environment:
        SU_ENV_VALUE: "it's $here"
`,
    );
    // The environment travels on the command's counted stdin, through su's terminal too.
    expect(run.resultOf('environment', 'deploy_su')).toMatchObject({ rc: 0, stdout: "asker|it's $here" });
    expect(run.resultOf('command', 'deploy_su')).toMatchObject({ rc: 0, stdout: 'asker' });
    expect(run.statusOf('copy', 'deploy_su')).toBe('changed');
    expect(run.resultOf('async', 'deploy_su')).toMatchObject({ rc: 0, stdout: 'written through su' });
    expect(run.resultOf('raw cat', 'deploy_su')).toMatchObject({ rc: 0, stdout: '' });
    expect(run.resultOf('ping', 'deploy_su')).toMatchObject({ ping: 'pong' });
    expectNoDialogue(run);
  });

  it('the command reads its input byte for byte through the terminal, then end of file', async () => {
    const conn = new SshConnection(host.connectOptions({ user: 'deploy' }));
    try {
      // Every byte value, ^C, ^D, \r and lines far beyond a terminal's 4 KiB line limit included.
      const input = Buffer.concat(Array.from({ length: 400 }, () => Buffer.from(Array.from({ length: 256 }, (_, i) => i))));
      const r = await conn.exec('cat; echo end', { become: { method: 'su', user: 'asker', password: ASKER }, stdin: input });
      expect(r.rc).toBe(0);
      expect(r.stdout.equals(Buffer.concat([input, Buffer.from('end\n')]))).toBe(true);
    } finally {
      await conn.close();
    }
  });

  it('a wrong su password is "Incorrect su password"', async () => {
    const run = await play('deploy_su_wrong', '    - name: command\n      command: id -un\n');
    expect(run.resultOf('command', 'deploy_su_wrong')).toMatchObject({ failed: true, msg: 'deploy_su_wrong: Incorrect su password' });
    expectNoDialogue(run);
  });
});
