/**
 * The same playbook through ansible-playbook (Debian's ansible-core) and through castoff-playbook,
 * both with ANSIBLE_STDOUT_CALLBACK=json, on the same container: every task's result must have
 * Ansible's field names with the same JSON types, so registered variables and assertions keep
 * working, and the document around them Ansible's shape.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHosts, testKeys, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../../dist/src/cli/castoff-playbook.js', import.meta.url));

const PLAYBOOK = `
- hosts: par1
  gather_facts: false
  tasks:
    - name: command
      command: echo hello
    - name: shell that fails
      shell: "echo out; echo err >&2; exit 3"
      ignore_errors: true
    - name: skipped
      command: "true"
      when: false
    - name: async polled
      shell: "sleep 1; echo done"
      async: 10
      poll: 1
    - name: async fire and forget
      shell: "sleep 1; echo later"
      async: 30
      poll: 0
      register: job
    - name: async_status until finished
      async_status:
        jid: "{{ job.ansible_job_id }}"
      register: waited
      until: waited is finished
      retries: 10
      delay: 1
    - name: loop
      command: "echo {{ item }}"
      loop: [a, b]
    - name: until first time
      command: echo ok
      register: r
      until: r.rc == 0
      retries: 2
      delay: 0
    - name: debug msg
      debug:
        msg: hi
    - name: set_fact
      set_fact:
        x: 1
    - name: copy
      copy:
        content: "hello\\n"
        dest: "/tmp/parity-{{ runner }}-copy"
        mode: "0640"
    - name: stat
      stat:
        path: "/tmp/parity-{{ runner }}-copy"
    - name: file
      file:
        path: "/tmp/parity-{{ runner }}-dir"
        state: directory
    - name: ping
      ping:
`;

/**
 * Keys Ansible shows that are not part of what castoff registers: the module invocation echo,
 * interpreter discovery facts, module warnings and deprecations, and the debug action's display flag.
 */
const ANSIBLE_ONLY = new Set(['invocation', 'ansible_facts', '_ansible_verbose_always', 'deprecations', 'warnings']);

/** Per task, fields castoff cannot report honestly, and why. */
const KNOWN_GAPS: Record<string, string[]> = {
  // Ansible names the staged temp file of `content`; castoff sends content in the module's
  // arguments, so there is no such file to name.
  copy: ['src'],
};

type Results = Record<string, Record<string, unknown>>;
interface Heading {
  name: string;
  id: string;
  path: string;
  duration: { start: string; end?: string };
}
/** The document of Ansible's json callback, which castoff's `--output json` has the shape of. */
interface CallbackDocument {
  plays: Array<{ play: Heading; tasks: Array<{ task: Heading; hosts: Record<string, Record<string, unknown>> }> }>;
  stats: Record<string, Record<string, number>>;
  [key: string]: unknown;
}

function typeOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

let fleet: TestHosts;
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(1, { prefix: 'par' });
  inv = writeInventory(fleet.hosts);
});

afterAll(async () => {
  await fleet?.stop();
});

let ansibleDocument: CallbackDocument;
let castoffDocument: CallbackDocument;

function resultsOf(doc: CallbackDocument): Results {
  return Object.fromEntries(doc.plays[0].tasks.map((t) => [t.task.name, t.hosts.par1]));
}

async function ansibleResults(file: string): Promise<Results> {
  // Each runner gets its own paths, so both start from the same (empty) state.
  const { stdout } = await run('ansible-playbook', ['-i', inv.file, file, '-e', 'runner=ansible'], {
    env: { ...process.env, ANSIBLE_STDOUT_CALLBACK: 'json', ANSIBLE_HOST_KEY_CHECKING: 'False', ANSIBLE_PYTHON_INTERPRETER: '/usr/bin/python3', ANSIBLE_NOCOLOR: '1' },
    timeout: 120_000,
    maxBuffer: 32 * 1024 * 1024,
  }).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
  ansibleDocument = JSON.parse(stdout) as CallbackDocument;
  return resultsOf(ansibleDocument);
}

