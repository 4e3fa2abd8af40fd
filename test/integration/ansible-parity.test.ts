/**
 * The same playbook through ansible-playbook (Debian's ansible-core) and through castoff-playbook,
 * both with ANSIBLE_STDOUT_CALLBACK=json, on the same container: every task's result must have
 * Ansible's field names with the same JSON types, so registered variables and assertions keep
 * working, and the document around them Ansible's shape.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHosts, testKeys, type TestHosts } from '../helpers/hosts.js';
import { startHttpServer, type TestHttpServer } from '../helpers/http-server.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';
import { buildArchives, buildTinyDeb } from '../helpers/module-fixtures.js';

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
      async: 120
      poll: 1
    - name: async fire and forget
      shell: "sleep 1; echo later"
      async: 120
      poll: 0
      register: job
    - name: async_status until finished
      async_status:
        jid: "{{ job.ansible_job_id }}"
      register: waited
      until: waited is finished
      retries: 120
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


function resultsOf(doc: CallbackDocument): Results {
  return Object.fromEntries(doc.plays.flatMap((p) => p.tasks.map((t) => [t.task.name, t.hosts.par1])));
}

const TOOLS = {
  ansible: {
    command: 'ansible-playbook',
    args: [] as string[],
    // No interpreter is set for either tool: both discover it, and report it as a fact.
    env: { ANSIBLE_HOST_KEY_CHECKING: 'False', ANSIBLE_NOCOLOR: '1' },
  },
  // castoff chooses its output as Ansible does, so the environment that asks Ansible for json asks castoff too.
  castoff: { command: 'node', args: [CLI], env: {} as Record<string, string> },
};

/** One run's json document; `vars` are extra vars, which give each runner its own paths and names. */
async function documentOf(tool: keyof typeof TOOLS, file: string, vars: Record<string, string>, timeout = 600_000): Promise<CallbackDocument> {
  const { command, args, env } = TOOLS[tool];
  // One JSON mapping: values may hold spaces (a public key), which key=value would split.
  const { stdout, stderr } = await run(command, [...args, '-i', inv.file, file, '-e', JSON.stringify(vars)], {
    env: { ...process.env, ANSIBLE_STDOUT_CALLBACK: 'json', CASTOFF_KNOWN_HOSTS: inv.knownHostsFile, ...env },
    timeout,
    maxBuffer: 32 * 1024 * 1024,
  }).catch((e: { stdout: string; stderr: string }) => ({ stdout: e.stdout, stderr: e.stderr }));
  try {
    return JSON.parse(stdout) as CallbackDocument;
  } catch {
    throw new Error(`${tool} printed no json document (killed after ${timeout / 1000} s?): ${stderr.slice(-2000)}`);
  }
}

/** Both tools' documents of one playbook, the runs side by side: each runner has its own paths and names. */
interface Compared {
  ansible: CallbackDocument;
  castoff: CallbackDocument;
}

async function bothRun(file: string, vars: (tool: keyof typeof TOOLS) => Record<string, string>, timeout?: number): Promise<Compared> {
  const [ansible, castoff] = await Promise.all([documentOf('ansible', file, vars('ansible'), timeout), documentOf('castoff', file, vars('castoff'), timeout)]);
  return { ansible, castoff };
}

/**
 * Both playbooks, through both tools, all four runs at once: on two loaded cores a run waits for
 * the CPU far more than for its host, so side by side they take little longer than the longest.
 * Started in the file's beforeAll, awaited by each comparison.
 */
let basicRuns: Promise<Compared>;
let moduleRuns: Promise<Compared>;

beforeAll(() => {
  const file = join(inv.dir, 'parity.yml');
  writeFileSync(file, PLAYBOOK);
  basicRuns = bothRun(file, (tool) => ({ runner: tool }));
  moduleRuns = runModulesPlaybook();
  // Each comparison reports its own failure when it awaits its runs.
  basicRuns.catch(() => undefined);
  moduleRuns.catch(() => undefined);
});

