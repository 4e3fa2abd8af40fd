/**
 * Hostile input to the built CLI: each case ends quickly with a clear one-line error that names
 * the file (and line) or the host, never with a stack trace, a hang, or code run by a template.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASTOFF_CLI, PLAYBOOK_CLI, runCliProcess, type CliResult } from '../helpers/cli.js';


let dir: string;
let home: string;

function cli(args: string[], env: Record<string, string> = {}, boundMs = 20_000): Promise<CliResult> {
  return runCliProcess(PLAYBOOK_CLI, args, { cwd: dir, env: { HOME: home, ...env }, boundMs });
}

function adhoc(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runCliProcess(CASTOFF_CLI, args, { cwd: dir, env: { HOME: home, ...env }, boundMs: 20_000 });
}

function file(name: string, text: string, mode?: number): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  if (mode !== undefined) chmodSync(path, mode);
  return path;
}

/** No hang, no stack trace, and exactly one `ERROR! ...` line on stderr, which is returned. */
function oneErrorLine(r: CliResult): string {
  expect(r.hung).toBe(false);
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^ERROR! /);
  return lines[0];
}

/** A task failure: no hang, no stack trace, and the `fatal: [host]: FAILED!` line of that host. */
function fatalLine(r: CliResult, host: string): string {
  expect(r.hung).toBe(false);
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
  const line = r.stdout.split('\n').find((l) => l.startsWith(`fatal: [${host}]: FAILED! => `));
  expect(line, r.stdout).toBeDefined();
  return line!;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'castoff-bad-'));
  // A home of its own, to see that nothing is written there.
  home = join(dir, 'home');
  mkdirSync(home);
});

describe('broken playbooks', () => {
  it('malformed YAML: exit 4 and the file, line and column of the mistake', async () => {
    const path = file('malformed.yml', '- hosts: localhost\n  tasks: [\n    - debug: msg=hi\n');
    const r = await cli([path]);
    expect(r.code).toBe(4);
    expect(oneErrorLine(r)).toBe(`ERROR! ${path}:3:5: YAML syntax error: Block collections are not allowed within flow collections`);
  });

  it('a 50 MB playbook is refused at once, saying how big it is and what the limit is', async () => {
    const head = '- hosts: localhost\n  gather_facts: false\n  tasks:\n';
    const task = '    - name: one of very many tasks in a generated playbook\n      debug:\n        msg: hello\n';
    const path = file('huge.yml', head + task.repeat(Math.ceil((50 * 1024 * 1024) / task.length)));
    const r = await cli([path]);
    expect(r.code).toBe(4);
    expect(oneErrorLine(r)).toBe(`ERROR! ${path}:1:1: the file is 50 MiB, more than the 4 MiB castoff reads from one YAML file`);
    expect(r.ms).toBeLessThan(30_000);
  });

  it('deeply nested anchors (billion laughs) are refused at the alias that blows up', async () => {
    const levels = 'abcdefghi'.split('');
    const vars = levels
      .map((name, i) => `    ${name}: &${name} [${Array(9).fill(i === 0 ? '"lol"' : `*${levels[i - 1]}`).join(', ')}]`)
      .join('\n');
    const path = file('laughs.yml', `- hosts: localhost\n  gather_facts: false\n  vars:\n${vars}\n  tasks:\n    - debug: var=i\n`);
    const r = await cli([path]);
    expect(r.code).toBe(4);
    expect(oneErrorLine(r)).toMatch(new RegExp(`^ERROR! ${path}:\\d+:\\d+: aliases expand to more than 100000 nodes at alias '\\*[a-i]'; refusing a possible "billion laughs" document$`));
    expect(r.ms).toBeLessThan(30_000);
  });
});

