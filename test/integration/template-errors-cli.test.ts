/**
 * A task's template error through the built CLI, in the default and the json output: the message
 * names the task's file, line and column as ansible-playbook's does. Runs against the controller
 * itself (`ansible_connection=local`): no container needed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLAYBOOK_CLI, runCliProcess, type CliResult } from '../helpers/cli.js';

let dir: string;
let expectedMsg: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'castoff-template-errors-'));
  writeFileSync(join(dir, 'hosts.ini'), 'localhost ansible_connection=local ansible_python_interpreter=python3\n');
  writeFileSync(join(dir, 'ansible.cfg'), '[defaults]\ninventory = hosts.ini\n');
  writeFileSync(join(dir, 'site.yml'), '- hosts: localhost\n  gather_facts: false\n  tasks:\n    - name: Use a missing variable\n      debug:\n        msg: "{{ missing_var }}"\n');
  expectedMsg =
    "The task includes an option with an undefined variable. The error was: 'missing_var' is undefined\n\n" +
    `The error appears to be in '${join(dir, 'site.yml')}': line 4, column 7, but may\nbe elsewhere in the file depending on the exact syntax problem.\n\n` +
    'The offending line appears to be:\n\n  tasks:\n    - name: Use a missing variable\n      ^ here\n';
});

function run(env: Record<string, string>): Promise<CliResult> {
  return runCliProcess(PLAYBOOK_CLI, ['site.yml'], { cwd: dir, env: { ANSIBLE_CONFIG: join(dir, 'ansible.cfg'), ANSIBLE_STDOUT_CALLBACK: '', ...env }, boundMs: 60_000 });
}

describe('template errors through castoff-playbook', () => {
  it('the default output shows the position in the fatal line', async () => {
    const r = await run({});
    expect(r.code, r.stderr).toBe(2);
    const fatal = r.lines.find((line) => line.startsWith('fatal: [localhost]: FAILED! => '));
    expect(fatal, r.stdout).toBeDefined();
    const result = JSON.parse((fatal as string).slice('fatal: [localhost]: FAILED! => '.length)) as { msg: string };
    expect(result.msg).toBe(expectedMsg);
  });

  it('the json output carries the same message', async () => {
    const r = await run({ ANSIBLE_STDOUT_CALLBACK: 'json' });
    expect(r.code, r.stderr).toBe(2);
    const doc = JSON.parse(r.stdout) as { plays: Array<{ tasks: Array<{ hosts: Record<string, { msg: string; failed: boolean }> }> }> };
    expect(doc.plays[0].tasks[0].hosts.localhost).toMatchObject({ failed: true, msg: expectedMsg });
  });
});