describe('registered results match ansible-playbook', () => {
  let ansible: Results;
  let castoff: Results;
  let ansibleDocument: CallbackDocument;
  let castoffDocument: CallbackDocument;

  beforeAll(async () => {
    ({ ansible: ansibleDocument, castoff: castoffDocument } = await basicRuns);
    ansible = resultsOf(ansibleDocument);
    castoff = resultsOf(castoffDocument);
  }, 1_300_000);

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

/**
 * Ansible's modules, as castoff runs them from the user's installation, against ansible-playbook:
 * one play on the same container, each runner with its own names and paths (`who`), so both start
 * from the same state. `web` is an HTTP server in another container; `/tmp/pm-stage` holds the
 * archives and a .deb per runner, put there before the runs.
 */
const MODULES_PLAYBOOK = `
- hosts: par1
  gather_facts: true
  # A task castoff cannot run yet must not hide the comparison of those after it.
  ignore_errors: true
  vars:
    d: /tmp/pm-{{ who }}
  tasks:
    - name: setup min
      setup:
        gather_subset: min
    - name: stage dirs
      file:
        path: "{{ d }}/{{ item }}"
        state: directory
      loop: [ut, uz]
    - name: lineinfile
      lineinfile:
        path: "{{ d }}/li.txt"
        line: hello world
        create: true
    - name: lineinfile in check mode with diff
      lineinfile:
        path: "{{ d }}/li.txt"
        line: second
      check_mode: true
      diff: true
    - name: blockinfile
      blockinfile:
        path: "{{ d }}/bi.txt"
        block: "one\\ntwo"
        create: true
    - name: replace
      replace:
        path: "{{ d }}/li.txt"
        regexp: world
        replace: there
    - name: group
      group:
        name: pg-{{ who }}
    - name: user
      user:
        name: pu-{{ who }}
        group: pg-{{ who }}
    - name: getent
      getent:
        database: passwd
        key: root
    - name: slurp
      slurp:
        src: /etc/hostname
    - name: find
      find:
        paths: "{{ d }}"
        patterns: "*.txt"
    - name: tempfile
      tempfile:
        state: file
        suffix: par
    - name: cron
      cron:
        name: par
        minute: "3"
        job: echo hi
        user: pu-{{ who }}
    - name: unarchive remote src
      unarchive:
        src: /tmp/pm-stage/tree.tar.gz
        dest: "{{ d }}/ut"
        remote_src: true
    - name: unarchive local src
      unarchive:
        src: tree.zip
        dest: "{{ d }}/uz"
    - name: get_url
      get_url:
        url: "{{ web }}/file.txt"
        dest: "{{ d }}/got.txt"
    - name: get_url launched
      get_url:
        url: "{{ web }}/file.txt"
        dest: "{{ d }}/got-async.txt"
      async: 60
      poll: 0
      register: fetch_job
    - name: get_url async_status
      async_status:
        jid: "{{ fetch_job.ansible_job_id }}"
      register: fetched
      until: fetched is finished
      retries: 60
      delay: 1
    - name: uri
      uri:
        url: "{{ web }}/data.json"
    - name: uri async polled
      uri:
        url: "{{ web }}/data.json"
      async: 60
      poll: 1
    - name: apt deb
      apt:
        deb: /tmp/pm-stage/castoff-par-{{ who }}_1.0_all.deb
    - name: template
      template:
        src: par.j2
        dest: "{{ d }}/t.txt"
        mode: "0640"
    - name: fetch
      fetch:
        src: "{{ d }}/t.txt"
        dest: "{{ playbook_dir }}/fetched-{{ who }}/"
    - name: community.general ini_file
      community.general.ini_file:
        path: "{{ d }}/x.ini"
        section: s
        option: o
        value: v
    - name: ansible.posix authorized_key
      ansible.posix.authorized_key:
        user: pu-{{ who }}
        key: "{{ pubkey }}"
`;

/** The `who` of each runner: tokens that appear nowhere else, so normalising them away is exact. */
const WHO = { ansible: 'xansx', castoff: 'xcasx' } as const;

/**
 * Fields whose values differ between two runs of the same playbook by the same tool (here: the
 * two runners share the host at the same time), so castoff's cannot equal Ansible's; their names
 * and types are still compared. `*` applies to every task.
 */
const VALUES_DIFFER: Record<string, Record<string, string>> = {
  '*': {
    elapsed: 'seconds a download or request took',
    date: "the web server's Date header",
    ansible_job_id: 'a fresh job id per launch',
    attempts: 'how many checks a job needed depends on how long it took',
    results_file: 'holds the job id',
    invocation: "tempfile's and the action plugins' arguments hold generated paths; the rest are checked by 'the invocations'",
    ansible_facts: "facts hold times, ids and this run's environment; their names are checked by 'the facts'",
    diff: "apt's diff is dpkg's output (see apt deb); the rest are checked by 'the diffs'",
  },
  group: { gid: 'each runner creates its own group, which gets the next free gid' },
  user: { uid: 'likewise the next free uid', group: "the user's primary gid, that of its runner's group" },
  'apt deb': {
    stdout: "dpkg's output counts the files installed, which the first runner's package added to",
    stdout_lines: 'as stdout',
  },
  tempfile: { path: 'a random file name' },
  find: { files: 'each file with its access and change times' },
  get_url: { src: 'the temporary file the download went to' },
  'get_url async_status': { src: 'the temporary file the download went to' },
  template: { src: 'the temporary file the rendered template was uploaded to' },
  'unarchive local src': { src: 'the temporary file the archive was uploaded to', extract_results: "unzip's command line and output name that temporary file" },
};

const differs = (task: string, field: string) => field in VALUES_DIFFER['*'] || field in (VALUES_DIFFER[task] ?? {});

function normalised(value: unknown, who: string): unknown {
  return JSON.parse(JSON.stringify(value ?? null).replaceAll(who, 'WHO'));
}

let web: TestHttpServer | undefined;

afterAll(async () => {
  await web?.stop();
});

/** The modules playbook's files staged beside it and on the host, then both runs. */
async function runModulesPlaybook(): Promise<Compared> {
  web = await startHttpServer();
  const host = fleet.hosts[0];
  mkdirSync(join(inv.dir, 'files'), { recursive: true });
  mkdirSync(join(inv.dir, 'templates'), { recursive: true });
  const { tgz, zip } = buildArchives(inv.dir);
  copyFileSync(zip, join(inv.dir, 'files/tree.zip'));
  writeFileSync(join(inv.dir, 'templates/par.j2'), 'greeting={{ greeting | default("hello") }}\n');
  const debs = Object.values(WHO).map((who) => buildTinyDeb(inv.dir, `castoff-par-${who}`));
  await Promise.all([
    web.put('/file.txt', 'served\n'),
    web.put('/data.json', '{"a": [1, 2]}'),
    host.container.copyContentToContainer([
      { content: readFileSync(tgz), target: '/tmp/pm-stage/tree.tar.gz' },
      ...debs.map((deb) => ({ content: readFileSync(deb), target: `/tmp/pm-stage/${basename(deb)}` })),
    ]),
  ]);
  const file = join(inv.dir, 'modules.yml');
  writeFileSync(file, MODULES_PLAYBOOK);
  const url = web.url;
  // Generous bounds: thirty module tasks of ansible-playbook on two loaded cores can take minutes.
  return bothRun(file, (tool) => ({ who: WHO[tool], web: url, pubkey: testKeys().publicKey.split('\n')[0] }), 900_000);
}

describe('Ansible modules: registered results match ansible-playbook', () => {
  let ansible: Results;
  let castoff: Results;

  beforeAll(async () => {
    const runs = await moduleRuns;
    ansible = resultsOf(runs.ansible);
    castoff = resultsOf(runs.castoff);
  }, 1_900_000);

  // `stage dirs` runs castoff's own file module, which the first comparison covers.
  const tasks = ['Gathering Facts', ...[...MODULES_PLAYBOOK.matchAll(/- name: (.+)/g)].map((m) => m[1])].filter((t) => t !== 'stage dirs');

  it.each(tasks)('%s: same fields and types; same values but for the fields that differ between any two runs', (task) => {
    const a = ansible[task];
    const c = castoff[task];
    expect(a, `ansible ran ${task}`).toBeDefined();
    expect(c, `castoff ran ${task}`).toBeDefined();
    expect(a.failed ?? false, `ansible failed ${task}: ${String(a.msg)}`).toBe(false);
    expect(Object.keys(c).sort(), `field names of "${task}"`).toEqual(Object.keys(a).sort());
    const typeDiffs = Object.keys(a)
      .filter((k) => typeOf(a[k]) !== typeOf(c[k]))
      .map((k) => `${k}: ansible ${typeOf(a[k])}, castoff ${typeOf(c[k])}`);
    expect(typeDiffs, `fields whose types differ in "${task}"`).toEqual([]);
    for (const key of ['changed', 'failed', 'msg']) expect(normalised(c[key], WHO.castoff), `${task}: ${key}`).toEqual(normalised(a[key], WHO.ansible));
    for (const key of Object.keys(a).filter((k) => !differs(task, k))) {
      expect(normalised(c[key], WHO.castoff), `${task}: ${key}`).toEqual(normalised(a[key], WHO.ansible));
    }
  });

  it('the diffs: equal where the module computes them from the files alone', () => {
    for (const task of tasks.filter((t) => t !== 'apt deb' && ansible[t]?.diff !== undefined)) {
      expect(normalised(castoff[task].diff, WHO.castoff), task).toEqual(normalised(ansible[task].diff, WHO.ansible));
    }
    expect(ansible['lineinfile in check mode with diff'].diff).toBeDefined();
  });

  it('the invocations: the same module arguments, but for generated paths', () => {
    for (const task of tasks.filter((t) => !['tempfile', 'fetch', 'template', 'unarchive local src'].includes(t) && ansible[t]?.invocation !== undefined)) {
      expect(normalised(castoff[task].invocation, WHO.castoff), task).toEqual(normalised(ansible[task].invocation, WHO.ansible));
    }
  });

  it('the facts: gathered and set by modules under the same names', () => {
    for (const task of ['Gathering Facts', 'setup min', 'getent']) {
      const names = (r: Record<string, unknown>) => Object.keys((r.ansible_facts ?? {}) as object).sort();
      expect(names(castoff[task]), task).toEqual(names(ansible[task]));
      expect(names(ansible[task]).length, task).toBeGreaterThan(0);
    }
  });
});
