/**
 * castoff with no Ansible installation to be found: PATH holds only `node` and a `python3` that
 * cannot import ansible (no `ansible-playbook`), as on a controller without Ansible. castoff's own
 * modules still run on a real host, and a module castoff lacks gets the error naming what to install
 * and where castoff looked, with file and line.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASTOFF_CLI, PLAYBOOK_CLI, runCliProcess, type CliResult } from '../helpers/cli.js';
import { startHosts, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';

let fleet: TestHosts;
let inv: TestInventory;
let dir: string;
let bin: string;

const notInstalled = () =>
  `task "apt": module 'apt' is not built into castoff and no Ansible installation was found (pip install ansible-core, or apt install ansible-core), searched: ansible-playbook on PATH (not found), python3 on PATH (${join(bin, 'python3')}: ModuleNotFoundError: No module named 'ansible')`;

function run(cli: string, args: string[]): Promise<CliResult> {
  const env = {
    PATH: bin,
    HOME: join(dir, 'home'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    CASTOFF_ANSIBLE_PYTHON: '',
    ANSIBLE_CONFIG: join(dir, 'ansible.cfg'),
    CASTOFF_KNOWN_HOSTS: inv.knownHostsFile,
  };
  return runCliProcess(cli, args, { cwd: dir, env });
}

function playbook(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

beforeAll(async () => {
  fleet = await startHosts(1, { prefix: 'noansible' });
  inv = writeInventory(fleet.hosts);
  dir = mkdtempSync(join(tmpdir(), 'castoff-noansible-'));
  bin = join(dir, 'bin');
  mkdirSync(bin);
  mkdirSync(join(dir, 'home'));
  symlinkSync(process.execPath, join(bin, 'node'));
  writeFileSync(join(bin, 'python3'), `#!/bin/sh\necho "ModuleNotFoundError: No module named 'ansible'" >&2\nexit 1\n`, { mode: 0o755 });
  writeFileSync(join(dir, 'ansible.cfg'), `[defaults]\ninventory = ${inv.file}\n`);
}, 300_000);

afterAll(async () => {
  await fleet?.stop();
});

describe('with no Ansible installed', () => {
  it("runs castoff's own modules on the host", async () => {
    const file = playbook(
      'own.yml',
      `- hosts: all
  gather_facts: false
  tasks:
    - ping:
    - command: echo from-castoff
      register: out
    - copy: content=hello dest=/tmp/own.txt
    - stat: path=/tmp/own.txt
      register: st
    - assert:
        that: [out.stdout == 'from-castoff', st.stat.exists]
`,
    );
    const r = await run(PLAYBOOK_CLI, [file]);
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/noansible1\s+: ok=5\s+changed=2\s+unreachable=0\s+failed=0/);
    expect((await fleet.hosts[0].sh('cat /tmp/own.txt')).output).toBe('hello');
  });

  it("fails at load for a module castoff lacks, naming file, line and where Ansible was looked for", async () => {
    const file = playbook('apt.yml', '- hosts: all\n  gather_facts: false\n  tasks:\n    - debug: msg=hi\n    - apt: name=curl\n');
    const r = await run(PLAYBOOK_CLI, [file]);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(`ERROR! apt.yml:5:7: ${notInstalled()}`);
  });

  it('gives the ad-hoc command the same answer, and runs its own modules', async () => {
    const apt = await run(CASTOFF_CLI, ['all', '-m', 'apt', '-a', 'name=curl']);
    expect(apt.code).toBe(4);
    const [, where, detail] = /^ERROR! (<ad-hoc>:\d+:\d+): (.*)$/.exec(apt.stderr.trim()) ?? [];
    expect(where, apt.stderr).toBeDefined();
    expect(detail).toBe(notInstalled());
    const ping = await run(CASTOFF_CLI, ['all', '-m', 'ping']);
    expect(ping.code, ping.stdout + ping.stderr).toBe(0);
    expect(ping.stdout).toContain('"ping": "pong"');
  });
});
