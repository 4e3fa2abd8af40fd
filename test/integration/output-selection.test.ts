/**
 * The output format chosen as Ansible chooses its stdout callback, seen through the built CLIs
 * against the controller itself (`ansible_connection=local`): no container needed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CASTOFF_CLI, PLAYBOOK_CLI, runCliProcess, type CliResult } from '../helpers/cli.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'castoff-outputs-'));
  writeFileSync(join(dir, 'hosts.ini'), 'localhost ansible_connection=local ansible_python_interpreter=python3\n');
  writeFileSync(join(dir, 'site.yml'), '- hosts: localhost\n  gather_facts: false\n  tasks:\n    - name: Say hi\n      command: echo hi\n');
});

function config(lines: string): void {
  writeFileSync(join(dir, 'ansible.cfg'), `[defaults]\ninventory = hosts.ini\n${lines}`);
}

function run(bin: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runCliProcess(bin, args, { cwd: dir, env: { ANSIBLE_CONFIG: join(dir, 'ansible.cfg'), ANSIBLE_STDOUT_CALLBACK: '', ...env }, boundMs: 60_000 });
}

describe('castoff-playbook output selection', () => {
  it('ANSIBLE_STDOUT_CALLBACK=json prints the json document', async () => {
    config('');
    const r = await run(PLAYBOOK_CLI, ['site.yml'], { ANSIBLE_STDOUT_CALLBACK: 'json' });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { plays: Array<{ tasks: Array<{ task: { name: string }; hosts: Record<string, { stdout: string }> }> }>; stats: Record<string, { changed: number }> };
    expect(doc.plays[0].tasks[0]).toMatchObject({ task: { name: 'Say hi', path: `${join(dir, 'site.yml')}:4` }, hosts: { localhost: { action: 'command', stdout: 'hi' } } });
    expect(doc.stats.localhost.changed).toBe(1);
  });

  it('stdout_callback in ansible.cfg selects the output (oneline)', async () => {
    config('stdout_callback = ansible.builtin.oneline\n');
    const r = await run(PLAYBOOK_CLI, ['site.yml']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.lines).toContain('localhost | CHANGED | rc=0 | (stdout) hi');
    expect(r.stdout).not.toContain('PLAY RECAP');
  });

  it('the environment wins over ansible.cfg, and --output over both', async () => {
    config('stdout_callback = oneline\n');
    const fromEnv = await run(PLAYBOOK_CLI, ['site.yml'], { ANSIBLE_STDOUT_CALLBACK: 'ansible.posix.jsonl' });
    expect(fromEnv.code, fromEnv.stderr).toBe(0);
    expect(fromEnv.lines.filter(Boolean).map((l) => (JSON.parse(l) as { _event: string })._event)).toContain('v2_runner_on_ok');
    const fromCli = await run(PLAYBOOK_CLI, ['site.yml', '--output', 'minimal'], { ANSIBLE_STDOUT_CALLBACK: 'json' });
    expect(fromCli.code, fromCli.stderr).toBe(0);
    expect(fromCli.stdout).toBe('localhost | CHANGED | rc=0 >>\nhi\n');
  });

  it('profile_tasks adds the timing lines and the summary of the slowest tasks', async () => {
    config('stdout_callback = ansible.posix.profile_tasks\n');
    const r = await run(PLAYBOOK_CLI, ['site.yml']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.lines).toContain('changed: [localhost]');
    const summary = r.lines.slice(r.lines.indexOf('='.repeat(79)) + 1).filter(Boolean);
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatch(/^Say hi -+ \d+\.\d\ds$/);
  });

  it('an unknown name stops the run with Ansible\'s error and exit 1, from any source', async () => {
    config('stdout_callback = yaml_please\n');
    const fromCfg = await run(PLAYBOOK_CLI, ['site.yml']);
    expect(fromCfg.code).toBe(1);
    expect(fromCfg.stderr).toContain('ERROR! Invalid callback for stdout specified: yaml_please');
    expect(fromCfg.stdout).toBe('');
    const fromCli = await run(PLAYBOOK_CLI, ['site.yml', '--output', 'nope']);
    expect(fromCli.code).toBe(1);
    expect(fromCli.stderr).toContain('ERROR! Invalid callback for stdout specified: nope');
  });
});

describe('castoff (ad-hoc) output selection', () => {
  const adhoc = ['localhost', '-m', 'command', '-a', 'echo hi'];

  it('prints minimal by default and ignores stdout_callback unless bin_ansible_callbacks is on, as ansible does', async () => {
    config('stdout_callback = json\n');
    const plain = await run(CASTOFF_CLI, adhoc);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toBe('localhost | CHANGED | rc=0 >>\nhi\n');
    config('stdout_callback = json\nbin_ansible_callbacks = True\n');
    const json = await run(CASTOFF_CLI, adhoc);
    expect(json.code, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as { plays: unknown[] }).plays).toHaveLength(1);
  });

  it('-o prints one line per host', async () => {
    config('');
    const r = await run(CASTOFF_CLI, [...adhoc, '-o']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('localhost | CHANGED | rc=0 | (stdout) hi\n');
  });
});
