/**
 * Ansible's installed modules through castoff against ansible-playbook: a play of 50 tasks of
 * Ansible modules (ansible-core's and two collections') on 4 hosts, run twice by each tool. The
 * first run of each starts from fresh paths and names (`who` differs per tool); the second finds
 * its own first run's state and, for castoff, the payloads already on the hosts. castoff's uploads
 * per host come from `run_end.connections`.
 */
import { cpus, loadavg } from 'node:os';
import type { RunEvent } from '../../src/index.js';
import type { RunOutcome } from './measure.js';

export const MODULE_HOSTS = 4;
export const MODULE_TASKS = 50;

/** Ten kinds of task, five of each, each task on its own file or name. `{{ pubkey }}` is a play variable. */
const KINDS: Array<(i: number) => string> = [
  (i) => `    - ansible.builtin.lineinfile:\n        path: "{{ d }}/li${i}.txt"\n        line: line ${i}\n        create: true\n`,
  (i) => `    - ansible.builtin.blockinfile:\n        path: "{{ d }}/bi${i}.txt"\n        block: block ${i}\n        create: true\n`,
  (i) => `    - ansible.builtin.replace:\n        path: "{{ d }}/li${i}.txt"\n        regexp: "^line"\n        replace: LINE\n`,
  (i) => `    - community.general.ini_file:\n        path: "{{ d }}/x.ini"\n        section: s\n        option: o${i}\n        value: v\n`,
  (i) => `    - ansible.builtin.find:\n        paths: "{{ d }}"\n        patterns: "*${i}*"\n`,
  (i) => `    - ansible.builtin.slurp:\n        src: "{{ d }}/li${i}.txt"\n`,
  () => `    - ansible.builtin.getent:\n        database: passwd\n        key: root\n`,
  (i) => `    - ansible.builtin.group:\n        name: bg-{{ who }}-${i}\n`,
  (i) => `    - ansible.builtin.cron:\n        name: bench-{{ who }}-${i}\n        minute: "${i}"\n        job: echo ${i}\n`,
  (i) => `    - ansible.posix.authorized_key:\n        user: root\n        key: "{{ pubkey }}"\n        comment: bench-${i}\n`,
];

/** The distinct modules the play runs: at most this many payloads per host. */
export const MODULES_IN_PLAY = KINDS.length;

/** The play; `pubkey` is the public key authorized_key adds (any valid one). */
export function modulesPlaybook(pubkey: string): string {
  const tasks: string[] = [];
  for (let i = 0; i < MODULE_TASKS; i++) tasks.push(KINDS[i % KINDS.length](Math.floor(i / KINDS.length)));
  return (
    `- hosts: all\n  gather_facts: no\n  vars:\n    d: /tmp/bench-{{ who }}\n    pubkey: ${JSON.stringify(pubkey)}\n  tasks:\n` +
    '    - ansible.builtin.file:\n        path: "{{ d }}"\n        state: directory\n' +
    tasks.join('')
  );
}

export interface ModulesRun {
  wallMs: number;
  /** castoff only: uploads per host, from run_end. */
  uploads?: number[];
  error?: string;
}

export interface ModulesResult {
  ansible: ModulesRun[];
  castoff: ModulesRun[];
  /** When, and this machine's 1-minute load before the first run (other work shares the cores). */
  date: string;
  loadBefore: number;
}

type RunEnd = Extract<RunEvent, { type: 'run_end' }>;

/** Each host's upload count; `undefined` when the run printed no run_end or castoff counts none. */
export function uploadsPerHost(events: RunEvent[]): number[] | undefined {
  const end = events.find((e): e is RunEnd => e.type === 'run_end');
  if (!end) return undefined;
  const counts = Object.values(end.connections).map((c) => (c as { uploads?: number }).uploads);
  return counts.every((n): n is number => typeof n === 'number') ? counts : undefined;
}

export interface ModulesDeps {
  /** One castoff run of the play with `who`; its outcome and events. */
  castoff(who: string): Promise<{ outcome: RunOutcome; events: RunEvent[] }>;
  ansible(who: string): Promise<RunOutcome>;
  failureOf(tool: string, outcome: RunOutcome): string | undefined;
}

export async function measureModules(deps: ModulesDeps): Promise<ModulesResult> {
  const result: ModulesResult = { ansible: [], castoff: [], date: new Date().toISOString().slice(0, 10), loadBefore: loadavg()[0] };
  for (let run = 0; run < 2; run++) {
    const a = await deps.ansible('ansible');
    result.ansible.push({ wallMs: a.wallMs, error: deps.failureOf('ansible-playbook', a) });
    const c = await deps.castoff('castoff');
    result.castoff.push({ wallMs: c.outcome.wallMs, uploads: uploadsPerHost(c.events), error: deps.failureOf('castoff', c.outcome) });
    console.log(`modules run ${run + 1}: ansible ${(a.wallMs / 1000).toFixed(2)} s, castoff ${(c.outcome.wallMs / 1000).toFixed(2)} s, castoff uploads per host ${result.castoff[run].uploads?.join(',') ?? 'n/a'}`);
  }
  return result;
}

export const MODULES_HEADING = '## Ansible modules: 50 tasks on 4 hosts, first and second run';

export function modulesSection(r: ModulesResult): string {
  const out: string[] = [MODULES_HEADING, ''];
  out.push(
    `Measured on ${r.date}, ${cpus().length} cores, 1-minute load ${r.loadBefore.toFixed(2)} before the first run. One play of ${MODULE_TASKS} tasks of Ansible's installed modules (${MODULES_IN_PLAY} distinct: ansible-core's lineinfile, blockinfile, replace, find, slurp, ` +
      'getent, group, cron, community.general.ini_file, ansible.posix.authorized_key) and one `file` task, on ' +
      `${MODULE_HOSTS} hosts, forks ${MODULE_HOSTS}. Each tool's first run starts from fresh paths and names; its second run finds that state, ` +
      "and castoff finds its payloads on the hosts. Uploads are castoff's `run_end.connections[host].uploads` (the runtime and each module payload written to a host).",
    '',
  );
  out.push('| run | ansible-playbook s | castoff s | castoff faster by | castoff uploads per host | target |');
  out.push('|---|---:|---:|---:|---|---|');
  r.castoff.forEach((c, i) => {
    const a = r.ansible[i];
    const uploads = c.uploads ? c.uploads.join(', ') : 'not counted';
    const most = c.uploads ? Math.max(...c.uploads) : NaN;
    // The runtime (one upload) plus one payload per distinct module at most; nothing on the second run.
    const target = i === 0 ? `≤ ${MODULES_IN_PLAY + 1}: ${most <= MODULES_IN_PLAY + 1 ? 'met' : '**missed**'}` : `0: ${most === 0 ? 'met' : '**missed**'}`;
    out.push(`| ${i === 0 ? 'first' : 'second'} | ${(a.wallMs / 1000).toFixed(2)} | ${(c.wallMs / 1000).toFixed(2)} | ${(a.wallMs / c.wallMs).toFixed(1)}x | ${uploads} | ${target} |`);
  });
  const errors = [...r.ansible, ...r.castoff].flatMap((x) => (x.error ? [x.error] : []));
  out.push('', `Errors: ${errors.length ? errors.map((e) => `\n- ${e}`).join('') : 'none.'}`, '');
  return out.join('\n');
}
