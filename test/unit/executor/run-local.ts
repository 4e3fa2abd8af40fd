/**
 * Runs a playbook through the library API on hosts that all use the local connection, so the
 * executor's behaviours are tested without Docker, and collects what a user of the API sees.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitCodeFor } from '../../../src/cli/exit-codes.js';
import { parsePlaybookText, runPlaybook, type HostStats, type RunEvent, type RunPlaybookOptions } from '../../../src/index.js';

export type HostResult = Extract<RunEvent, { type: 'host_result' }>;

export interface LocalRun {
  /** The exit code the CLI ends such a run with. */
  exitCode: number;
  stats: Record<string, HostStats>;
  events: RunEvent[];
  /** Every `host_result` event, per-item ones included, in the order they were emitted. */
  results: HostResult[];
}

/** `names` as an INI inventory where every host runs locally; `extra` adds lines (groups, vars). */
export async function localInventory(names: string[], extra = ''): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'castoff-exec-'));
  const file = join(dir, 'hosts.ini');
  const lines = names.map((n) => `${n} ansible_connection=local`);
  await writeFile(file, `${lines.join('\n')}\n${extra}`);
  return file;
}

export async function runLocal(yaml: string, options: Omit<RunPlaybookOptions, 'plays' | 'playbook' | 'onEvent'> = {}): Promise<LocalRun> {
  const events: RunEvent[] = [];
  // The machine's own Ansible installation plays no part: plays that gather use castoff's setup.
  const playbook = await parsePlaybookText(yaml, 'executor.yml', { ansible: { env: { PATH: '' } } });
  const { outcome, stats } = await runPlaybook({ ...options, playbook, onEvent: (e) => events.push(e) });
  const results = events.filter((e): e is HostResult => e.type === 'host_result');
  return { exitCode: exitCodeFor(outcome), stats, events, results };
}

/** The task-level result (not a loop item's) of `task` on `host`. */
export function resultOf(run: LocalRun, task: string, host = 'localhost'): HostResult | undefined {
  return run.results.find((e) => e.task === task && e.host === host && e.item === undefined);
}

/** Per-item results of a loop task on `host`. */
export function itemsOf(run: LocalRun, task: string, host = 'localhost'): HostResult[] {
  return run.results.filter((e) => e.task === task && e.host === host && e.item !== undefined);
}

/** Names of the tasks that produced a task-level result on `host`, in order. */
export function tasksRun(run: LocalRun, host = 'localhost'): string[] {
  return run.results.filter((e) => e.host === host && e.item === undefined).map((e) => e.task);
}

/** A one-play playbook on `hosts` without facts; `body` is the play's keys at play indentation. */
export function play(body: string, hosts = 'localhost'): string {
  return `- hosts: ${hosts}\n  gather_facts: false\n${body}`;
}
