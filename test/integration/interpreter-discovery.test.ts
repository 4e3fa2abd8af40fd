/**
 * Interpreter discovery against real sshd hosts, compared with what ansible-playbook (Debian's
 * ansible-core 2.14) does on the same containers: the Debian image's /usr/bin/python3 with no
 * warning, a host whose only Python is at an unusual path found with Ansible's own warning (or
 * none under auto_silent), a literal interpreter used as written, and a host with no Python.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/events/index.js';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { playRecorded } from '../helpers/play.js';

const exec = promisify(execFile);

let fleet: TestHosts;
let bare: TestHosts;
let inv: TestInventory;

/** disc1: the image as built; disc2: its Python moved to /usr/local/bin and /usr/bin/python3 gone. */
beforeAll(async () => {
  [fleet, bare] = await Promise.all([startHosts(2, { prefix: 'disc' }), startHosts(1, { prefix: 'nopy', python: false })]);
  const moved = await host('disc2').sh('mv /usr/bin/python3.11 /usr/local/bin/python3.11 && rm -f /usr/bin/python3 && ! command -v python3');
  expect(moved.rc, moved.output).toBe(0);
  inv = writeInventory([...fleet.hosts, ...bare.hosts]);
}, 240_000);

afterAll(async () => {
  await Promise.all([fleet?.stop(), bare?.stop()]);
});

function host(name: string): TestHost {
  return fleet.hosts.find((h) => h.name === name)!;
}

function pingPlay(hosts: string, interpreter?: string): string {
  const vars = interpreter === undefined ? '' : `  vars:\n    ansible_python_interpreter: ${interpreter}\n`;
  return `
- hosts: ${hosts}
  gather_facts: false
${vars}  tasks:
    - name: first
      ping:
    - name: second
      command: echo again
`;
}

function warningsFor(events: RunEvent[], hostName: string): string[] {
  return events.flatMap((e) => (e.type === 'warning' && e.host === hostName ? [e.message] : []));
}

function discovered(result: Record<string, unknown>): unknown {
  return (result.ansible_facts as Record<string, unknown> | undefined)?.discovered_interpreter_python;
}

/** ansible-playbook's json result of task `first` on `hostName`, run with the interpreter unset. */
async function ansibleFirst(hostName: string): Promise<Record<string, unknown>> {
  const file = join(inv.dir, `ansible-${hostName}.yml`);
  writeFileSync(file, pingPlay(hostName));
  const env: NodeJS.ProcessEnv = { ...process.env, ANSIBLE_STDOUT_CALLBACK: 'json', ANSIBLE_HOST_KEY_CHECKING: 'False', ANSIBLE_NOCOLOR: '1' };
  delete env.ANSIBLE_PYTHON_INTERPRETER;
  const { stdout } = await exec('ansible-playbook', ['-i', inv.file, file], { env, timeout: 120_000 }).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
  const doc = JSON.parse(stdout) as { plays: Array<{ tasks: Array<{ task: { name: string }; hosts: Record<string, Record<string, unknown>> }> }> };
  return doc.plays[0].tasks.find((t) => t.task.name === 'first')!.hosts[hostName];
}

describe('interpreter discovery', () => {
  it('on the Debian image picks /usr/bin/python3 with no warning, as ansible-playbook does', async () => {
    const r = await playRecorded(inv, pingPlay('disc1'));
    expect(r.exitCode).toBe(0);
    expect(discovered(r.resultOf('first', 'disc1'))).toBe('/usr/bin/python3');
    expect(r.resultOf('second', 'disc1')).not.toHaveProperty('ansible_facts');
    expect(warningsFor(r.events, 'disc1')).toEqual([]);
    const ansible = await ansibleFirst('disc1');
    expect(discovered(ansible)).toBe('/usr/bin/python3');
    expect(ansible.warnings ?? []).toEqual([]);
  }, 180_000);

  it('finds a Python only at an unusual path, warning once per host with the words of ansible-playbook', async () => {
    const r = await playRecorded(inv, pingPlay('disc2'));
    expect(r.exitCode).toBe(0);
    expect(discovered(r.resultOf('first', 'disc2'))).toBe('/usr/local/bin/python3.11');
    const warnings = warningsFor(r.events, 'disc2');
    expect(warnings).toEqual([
      'Distribution debian 12 on host disc2 should use /usr/bin/python3, but is using /usr/local/bin/python3.11, since the discovered platform python interpreter was not present. ' +
        'See https://docs.ansible.com/ansible-core/2.14/reference_appendices/interpreter_discovery.html for more information.',
    ]);
    const ansible = await ansibleFirst('disc2');
    expect(discovered(ansible)).toBe('/usr/local/bin/python3.11');
    expect(ansible.warnings).toEqual(warnings);
  }, 180_000);

  it('auto_silent finds the same Python and warns about nothing', async () => {
    const r = await playRecorded(inv, pingPlay('disc2', 'auto_silent'));
    expect(r.exitCode).toBe(0);
    expect(discovered(r.resultOf('first', 'disc2'))).toBe('/usr/local/bin/python3.11');
    expect(r.events.filter((e) => e.type === 'warning')).toEqual([]);
  });

  it('uses a literal interpreter as written, with no discovery', async () => {
    const r = await playRecorded(inv, pingPlay('disc2', '/usr/local/bin/python3.11'));
    expect(r.exitCode).toBe(0);
    expect(r.resultOf('first', 'disc2')).not.toHaveProperty('ansible_facts');
    expect(r.events.filter((e) => e.type === 'warning')).toEqual([]);
    const wrong = await playRecorded(inv, pingPlay('disc2', '/usr/bin/python3'));
    expect(wrong.resultOf('first', 'disc2')).toMatchObject({ failed: true, msg: expect.stringContaining("no Python interpreter at '/usr/bin/python3'") });
  });

  it('on a host with no Python says what it tried and fails modules clearly, while raw still works', async () => {
    const r = await playRecorded(
      inv,
      `
- hosts: nopy1
  gather_facts: false
  tasks:
    - name: raw
      raw: echo raw-ok
    - name: module
      command: echo never
`,
    );
    expect(r.resultOf('raw', 'nopy1')).toMatchObject({ rc: 0, stdout: expect.stringContaining('raw-ok') });
    expect(r.resultOf('module', 'nopy1')).toMatchObject({ failed: true, msg: expect.stringMatching(/no Python interpreter at '\/usr\/bin\/python', nor any other that discovery looks for/) });
    expect(warningsFor(r.events, 'nopy1')).toEqual([expect.stringMatching(/^No python interpreters found for host nopy1 \(tried \['python3.11', .*'python'\]\)$/)]);
  });
});
