/**
 * What the built commands load as they start (no timing: the modules themselves are traced).
 * `--version` and `--help` answer without the executor, the template engine, ssh2 or ajv; a run
 * loads the template engine but checks its playbook with the validators the build compiled, and
 * reaches ssh2 only for hosts it connects to over SSH. No hosts involved: the run is local.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASTOFF_BIN, PLAYBOOK_BIN } from '../helpers/cli.js';
import { tracedCliRun } from '../helpers/module-trace.js';

/** What a command that only prints help or its version has no business loading. */
const HEAVY = {
  executor: '/dist/src/executor/',
  'template engine': '/dist/src/template/',
  minijinja: '/node_modules/minijinja-js/',
  ssh2: '/node_modules/ssh2/',
  ajv: '/node_modules/ajv/',
};

function loadedOf(modules: string[], parts: Record<string, string>): string[] {
  return Object.entries(parts)
    .filter(([, part]) => modules.some((m) => m.includes(part)))
    .map(([name]) => name);
}

const cwd = () => mkdtempSync(join(tmpdir(), 'castoff-startup-'));

describe('starting the commands', () => {
  it.each([
    { name: 'castoff-playbook --version', bin: PLAYBOOK_BIN, args: ['--version'], says: /^castoff-playbook \d+\.\d+\.\d+\n/ },
    { name: 'castoff --version', bin: CASTOFF_BIN, args: ['--version'], says: /^castoff \d+\.\d+\.\d+\n/ },
    { name: 'castoff-playbook --help', bin: PLAYBOOK_BIN, args: ['--help'], says: /^Usage: castoff-playbook \[options\] <playbook\.\.\.>\n[\s\S]*--output <format> +output format \(as Ansible's stdout_callback\):\s+default,/ },
    { name: 'castoff --help', bin: CASTOFF_BIN, args: ['--help'], says: /^Usage: castoff \[options\] <pattern>\n[\s\S]*Jobs of earlier runs: castoff jobs\|wait\|kill\|cleanup/ },
  ])('$name prints without loading the executor, the template engine, ssh2 or ajv', async ({ bin, args, says }) => {
    const { result, modules } = await tracedCliRun(bin, args, { cwd: cwd(), boundMs: 30_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(says);
    // The trace saw the command's own modules, so an empty list below is no blind spot.
    expect(modules.some((m) => m.endsWith('/dist/src/cli/launch.js'))).toBe(true);
    expect(loadedOf(modules, HEAVY)).toEqual([]);
  });

  it('a local run loads the executor and the template engine, but neither ssh2 nor the ajv compiler', async () => {
    const dir = cwd();
    writeFileSync(join(dir, 'hosts'), 'here ansible_connection=local\n');
    writeFileSync(join(dir, 'site.yml'), '- hosts: here\n  gather_facts: false\n  tasks:\n    - debug:\n        msg: "{{ \'hi\' | upper }}"\n');
    const { result, modules } = await tracedCliRun(PLAYBOOK_BIN, ['-i', 'hosts', 'site.yml', '--output', 'jsonl'], { cwd: dir, boundMs: 60_000 });
    expect(result.code, result.stderr).toBe(0);
    const events = result.lines.filter(Boolean).map((line) => JSON.parse(line) as { type: string; result?: { msg?: unknown } });
    expect(events[0].type).toBe('run_start');
    expect(events.find((e) => e.type === 'host_result')?.result?.msg).toBe('HI');
    // The trace sees ES modules (the executor) and CommonJS ones (minijinja-js) alike.
    const { ajv: _ajv, ...rest } = HEAVY;
    expect(loadedOf(modules, rest)).toEqual(['executor', 'template engine', 'minijinja']);
    // The play, its task and debug's arguments were checked by the build's code, with at most a
    // helper of ajv's runtime (string length) and none of ajv itself.
    expect(modules.filter((m) => m.includes('/dist/src/source/schema-validators/'))).toHaveLength(3);
    expect(modules.filter((m) => m.includes('/node_modules/ajv/') && !m.includes('/node_modules/ajv/dist/runtime/'))).toEqual([]);
  });
});