describe('hostile task arguments', () => {
  it("async_status with jid=../x fails on the host's task and builds no path", async () => {
    const path = file('traversal.yml', '- hosts: localhost\n  gather_facts: false\n  tasks:\n    - async_status: jid=../x mode=cleanup\n');
    const r = await cli([path]);
    expect(r.code).toBe(2);
    expect(fatalLine(r, 'localhost')).toContain(`"msg": "invalid job id '../x': it must match ^j\\\\d+\\\\.\\\\d+$"`);
    // Nothing was read, written or removed on the host (here: the controller's own home).
    expect(readdirSync(home)).toEqual([]);
  });

  it('a template that reaches for JavaScript globals fails and runs no code', async () => {
    const marker = join(dir, 'pwned');
    const path = file(
      'globals.yml',
      `- hosts: localhost
  gather_facts: false
  tasks:
    - debug:
        msg: "{{ range.constructor('process.exit(42)')() }}"
      ignore_errors: true
    - debug:
        msg: "{{ ''.constructor.constructor('process.exit(43)')() }}"
      ignore_errors: true
    - debug:
        msg: "{{ lookup.constructor('process.getBuiltinModule(\\"fs\\").writeFileSync(\\"${marker}\\", \\"x\\")')() }}"
      ignore_errors: true
    - debug:
        msg: reached
      when: "range.constructor('process.exit(44)')()"
`,
    );
    const r = await cli([path]);
    expect(r.hung).toBe(false);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
    expect(r.code).toBe(2);
    const fatal = r.stdout.split('\n').filter((l) => l.startsWith('fatal: [localhost]: FAILED! => '));
    expect(fatal, r.stdout).toHaveLength(4);
    for (const line of fatal) expect(line).toMatch(/constructor|undefined/);
    expect(r.stdout).not.toContain('reached');
    expect(existsSync(marker)).toBe(false);
  });
});

describe('broken inventories and credentials', () => {
  it('an inventory script that hangs is stopped at its timeout, with what it started', async () => {
    const tag = `${Date.now() % 100_000}.${process.pid}`;
    const script = file('hang.sh', `#!/bin/sh\nsleep 9${tag}\n`, 0o755);
    const path = file('any.yml', '- hosts: all\n  gather_facts: false\n  tasks:\n    - command: echo hi\n');
    const r = await cli(['-i', script, path], { CASTOFF_INVENTORY_SCRIPT_TIMEOUT: '2' });
    expect(r.code).toBe(1);
    expect(oneErrorLine(r)).toBe(`ERROR! inventory script ${script} --list did not finish within 2s`);
    expect(r.ms).toBeGreaterThanOrEqual(2000);
    expect(r.ms).toBeLessThan(20_000);
    const left = await new Promise<string>((resolve) => execFile('pgrep', ['-f', `sleep 9${tag}`], (_e, out) => resolve(out.trim())));
    expect(left).toBe('');
  });

  it('an inventory script that prints garbage names the script and quotes the garbage', async () => {
    const script = file('garbage.sh', '#!/bin/sh\necho "this is not json {"\n', 0o755);
    const path = file('any2.yml', '- hosts: all\n  gather_facts: false\n  tasks:\n    - command: echo hi\n');
    const r = await cli(['-i', script, path]);
    expect(r.code).toBe(1);
    expect(oneErrorLine(r)).toBe(`ERROR! inventory script ${script} --list printed invalid JSON: "this is not json {"`);
  });

  it('a key file that is a directory fails that host, naming the path, before any connection', async () => {
    const keyDir = join(dir, 'key-is-a-dir');
    mkdirSync(keyDir, { recursive: true });
    // Port 1 refuses connections: the key must be judged before anything is dialled.
    const inventory = file('keys.ini', `k1 ansible_host=127.0.0.1 ansible_port=1 ansible_ssh_private_key_file=${keyDir}\n`);
    const path = file('keys.yml', '- hosts: all\n  gather_facts: false\n  tasks:\n    - command: echo hi\n');
    const r = await cli(['-i', inventory, path]);
    expect(r.code).toBe(2);
    expect(fatalLine(r, 'k1')).toContain(`"msg": "private key file ${keyDir} is a directory, not a key"`);
    expect(r.stdout).toMatch(/^k1 +: ok=0 +changed=0 +unreachable=0 +failed=1 /m);
  });
});

