/**
 * What a user sees of polled async tasks, next to what ansible-playbook (Debian's ansible-core)
 * prints for the same playbook on the same containers: one `ASYNC POLL` line per `poll` seconds
 * that a job runs (not one per status check), and an async loop's items in loop order, each with
 * its `ASYNC POLL` lines, `ASYNC OK` and result, although castoff runs the items' jobs together.
 * The jobs' lengths keep clear of the poll ticks, since Ansible's own checks take a second or so.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYBOOK_CLI, runCliProcess } from '../helpers/cli.js';
import { startHosts, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';

const run = promisify(execFile);

// A 30 s job polled every 20 s: running at the first check of the cadence, ended by the second,
// for both tools, with 10 s of room on each side for a loaded machine. ansible-playbook sleeps
// `poll` seconds after its launch returns, then checks: on a loaded CI machine the launch's end
// and a check took over 7 s (a 10 s job with poll 6, then a 22 s one with poll 15, showed no POLL
// line). castoff checks `poll` seconds after its previous check: the job, which starts a little
// after the launch, must end before the second one (an 18 s job with poll 10 missed it by 2 s).
// The loop's jobs end in reverse order: 1 s, 2 s, 30 s.
const PLAYBOOK = `- hosts: all
  gather_facts: false
  tasks:
    - name: long job
      shell: sleep 30
      async: 120
      poll: 20
    - name: reverse sleeps
      shell: "sleep {{ item }}; echo slept {{ item }}"
      loop: [30, 2, 1]
      async: 120
      poll: 20
      register: sleeps
`;

let fleet: TestHosts;
let inv: TestInventory;
let file: string;
/** Both tools' default output of PLAYBOOK, one run after the other so that neither slows the other's checks. */
let outputs: Promise<{ ansible: string[]; castoff: string[] }>;

async function ansibleLines(): Promise<string[]> {
  const { stdout } = await run('ansible-playbook', ['-i', inv.file, file], {
    env: { ...process.env, ANSIBLE_HOST_KEY_CHECKING: 'False', ANSIBLE_NOCOLOR: '1', ANSIBLE_STDOUT_CALLBACK: 'default' },
    timeout: 300_000,
  });
  return stdout.split('\n');
}

async function castoffLines(): Promise<string[]> {
  const r = await runCliProcess(PLAYBOOK_CLI, ['-i', inv.file, file], { cwd: inv.dir, env: { CASTOFF_KNOWN_HOSTS: inv.knownHostsFile, ANSIBLE_STDOUT_CALLBACK: 'default' }, boundMs: 120_000 });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return r.lines;
}

beforeAll(async () => {
  fleet = await startHosts(2, { prefix: 'apo' });
  inv = writeInventory(fleet.hosts);
  file = join(inv.dir, 'async-output.yml');
  writeFileSync(file, PLAYBOOK);
  outputs = ansibleLines().then(async (ansible) => ({ ansible, castoff: await castoffLines() }));
  outputs.catch(() => undefined);
}, 300_000);

afterAll(async () => {
  await fleet?.stop();
});

/** The lines of one task's section of the output. */
function section(lines: string[], task: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(`TASK [${task}]`));
  const end = lines.findIndex((l, i) => i > start && (l.startsWith('TASK [') || l.startsWith('PLAY RECAP')));
  expect(start, `no TASK [${task}] in:\n${lines.join('\n')}`).toBeGreaterThanOrEqual(0);
  return lines.slice(start + 1, end);
}

/** One host's lines of a task, job ids and result details left out: what is printed, in what order. */
function hostLines(lines: string[], task: string, host: string): string[] {
  return section(lines, task).flatMap((l) => {
    const poll = /^ASYNC (POLL|OK|FAILED) on (\S+): jid=/.exec(l);
    if (poll) return poll[2] === host ? [`ASYNC ${poll[1]}`] : [];
    const result = /^(ok|changed|failed|fatal): \[([^\]]+)\]( => \(item=[^)]*\))?/.exec(l);
    if (result) return result[2] === host ? [`${result[1]}${result[3] ?? ''}`] : [];
    return [];
  });
}

// The first test waits for both runs; ansible-playbook's, a second or more per status check on a
// loaded machine, is the long one.
describe('polled async tasks print what ansible-playbook prints', () => {
  it('a 30 s job with poll 20: one ASYNC POLL line per host, as Ansible', async () => {
    const { ansible, castoff } = await outputs;
    for (const host of fleet.hosts.map((h) => h.name)) {
      const theirs = hostLines(ansible, 'long job', host);
      expect(theirs, `ansible-playbook's output:\n${ansible.join('\n')}`).toEqual(['ASYNC POLL', 'ASYNC OK', 'changed']);
      expect(hostLines(castoff, 'long job', host), castoff.join('\n')).toEqual(theirs);
    }
  }, 600_000);

  it("an async loop whose jobs end in reverse order: the items in loop order, each with its own lines, as Ansible's", async () => {
    const { ansible, castoff } = await outputs;
    for (const host of fleet.hosts.map((h) => h.name)) {
      const theirs = hostLines(ansible, 'reverse sleeps', host);
      expect(theirs, `ansible-playbook's output:\n${ansible.join('\n')}`).toEqual([
        'ASYNC POLL',
        'ASYNC OK',
        'changed => (item=30)',
        'ASYNC OK',
        'changed => (item=2)',
        'ASYNC OK',
        'changed => (item=1)',
      ]);
      expect(hostLines(castoff, 'reverse sleeps', host), castoff.join('\n')).toEqual(theirs);
    }
  }, 600_000);

  it('the json output lists the loop results in loop order', async () => {
    const r = await runCliProcess(PLAYBOOK_CLI, ['-i', inv.file, file], { cwd: inv.dir, env: { CASTOFF_KNOWN_HOSTS: inv.knownHostsFile, ANSIBLE_STDOUT_CALLBACK: 'json' }, boundMs: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { plays: Array<{ tasks: Array<{ task: { name: string }; hosts: Record<string, { results?: Array<Record<string, unknown>> }> }> }> };
    const task = doc.plays[0].tasks.find((t) => t.task.name === 'reverse sleeps');
    for (const host of fleet.hosts.map((h) => h.name)) {
      const results = task?.hosts[host]?.results ?? [];
      expect(results.map((x) => x.item)).toEqual([30, 2, 1]);
      expect(results.map((x) => x.stdout)).toEqual(['slept 30', 'slept 2', 'slept 1']);
      // They ran together: the 1 s job ended before the 30 s one.
      expect(String(results[2].end) < String(results[0].end), JSON.stringify(results.map((x) => [x.start, x.end]))).toBe(true);
    }
  });
});
