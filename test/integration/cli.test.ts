import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASTOFF_CLI as ADHOC_CLI, PLAYBOOK_CLI, runCliProcess, type CliResult } from '../helpers/cli.js';
import { startHosts, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';

let fleet: TestHosts;
let inv: TestInventory;

function cli(bin: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runCliProcess(bin, args, { cwd: inv.dir, env: { ANSIBLE_CONFIG: join(inv.dir, 'ansible.cfg'), ...env }, boundMs: 60_000 });
}

function playbook(name: string, yaml: string): string {
  const file = join(inv.dir, name);
  writeFileSync(file, yaml);
  return file;
}

beforeAll(async () => {
  fleet = await startHosts(2, { prefix: 'cli' });
  inv = writeInventory(fleet.hosts, { web: [0, 1] }, 'ghost ansible_host=127.0.0.1 ansible_port=1\n');
  // An existing Ansible project's settings are honoured: inventory and known_hosts come from here.
  writeFileSync(join(inv.dir, 'ansible.cfg'), `[defaults]\ninventory = ${inv.file}\nforks = 10\n`);
}, 300_000);

afterAll(async () => {
  await fleet?.stop();
});

const recap = (host: string, ok: number, changed: number, unreachable: number, failed: number) =>
  `${host.padEnd(26)} : ok=${String(ok).padEnd(4)} changed=${String(changed).padEnd(4)} unreachable=${String(unreachable).padEnd(4)} failed=${String(failed).padEnd(4)} skipped=0    rescued=0    ignored=0   `;

describe('castoff-playbook', () => {
  const env = () => ({ CASTOFF_KNOWN_HOSTS: inv.knownHostsFile });

  it('runs a playbook: banners, results and recap as Ansible prints them, exit 0', async () => {
    const file = playbook('ok.yml', '- hosts: web\n  gather_facts: false\n  tasks:\n    - name: Say hi\n      command: echo hi\n');
    const r = await cli(PLAYBOOK_CLI, [file], env());
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.lines).toContain(`PLAY [web] ${'*'.repeat(69)}`);
    expect(r.lines).toContain(`TASK [Say hi] ${'*'.repeat(66)}`);
    expect(r.lines).toContain('changed: [cli1]');
    expect(r.lines).toContain('changed: [cli2]');
    expect(r.lines).toContain(`PLAY RECAP ${'*'.repeat(69)}`);
    expect(r.lines).toContain(recap('cli1', 1, 1, 0, 0));
  });

  it('a failed host prints fatal ... FAILED! and exits 2 while the other host goes on', async () => {
    const file = playbook('fail.yml', '- hosts: web\n  gather_facts: false\n  tasks:\n    - name: Check\n      shell: test {{ inventory_hostname }} = cli1\n');
    const r = await cli(PLAYBOOK_CLI, [file], env());
    expect(r.code, r.stdout + r.stderr).toBe(2);
    const fatal = r.lines.find((l) => l.startsWith('fatal: [cli2]: FAILED! => {'));
    expect(fatal).toContain('{"changed": true, "msg": "non-zero return code", ');
    expect(fatal).toContain('"cmd": "test cli2 = cli1", ');
    // The host's first module also reports the interpreter it discovered, as in Ansible.
    expect(fatal).toContain('"ansible_facts": {"discovered_interpreter_python": "/usr/bin/python3"}');
    expect(r.lines).toContain(recap('cli1', 1, 1, 0, 0));
    expect(r.lines).toContain(recap('cli2', 0, 0, 0, 1));
  });

  it('an unreachable host prints UNREACHABLE! and exits 4', async () => {
    const file = playbook('unreach.yml', '- hosts: ghost:cli1\n  gather_facts: false\n  tasks:\n    - ping:\n');
    const r = await cli(PLAYBOOK_CLI, [file, '-T', '2'], env());
    expect(r.code, r.stdout + r.stderr).toBe(4);
    expect(r.lines.find((l) => l.startsWith('fatal: [ghost]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: ghost port 1: connection refused'))).toBeDefined();
    expect(r.lines).toContain('ok: [cli1]');
    expect(r.lines).toContain(recap('ghost', 0, 0, 1, 0));
  });

  it('an async timeout prints the lines of docs/async-protocol.md section 8', async () => {
    const file = playbook(
      'async.yml',
      `- hosts: web
  gather_facts: false
  tasks:
    - name: Sleep30s
      command: sleep 30
      async: 6
      poll: 1
      when: inventory_hostname == "cli1"
`,
    );
    const r = await cli(PLAYBOOK_CLI, [file], env());
    expect(r.code, r.stdout + r.stderr).toBe(2);
    const jid = /jid=(j\d+\.\d+)/.exec(r.stdout)?.[1];
    expect(jid).toBeDefined();
    expect(r.lines).toContain(`ASYNC POLL on cli1: jid=${jid} started=1 finished=0`);
    expect(r.lines).toContain(`ASYNC FAILED on cli1: jid=${jid}`);
    expect(r.lines.find((l) => l.startsWith('fatal: [cli1]: FAILED! => {"changed": false, "msg": "async task did not complete within the requested time - 6s", '))).toBeDefined();
    expect(r.lines).toContain('skipping: [cli2]');
    expect(r.lines).toContain(recap('cli1', 0, 0, 0, 1));
    const ordered = ['TASK [Sleep30s]', 'ASYNC POLL on cli1', 'ASYNC FAILED on cli1', 'fatal: [cli1]'].map((p) => r.lines.findIndex((l) => l.startsWith(p)));
    expect([...ordered].sort((a, b) => a - b)).toEqual(ordered);
  });

  it('a YAML error exits 4 naming file, line and column', async () => {
    const file = playbook('broken.yml', '- hosts: web\n  tasks:\n    - name: x\n      asnyc: 3\n      command: "true"\n');
    const r = await cli(PLAYBOOK_CLI, [file], env());
    expect(r.code, r.stdout + r.stderr).toBe(4);
    expect(r.stderr).toBe(`ERROR! ${file}:4:7: task "x": unknown keyword 'asnyc' (did you mean 'async'?)\n`);
  });

  it('a bad option exits 2, a missing playbook exits 1, --limit matching nothing exits 1', async () => {
    expect((await cli(PLAYBOOK_CLI, ['--forks', 'many', 'x.yml'])).code).toBe(2);
    expect((await cli(PLAYBOOK_CLI, ['--no-such-option', 'x.yml'])).code).toBe(2);
    const missing = await cli(PLAYBOOK_CLI, ['nope.yml']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('ERROR! the playbook: nope.yml could not be found\n');
    const file = playbook('limit.yml', '- hosts: web\n  gather_facts: false\n  tasks:\n    - ping:\n');
    const limited = await cli(PLAYBOOK_CLI, [file, '-l', 'nobody']);
    expect(limited.code).toBe(1);
  });

  it('--output json prints one document of plays, tasks, hosts and stats, as Ansible\'s json callback', async () => {
    const file = playbook('json.yml', '- hosts: web\n  gather_facts: false\n  name: J\n  tasks:\n    - name: Echo\n      command: echo {{ inventory_hostname }}\n');
    const r = await cli(PLAYBOOK_CLI, [file, '--output', 'json'], env());
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { plays: Array<{ play: { name: string }; tasks: Array<{ task: { name: string }; hosts: Record<string, { stdout: string }> }> }>; stats: Record<string, { ok: number }> };
    expect(doc.plays[0].play.name).toBe('J');
    expect(doc.plays[0].tasks[0].task.name).toBe('Echo');
    expect(doc.plays[0].tasks[0].hosts.cli2.stdout).toBe('cli2');
    expect(doc.stats.cli1.ok).toBe(1);
  });

  it('--output jsonl prints one timestamped event per line', async () => {
    // Long enough for the checks of the poll cadence (1 s, 2 s) to find the job running: async_poll.
    const file = playbook('jsonl.yml', '- hosts: cli1\n  gather_facts: false\n  tasks:\n    - name: Wait\n      command: sleep 3\n      async: 10\n      poll: 1\n');
    const r = await cli(PLAYBOOK_CLI, [file, '--output', 'jsonl'], env());
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; time: string });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['run_start', 'play_start', 'task_start', 'async_poll', 'async_done', 'host_result', 'recap', 'run_end']));
    expect(events.every((e) => !Number.isNaN(Date.parse(e.time)))).toBe(true);
  });

  it('extra vars from -e k=v, JSON and @file override play vars', async () => {
    const varsFile = join(inv.dir, 'extra.yml');
    writeFileSync(varsFile, 'c: from-file\n');
    const file = playbook('extra-vars-play.yml', '- hosts: cli1\n  gather_facts: false\n  vars:\n    a: play\n  tasks:\n    - debug:\n        msg: "{{ a }} {{ b }} {{ c }}"\n');
    const r = await cli(PLAYBOOK_CLI, [file, '-e', 'a=cli', '-e', '{"b": "json"}', '-e', `@${varsFile}`], env());
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('"msg": "cli json from-file"');
  });
});

