/**
 * Facts on real Debian sshd hosts: castoff's own setup module, the play's implicit gathering,
 * `when` over facts, hostvars across hosts, gather_subset, smart gathering and become; and the
 * names and types of castoff's facts against Ansible's own setup on the same host.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/events/index.js';
import { runPlaybook, type LoadedRunOptions } from '../../src/executor/index.js';
import { loadInventory } from '../../src/inventory/index.js';
import { parsePlaybookText } from '../../src/playbook/index.js';
import { startHosts, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';

const exec = promisify(execFile);

let fleet: TestHosts;
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(2, { prefix: 'fac' });
  inv = writeInventory(fleet.hosts);
});

afterAll(async () => {
  await fleet?.stop();
});

type HostResult = Extract<RunEvent, { type: 'host_result' }>;

interface FactsRun {
  outcome: string;
  results: HostResult[];
  result(task: string, host: string): Record<string, unknown>;
  gathered(): string[];
}

/** Plays gather with Ansible's setup where the machine has Ansible; `castoffSetup` hides it, so castoff's own gathers. */
async function run(yaml: string, options: Partial<LoadedRunOptions> = {}, { castoffSetup = false } = {}): Promise<FactsRun> {
  const playbook = await parsePlaybookText(yaml, join(inv.dir, 'facts.yml'), castoffSetup ? { ansible: { env: { PATH: '' } } } : {});
  const inventory = await loadInventory([inv.file]);
  const events: RunEvent[] = [];
  const { outcome } = await runPlaybook({
    playbook,
    inventory,
    forks: 4,
    connection: { knownHostsFile: inv.knownHostsFile, connectTimeoutMs: 10_000 },
    onEvent: (e) => events.push(e),
    ...options,
  });
  const results = events.filter((e): e is HostResult => e.type === 'host_result' && e.item === undefined);
  return {
    outcome,
    results,
    result: (task, host) => {
      const found = results.find((e) => e.task === task && e.host === host);
      if (!found) throw new Error(`no result for ${task} on ${host}: ${JSON.stringify(results.map((e) => `${e.host}:${e.task}:${e.status}`))}`);
      return found.result;
    },
    gathered: () => results.filter((e) => e.task === 'Gathering Facts').map((e) => e.host).sort(),
  };
}

describe("castoff's setup on Debian", () => {
  it('gathers Debian 12 facts: distribution, versions, family, network, user, python, memory, processors', async () => {
    const [fac1] = fleet.hosts;
    const hostname = (await fac1.sh('hostname')).output.trim();
    const r = await run(
      `- hosts: fac1
  tasks:
    - name: facts
      debug:
        msg:
          distribution: "{{ ansible_distribution }}"
          major: "{{ ansible_distribution_major_version }}"
          release: "{{ ansible_facts.distribution_release }}"
          family: "{{ ansible_os_family }}"
          address: "{{ ansible_default_ipv4.address }}"
          nic_address: "{{ ansible_facts[ansible_default_ipv4.interface].ipv4.address }}"
          interfaces: "{{ ansible_interfaces }}"
          hostname: "{{ ansible_hostname }}"
          nodename: "{{ ansible_nodename }}"
          user: "{{ ansible_user_id }} {{ ansible_user_dir }} {{ ansible_user_uid }} {{ ansible_user_shell }}"
          python: "{{ ansible_python.executable }} {{ ansible_python.version.major }}"
          pkg_mgr: "{{ ansible_pkg_mgr }}"
          system: "{{ ansible_system }} {{ ansible_architecture }}"
          memory: "{{ ansible_memtotal_mb > 0 and ansible_memfree_mb > 0 }}"
          cpus: "{{ ansible_processor_vcpus >= 1 and ansible_processor_count >= 1 }}"
          home: "{{ ansible_env.HOME }}"
          epoch: "{{ ansible_date_time.epoch | int > 1700000000 }}"
`,
      {},
      { castoffSetup: true },
    );
    expect(r.outcome).toBe('ok');
    expect(r.result('facts', 'fac1').msg).toEqual({
      distribution: 'Debian',
      major: '12',
      release: 'bookworm',
      family: 'Debian',
      address: fac1.internalAddress,
      nic_address: fac1.internalAddress,
      interfaces: expect.arrayContaining(['lo']),
      hostname,
      nodename: hostname,
      user: 'root /root 0 /bin/bash',
      python: '/usr/bin/python3 3',
      pkg_mgr: 'apt',
      system: 'Linux x86_64',
      memory: true,
      cpus: true,
      home: '/root',
      epoch: true,
    });
  });

  it("has Ansible's type for every fact both gather (ansible's setup module run on the same host)", async () => {
    const [fac1] = fleet.hosts;
    const env = { ...process.env, ANSIBLE_HOST_KEY_CHECKING: 'False', ANSIBLE_PYTHON_INTERPRETER: '/usr/bin/python3', ANSIBLE_NOCOLOR: '1', ANSIBLE_LOAD_CALLBACK_PLUGINS: '1', ANSIBLE_STDOUT_CALLBACK: 'json' };
    const { stdout } = await exec('ansible', ['-i', inv.file, 'fac1', '-m', 'setup'], { env, timeout: 120_000, maxBuffer: 32 * 1024 * 1024 });
    const doc = JSON.parse(stdout) as { plays: Array<{ tasks: Array<{ hosts: Record<string, { ansible_facts: Record<string, unknown> }> }> }> };
    const theirs = doc.plays[0].tasks[0].hosts.fac1.ansible_facts;
    const r = await run('- hosts: fac1\n  tasks: []\n', {}, { castoffSetup: true });
    const ours = r.result('Gathering Facts', 'fac1').ansible_facts as Record<string, unknown>;
    const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
    const shared = Object.keys(ours).filter((k) => k in theirs);
    const differing = shared.filter((k) => typeOf(ours[k]) !== typeOf(theirs[k])).map((k) => `${k}: ours ${typeOf(ours[k])}, Ansible's ${typeOf(theirs[k])}`);
    expect(differing).toEqual([]);
    // The interpreter discovered at this first module is a fact of the result in Ansible too; `ansible -m setup` with a set interpreter has none.
    const missing = Object.keys(ours).filter((k) => !(k in theirs) && k !== 'discovered_interpreter_python');
    expect(missing, 'facts castoff invents').toEqual([]);
    for (const name of ['ansible_distribution', 'ansible_distribution_version', 'ansible_distribution_major_version', 'ansible_os_family', 'ansible_hostname', 'ansible_fqdn', 'ansible_architecture', 'ansible_kernel', 'ansible_user_id', 'ansible_pkg_mgr']) {
      expect(ours[name], name).toEqual(theirs[name]);
    }
    // Ansible lists the interfaces in the order it reads them, which is not the same from run to run.
    expect(ours.ansible_interfaces).toEqual([...(theirs.ansible_interfaces as string[])].sort());
    const subKeys = (v: unknown) => Object.keys(v as object).sort();
    for (const name of ['ansible_default_ipv4', 'ansible_date_time', 'ansible_python']) expect(subKeys(ours[name]), name).toEqual(subKeys(theirs[name]));
    expect((ours.ansible_default_ipv4 as { address: string }).address).toBe(fac1.internalAddress);
  });
});

