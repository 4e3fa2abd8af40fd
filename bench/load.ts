/**
 * Loading benchmark: generates a 2,000-task playbook and a 10,000-host inventory in a temp
 * folder, loads each and prints the time taken. Each must load in under a second.
 *
 *   npx tsc -p tsconfig.json && node dist/bench/load.js
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { hostVars, loadInventory, selectHosts } from '../src/inventory/index.js';
import { loadPlaybook } from '../src/playbook/index.js';

const TASKS = 2_000;
const HOSTS = 10_000;
const LIMIT_MS = 1_000;

/** Cycles through the task shapes users write most: async shell, key=value, mappings, blocks. */
function taskYaml(i: number): string {
  switch (i % 5) {
    case 0:
      return `    - name: Sleep ${i}\n      shell: sleep 1 chdir=/tmp\n      async: 45\n      poll: 0\n      register: job${i}\n`;
    case 1:
      return `    - name: Wait ${i}\n      async_status: jid={{ job${i - 1}.ansible_job_id }} mode=status\n      register: r${i}\n      until: r${i} is finished\n      retries: 30\n      delay: 1\n`;
    case 2:
      return `    - name: Copy ${i}\n      copy:\n        content: "{{ item }}"\n        dest: /tmp/f${i}\n        mode: 0644\n      loop: [a, b]\n      when: inventory_hostname in groups.web\n`;
    case 3:
      return `    - name: Debug ${i}\n      ansible.builtin.debug: msg="task {{ ${i} }} done"\n      tags: [debug, t${i}]\n`;
    default:
      return `    - name: Block ${i}\n      block:\n        - command: /bin/true\n      rescue:\n        - fail: msg=failed\n      always:\n        - ping:\n`;
  }
}

function playbookYaml(): string {
  let text = '- hosts: web\n  gather_facts: no\n  vars:\n    n: 1\n  tasks:\n';
  for (let i = 0; i < TASKS; i++) text += taskYaml(i);
  return text;
}

function inventoryIni(): string {
  const lines = ['[web]'];
  for (let i = 0; i < HOSTS / 2; i++) lines.push(`web${i}.example.com ansible_host=10.0.${i >> 8}.${i & 255} ansible_port=22`);
  lines.push('[db]');
  for (let i = 0; i < HOSTS / 2; i++) lines.push(`db${i}.example.com ansible_user=postgres`);
  lines.push('[prod:children]', 'web', 'db', '[prod:vars]', 'env=production');
  return `${lines.join('\n')}\n`;
}

async function timed<T>(what: string, run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  console.log(`${what}: ${ms.toFixed(0)} ms ${ms < LIMIT_MS ? '(ok, under 1 s)' : '(TOO SLOW, limit 1 s)'}`);
  return { ms, result };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'castoff-bench-load-'));
  try {
    await writeFile(join(dir, 'site.yml'), playbookYaml());
    await writeFile(join(dir, 'hosts.ini'), inventoryIni());
    const playbook = await timed(`load a ${TASKS}-task playbook`, () => loadPlaybook(join(dir, 'site.yml')));
    const inventory = await timed(`load a ${HOSTS}-host inventory`, () => loadInventory([join(dir, 'hosts.ini')]));
    const selection = await timed('select hosts and merge their vars', async () => {
      const hosts = selectHosts(inventory.result, 'prod:!db1*');
      for (const host of hosts) hostVars(inventory.result, host);
      return hosts;
    });
    const tasks = playbook.result.plays[0].tasks.length;
    console.log(`(${tasks} tasks, ${inventory.result.hosts.size} hosts, ${selection.result.length} selected)`);
    if (tasks !== TASKS || inventory.result.hosts.size !== HOSTS) throw new Error('the benchmark did not load what it generated');
    if (playbook.ms >= LIMIT_MS || inventory.ms >= LIMIT_MS) process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
