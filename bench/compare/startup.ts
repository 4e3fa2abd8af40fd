/**
 * Start-up as a user meets it: how long `castoff-playbook --version` takes from spawn to exit, and
 * how long a small run takes from spawn to its first event (the `time` of the first jsonl line
 * against the wall clock just before the spawn). Both are the installed command run by this Node,
 * Node's own boot included. No hosts are needed: the small run is one `debug` task on a local host.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './measure.js';

/** The issue's targets, medians in ms. */
export const VERSION_TARGET_MS = 150;
export const FIRST_EVENT_TARGET_MS = 250;

export interface StartupResult {
  versionMs: number[];
  /** Spawn to the first event's `time`. */
  firstEventMs: number[];
  /** Spawn to exit of the same small runs. */
  smallRunMs: number[];
  errors: string[];
}

interface Spawned {
  spawnedAt: number;
  wallMs: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

function spawnTimed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const spawnedAt = Date.now();
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ spawnedAt, wallMs: performance.now() - started, exitCode: code ?? -1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
    );
  });
}

const SMALL_PLAYBOOK = '- hosts: all\n  gather_facts: no\n  tasks:\n    - debug:\n        msg: hello\n';
const LOCAL_INVENTORY = 'localhost ansible_connection=local\n';

/** The first event's time, or undefined when the run printed none. */
function firstEventTime(stdout: string): number | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith('{'));
  if (!line) return undefined;
  const time = (JSON.parse(line) as { time?: unknown }).time;
  return typeof time === 'string' ? Date.parse(time) : undefined;
}

function failure(what: string, run: Spawned): string | undefined {
  if (run.exitCode === 0) return undefined;
  return `${what} exited ${run.exitCode}: ${`${run.stderr}\n${run.stdout}`.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}`;
}

/** `runs` alternating pairs of a `--version` and a small run of `cli` (a castoff-playbook entry point). */
export async function measureStartup(cli: string, runs: number, workDir: string, env: NodeJS.ProcessEnv): Promise<StartupResult> {
  const playbook = join(workDir, 'startup.yml');
  const inventory = join(workDir, 'startup.ini');
  writeFileSync(playbook, SMALL_PLAYBOOK);
  writeFileSync(inventory, LOCAL_INVENTORY);
  const result: StartupResult = { versionMs: [], firstEventMs: [], smallRunMs: [], errors: [] };
  for (let i = 0; i < runs; i++) {
    const version = await spawnTimed(process.execPath, [cli, '--version'], workDir, env);
    const versionFailure = failure('castoff-playbook --version', version);
    if (versionFailure) result.errors.push(versionFailure);
    else result.versionMs.push(version.wallMs);

    const small = await spawnTimed(process.execPath, [cli, playbook, '-i', inventory, '--output', 'jsonl'], workDir, env);
    const smallFailure = failure('castoff-playbook (small local run)', small);
    const first = firstEventTime(small.stdout);
    if (smallFailure) result.errors.push(smallFailure);
    else if (first === undefined) result.errors.push('castoff-playbook (small local run) printed no jsonl event');
    else {
      result.firstEventMs.push(first - small.spawnedAt);
      result.smallRunMs.push(small.wallMs);
    }
  }
  console.log(`start-up: --version ${median(result.versionMs).toFixed(0)} ms, first event ${median(result.firstEventMs).toFixed(0)} ms (medians of ${runs})`);
  return result;
}

const ms = (values: number[], pick: (v: number[]) => number) => (values.length ? pick(values).toFixed(0) : 'n/a');
const met = (ok: boolean) => (ok ? 'met' : '**missed**');

export function startupSection(r: StartupResult, runs: number): string {
  const row = (what: string, values: number[], target?: number) => {
    const verdict = target === undefined ? '' : values.length ? `< ${target} ms: ${met(median(values) < target)}` : `< ${target} ms: not measured`;
    return `| ${what} | ${values.length} | ${ms(values, median)} | ${ms(values, (v) => Math.min(...v))} | ${ms(values, (v) => Math.max(...v))} | ${verdict} |`;
  };
  const out = ['## Start-up', ''];
  out.push(
    `${runs} alternating runs of \`castoff-playbook --version\` and of a one-\`debug\`-task run on a local host with \`--output jsonl\`, ` +
      'each spawned by this Node from the installed entry point (`bin` in package.json). "First event" is the first jsonl event\'s `time` ' +
      'minus the wall clock just before the spawn: Node\'s own boot, loading castoff, the playbook and the inventory.',
    '',
  );
  out.push('| what | runs | median ms | min ms | max ms | target (median) |');
  out.push('|---|---:|---:|---:|---:|---|');
  out.push(row('`castoff-playbook --version`, spawn to exit', r.versionMs, VERSION_TARGET_MS));
  out.push(row('small run, spawn to first event', r.firstEventMs, FIRST_EVENT_TARGET_MS));
  out.push(row('small run, spawn to exit', r.smallRunMs));
  out.push('', `Errors: ${r.errors.length ? r.errors.map((e) => `\n- ${e}`).join('') : 'none.'}`, '');
  return out.join('\n');
}