describe('input that used to pass without a word', () => {
  const UNPARSED = '[WARNING]: No inventory was parsed, only implicit localhost is available';
  const EMPTY = "[WARNING]: provided hosts list is empty, only localhost is available. Note that the implicit localhost does not match 'all'";
  const stderrLines = (r: CliResult) => r.stderr.split('\n').filter((l) => l !== '');
  /** An ansible.cfg of its own folder, chosen through ANSIBLE_CONFIG so other tests never see it. */
  const config = (name: string, text: string): Record<string, string> => {
    const folder = join(dir, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'ansible.cfg'), text);
    return { ANSIBLE_CONFIG: join(folder, 'ansible.cfg') };
  };

  it('castoff-playbook -i nosuch.ini: Ansible\'s three warnings on stderr, then the run, exit 0', async () => {
    const path = file('site.yml', '- hosts: all\n  gather_facts: false\n  tasks:\n    - ping:\n');
    const r = await cli(['-i', 'nosuch.ini', path]);
    expect(r.code).toBe(0);
    expect(stderrLines(r)).toEqual([`[WARNING]: Unable to parse ${join(dir, 'nosuch.ini')} as an inventory source`, UNPARSED, EMPTY]);
    expect(r.lines).toContain('skipping: no hosts matched');
    expect(r.stdout).not.toContain('WARNING');
  });

  it('castoff all -i nosuch.ini -m ping: the same warnings, exit 0', async () => {
    const r = await adhoc(['all', '-i', 'nosuch.ini', '-m', 'ping']);
    expect(r.code).toBe(0);
    expect(stderrLines(r)).toEqual([`[WARNING]: Unable to parse ${join(dir, 'nosuch.ini')} as an inventory source`, UNPARSED, EMPTY]);
    expect(r.stdout).toBe('');
  });

  it('a host key checking value castoff does not know stops both commands before any host is reached, exit 1', async () => {
    const path = file('hostkey.yml', '- hosts: all\n  gather_facts: false\n  tasks:\n    - ping:\n');
    const inventory = file('hostkey.ini', 'h1 ansible_host=127.0.0.1 ansible_port=1\n');
    for (const value of ['ask', 'strictly', 'accept']) {
      const r = await cli(['-i', inventory, path], { CASTOFF_HOST_KEY_CHECKING: value });
      expect(r.code, value).toBe(1);
      expect(oneErrorLine(r)).toBe(`ERROR! CASTOFF_HOST_KEY_CHECKING: invalid host key checking '${value}': expected strict (yes, true), accept-new, or off (no, false)`);
      expect(r.stdout).not.toContain('h1');
    }
    const cfg = config('hostkey-cfg', '[defaults]\nhost_key_checking = sometimes\n');
    const r = await adhoc(['all', '-i', inventory, '-m', 'ping'], cfg);
    expect(r.code).toBe(1);
    expect(oneErrorLine(r)).toBe(`ERROR! ${cfg.ANSIBLE_CONFIG}:2: [defaults] host_key_checking: invalid host key checking 'sometimes': expected strict (yes, true), accept-new, or off (no, false)`);
    expect(r.stdout).toBe('');
  });

  it('castoff with a pattern that matches nothing in a real inventory says so', async () => {
    const inventory = file('one.ini', 'h1 ansible_host=127.0.0.1 ansible_port=1\n');
    const r = await adhoc(['nomatch', '-i', inventory, '-m', 'ping']);
    expect(r.code).toBe(0);
    expect(stderrLines(r)).toEqual(['[WARNING]: Could not match supplied host pattern, ignoring: nomatch', '[WARNING]: No hosts matched, nothing to do']);
  });

  it('ANSIBLE_INVENTORY_UNPARSED_FAILED: no inventory parsed is an error naming the source, exit 1, for both commands', async () => {
    const path = file('site2.yml', '- hosts: all\n  gather_facts: false\n  tasks:\n    - ping:\n');
    const expected = `ERROR! No inventory was parsed, please check your configuration and options (unable to parse ${join(dir, 'nosuch.ini')})`;
    const playbookRun = await cli(['-i', 'nosuch.ini', path], { ANSIBLE_INVENTORY_UNPARSED_FAILED: 'true' });
    expect(playbookRun.code).toBe(1);
    expect(stderrLines(playbookRun).at(-1)).toBe(expected);
    expect(playbookRun.stdout).not.toContain('PLAY');
    const adhocRun = await adhoc(['all', '-i', 'nosuch.ini', '-m', 'ping'], { ANSIBLE_INVENTORY_UNPARSED_FAILED: '1' });
    expect(adhocRun.code).toBe(1);
    expect(stderrLines(adhocRun).at(-1)).toBe(expected);
  });

  it('[inventory] unparsed_is_failed and any_unparsed_is_failed in ansible.cfg', async () => {
    const path = file('site3.yml', '- hosts: all\n  gather_facts: false\n  tasks:\n    - ping:\n');
    const none = await cli(['-i', 'nosuch.ini', path], config('cfg-unparsed', '[inventory]\nunparsed_is_failed = True\n'));
    expect(none.code).toBe(1);
    expect(oneErrorLine(none)).toMatch(/^ERROR! No inventory was parsed, please check your configuration and options/);
    // One good source and one missing: only any_unparsed_is_failed makes that an error.
    const good = file('good.ini', 'h1 ansible_host=127.0.0.1 ansible_port=1\n');
    const any = await cli(['-i', good, '-i', 'nosuch.ini', path], config('cfg-any', '[inventory]\nany_unparsed_is_failed = True\n'));
    expect(any.code).toBe(1);
    expect(oneErrorLine(any)).toBe(`ERROR! Completely failed to parse inventory source ${join(dir, 'nosuch.ini')}`);
  });

  it('ansible.cfg keys castoff ignores are named with their file and line, and the run goes on', async () => {
    const env = config('cfg-keys', '[defaults]\nforks = 3\nforsk = 10\n[ssh_connection]\npipelining = True\n');
    const cfg = env.ANSIBLE_CONFIG;
    const path = file('site4.yml', '- hosts: localhost\n  gather_facts: false\n  tasks:\n    - debug: msg=hi\n');
    const r = await cli([path], env);
    expect(r.code).toBe(0);
    expect(stderrLines(r)).toEqual([
      `[WARNING]: ${cfg}:3: unknown setting 'forsk' in [defaults], neither castoff nor Ansible reads it; it is ignored (did you mean 'forks'?)`,
      `[WARNING]: ${cfg}:5: castoff does not support the setting 'pipelining' in [ssh_connection]; it is ignored`,
    ]);
    expect(r.stdout).toContain('"msg": "hi"');
  });

  it('gather_facts: true gathers facts with no warning, and the play reads them', async () => {
    const path = file('facts.yml', '- name: wants facts\n  hosts: localhost\n  gather_facts: true\n  tasks:\n    - debug: msg="ran on {{ ansible_facts.system }}"\n');
    const r = await cli([path]);
    expect(r.code).toBe(0);
    expect(stderrLines(r)).toEqual([]);
    expect(r.stdout).toContain('TASK [Gathering Facts]');
    expect(r.stdout).toContain('"msg": "ran on Linux"');
  });

  it('warnings reach --output jsonl as events once each, and leave --output json a clean document', async () => {
    const path = file('site5.yml', '- hosts: all\n  gather_facts: false\n  tasks:\n    - ping:\n');
    const jsonl = await cli(['-i', 'nosuch.ini', path, '--output', 'jsonl']);
    const events = jsonl.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { type: string; message?: string });
    expect(events.filter((e) => e.type === 'warning').map((e) => e.message)).toEqual([
      `Unable to parse ${join(dir, 'nosuch.ini')} as an inventory source`,
      'No inventory was parsed, only implicit localhost is available',
      "provided hosts list is empty, only localhost is available. Note that the implicit localhost does not match 'all'",
    ]);
    const json = await cli(['-i', 'nosuch.ini', path, '--output', 'json']);
    expect(json.code).toBe(0);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(stderrLines(json)).toHaveLength(3);
  });
});