describe('gathering in plays', () => {
  it('facts drive when:, and hostvars reads another host\'s facts', async () => {
    const [fac1, fac2] = fleet.hosts;
    const r = await run(`- hosts: all
  tasks:
    - name: on debian
      command: "true"
      when: ansible_distribution == 'Debian'
    - name: on redhat
      command: "true"
      when: ansible_os_family == 'RedHat'
    - name: peer
      debug:
        msg: "{{ hostvars['fac2' if inventory_hostname == 'fac1' else 'fac1'].ansible_facts.default_ipv4.address }} {{ hostvars['fac1'].ansible_facts.distribution }}"
`);
    expect(r.outcome).toBe('ok');
    expect(r.gathered()).toEqual(['fac1', 'fac2']);
    for (const h of ['fac1', 'fac2']) {
      expect(r.results.find((e) => e.task === 'on debian' && e.host === h)?.status).toBe('changed');
      expect(r.results.find((e) => e.task === 'on redhat' && e.host === h)?.status).toBe('skipped');
    }
    expect(r.result('peer', 'fac1').msg).toBe(`${fac2.internalAddress} Debian`);
    expect(r.result('peer', 'fac2').msg).toBe(`${fac1.internalAddress} Debian`);
  });

  it('gather_subset: min leaves out network facts but keeps the distribution', async () => {
    const r = await run(`- hosts: fac1
  gather_subset: [min]
  tasks:
    - name: show
      debug:
        msg: "{{ ansible_distribution }} {{ ansible_default_ipv4 is defined }} {{ ansible_facts.interfaces is defined }} {{ ansible_memtotal_mb is defined }}"
`);
    expect(r.result('show', 'fac1').msg).toBe('Debian False False False');
    expect(r.result('Gathering Facts', 'fac1').ansible_facts).toMatchObject({ gather_subset: ['min'], module_setup: true });
  });

  it('gathering = smart gathers each host once per run, however many plays', async () => {
    const play = `- hosts: all
  tasks:
    - name: seen
      debug:
        msg: "{{ ansible_os_family }}"
`;
    const r = await run(play + play, { gathering: 'smart' });
    expect(r.outcome).toBe('ok');
    expect(r.gathered()).toEqual(['fac1', 'fac2']);
    expect(r.results.filter((e) => e.task === 'seen' && e.status === 'ok')).toHaveLength(4);
    const implicit = await run(play + play);
    expect(implicit.gathered()).toEqual(['fac1', 'fac1', 'fac2', 'fac2']);
  });

  it('gathers as the become user of the play, and as the login user without become', async () => {
    const yaml = (become: boolean) => `- hosts: fac1
  become: ${become}
  vars:
    ansible_user: deploy
  tasks:
    - name: who
      debug:
        msg: "{{ ansible_user_id }} {{ ansible_user_dir }} {{ ansible_env.SUDO_USER | default('-') }}"
`;
    const plain = await run(yaml(false));
    expect(plain.result('who', 'fac1').msg).toBe('deploy /home/deploy -');
    const elevated = await run(yaml(true));
    expect(elevated.result('who', 'fac1').msg).toBe('root /root deploy');
  });

  it('a setup task with filter returns only the matching facts, which join the host facts', async () => {
    const r = await run(`- hosts: fac1
  gather_facts: false
  tasks:
    - name: narrow
      setup: filter=ansible_distribution*
      register: got
    - name: after
      debug:
        msg: "{{ ansible_distribution }} {{ ansible_facts.distribution_major_version }} {{ ansible_hostname is defined }}"
`);
    // Besides the interpreter discovered at this first module, which Ansible reports there too.
    const narrowed = Object.keys(r.result('narrow', 'fac1').ansible_facts as object).filter((k) => k !== 'discovered_interpreter_python');
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((k) => k.startsWith('ansible_distribution'))).toBe(true);
    expect(r.result('after', 'fac1').msg).toBe('Debian 12 False');
  });
});