/** castoff chooses its output as Ansible does, so the environment that asks Ansible for json asks castoff too. */
async function castoffResults(file: string): Promise<Results> {
  const { stdout } = await run('node', [CLI, '-i', inv.file, file, '-e', 'runner=castoff'], {
    env: { ...process.env, ANSIBLE_STDOUT_CALLBACK: 'json', CASTOFF_KNOWN_HOSTS: inv.knownHostsFile },
    timeout: 120_000,
    maxBuffer: 32 * 1024 * 1024,
  }).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
  castoffDocument = JSON.parse(stdout) as CallbackDocument;
  return resultsOf(castoffDocument);
}

describe('registered results match ansible-playbook', () => {
  let ansible: Results;
  let castoff: Results;

  beforeAll(async () => {
    const file = join(inv.dir, 'parity.yml');
    writeFileSync(file, PLAYBOOK);
    void testKeys();
    ansible = await ansibleResults(file);
    castoff = await castoffResults(file);
  }, 240_000);

  const tasks = [...PLAYBOOK.matchAll(/- name: (.+)/g)].map((m) => m[1]);

  it.each(tasks)('%s: same field names, same types', (task) => {
    const a = ansible[task];
    const c = castoff[task];
    expect(a, `ansible ran ${task}`).toBeDefined();
    expect(c, `castoff ran ${task}`).toBeDefined();
    const missing = Object.keys(a)
      .filter((k) => !ANSIBLE_ONLY.has(k) && !KNOWN_GAPS[task]?.includes(k) && !(k in c))
      .map((k) => `${k}: ${JSON.stringify(a[k])}`);
    expect(missing, `fields Ansible has and castoff lacks in "${task}"`).toEqual([]);
    const typeDiffs = Object.keys(a)
      .filter((k) => !ANSIBLE_ONLY.has(k) && k in c && typeOf(a[k]) !== typeOf(c[k]))
      .map((k) => `${k}: ansible ${typeOf(a[k])} ${JSON.stringify(a[k])}, castoff ${typeOf(c[k])} ${JSON.stringify(c[k])}`);
    expect(typeDiffs, `fields whose types differ in "${task}"`).toEqual([]);
    // `attempts` is left out here: how many checks a job needs depends on timing, not format.
    for (const key of ['changed', 'failed', 'skipped', 'rc', 'stdout', 'stdout_lines', 'finished', 'started', 'msg']) {
      if (key in a && ['boolean', 'number'].includes(typeof a[key])) expect(c[key], `${task}: ${key}`).toEqual(a[key]);
    }
  });

  it('ANSIBLE_STDOUT_CALLBACK=json gives castoff\'s document the shape of Ansible\'s: top-level keys, play and task headings, action, stats', () => {
    expect(Object.keys(castoffDocument).sort()).toEqual(Object.keys(ansibleDocument).sort());
    expect(castoffDocument.stats).toEqual(ansibleDocument.stats);
    const headings = (doc: CallbackDocument) => doc.plays.flatMap((p) => [p.play, ...p.tasks.map((t) => t.task)]);
    const ours = headings(castoffDocument);
    const theirs = headings(ansibleDocument);
    expect(ours.map((h) => h.name)).toEqual(theirs.map((h) => h.name));
    ours.forEach((h, i) => {
      expect(Object.keys(h).sort(), h.name).toEqual(Object.keys(theirs[i]).sort());
      expect(Object.keys(h.duration).sort(), h.name).toEqual(Object.keys(theirs[i].duration).sort());
      expect(h.path, h.name).toBe(theirs[i].path);
      expect(h.duration.start, h.name).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    });
    for (const [task, result] of Object.entries(ansible)) expect(castoff[task].action, task).toBe(result.action);
  });

  it('loop results carry the same fields per item', () => {
    const a = (ansible.loop.results as Array<Record<string, unknown>>)[0];
    const c = (castoff.loop.results as Array<Record<string, unknown>>)[0];
    const missing = Object.keys(a)
      .filter((k) => !ANSIBLE_ONLY.has(k) && !(k in c))
      .map((k) => `${k}: ${JSON.stringify(a[k])}`);
    expect(missing).toEqual([]);
    expect(c.item).toBe('a');
  });
});