describe('castoff (ad-hoc)', () => {
  const env = () => ({ CASTOFF_KNOWN_HOSTS: inv.knownHostsFile });

  it('runs a command on a pattern with Ansible\'s ad-hoc output', async () => {
    const r = await cli(ADHOC_CLI, ['web', '-a', 'echo hello'], env());
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('cli1 | CHANGED | rc=0 >>\nhello\n');
    expect(r.stdout).toContain('cli2 | CHANGED | rc=0 >>\nhello\n');
  });

  it('-m ping prints the result as JSON', async () => {
    const r = await cli(ADHOC_CLI, ['cli1', '-m', 'ping'], env());
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('cli1 | SUCCESS => {\n    "changed": false,\n');
    expect(r.stdout).toContain('"ping": "pong"');
  });

  it('-B 3600 -P 0 fires and forgets and prints the job id', async () => {
    const r = await cli(ADHOC_CLI, ['cli1', '-m', 'shell', '-a', 'sleep 1', '-B', '3600', '-P', '0'], env());
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/cli1 \| CHANGED => \{\n {4}"changed": true,[\s\S]*"ansible_job_id": "j\d+\.\d+"/);
  });
});

describe('a catastrophic regex on one host', () => {
  it('fails that host at the regex time limit while the other host runs all its tasks', async () => {
    // On cli1 the text makes `(a+)+$` backtrack for minutes (252 s before the limit existed).
    const file = playbook(
      'regex-stall.yml',
      `- hosts: web
  gather_facts: false
  strategy: free
  tasks:
    - name: Match
      debug:
        msg: "{{ (('a' * 30 + '!') if inventory_hostname == 'cli1' else 'aaa') | regex_search('(a+)+$') }}"
    - name: One
      command: echo one
    - name: Two
      command: echo two
    - name: Three
      command: echo three
`,
    );
    const r = await cli(PLAYBOOK_CLI, [file], { CASTOFF_KNOWN_HOSTS: inv.knownHostsFile, CASTOFF_REGEX_TIMEOUT: '1' });
    expect(r.hung).toBe(false);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    const fatal = r.lines.find((l) => l.startsWith('fatal: [cli1]: FAILED! => '));
    expect(fatal, r.stdout).toContain("the regular expression '(a+)+$' took longer than 1 second and was stopped");
    expect(r.stdout).toContain('ok: [cli2] => {\n    "msg": "aaa"\n}');
    expect(r.lines).toContain(recap('cli1', 0, 0, 0, 1));
    expect(r.lines).toContain(recap('cli2', 4, 3, 0, 0));
    // Generous on a loaded machine, yet far below the minutes the unbounded match takes.
    expect(r.ms).toBeLessThan(45_000);
  });
});
