/**
 * The modules of the user's Ansible installation (Debian's ansible-core and collections on this
 * machine), run through castoff on real sshd hosts: built into payloads, shipped once per host, run
 * synchronously and as async jobs, in check mode, with diff, as root and through become. Every
 * test checks the result castoff reports and the state left on the host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { playRecorded, type RecordedRun } from '../helpers/play.js';

let fleet: TestHosts;
let host: TestHost;
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(1, { prefix: 'ans' });
  host = fleet.hosts[0];
  inv = writeInventory(fleet.hosts);
});

afterAll(async () => {
  await fleet?.stop();
});

function play(tasks: string, header = ''): Promise<RecordedRun> {
  return playRecorded(inv, `
- hosts: ${host.name}
  gather_facts: false
${header}  tasks:
${tasks}`);
}

async function onHost(command: string): Promise<string> {
  const r = await host.sh(command);
  return r.output;
}

describe('ansible-core modules run synchronously', () => {
  it('lineinfile adds a line once, reports Ansible\'s message and leaves the file on the host', async () => {
    const tasks = `
    - name: add
      lineinfile: { path: /tmp/li.txt, line: "hello world", create: true }
      register: added
`;
    const first = await play(tasks);
    expect(first.statusOf('add', host.name)).toBe('changed');
    expect(first.resultOf('add', host.name)).toMatchObject({ changed: true, msg: 'line added', invocation: { module_args: { path: '/tmp/li.txt', line: 'hello world' } } });
    expect(Object.keys(first.resultOf('add', host.name)).filter((k) => k.startsWith('_ansible_'))).toEqual([]);
    expect(await onHost('cat /tmp/li.txt')).toBe('hello world\n');
    const again = await play(tasks);
    expect(again.statusOf('add', host.name)).toBe('ok');
    expect(again.resultOf('add', host.name)).toMatchObject({ changed: false, msg: '' });
  });
});
