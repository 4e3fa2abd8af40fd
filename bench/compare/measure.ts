/**
 * Running one playbook run as a child process: wall time on this machine's monotonic clock, the
 * child's peak RSS and CPU time from GNU time (getrusage of the child, so nothing is missed between
 * samples), and its stdout for the events.
 */
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface RunOutcome {
  wallMs: number;
  /** Peak resident set size of the command's own process, in MB. */
  peakRssMb: number;
  /** CPU seconds (user + system) the command and the children it waited for used on the controller. */
  cpuSeconds: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

let sequence = 0;

export async function measureRun(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<RunOutcome> {
  const timeFile = join(options.cwd, `time-${sequence++}.txt`);
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, command, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
  const wallMs = performance.now() - started;
  // GNU time writes "Command exited with non-zero status N" before its line when the command fails.
  const [rssKb, user, system] = ((await readFile(timeFile, 'utf8')).trim().split('\n').pop() ?? '').split(' ').map(Number);
  await rm(timeFile, { force: true });
  return { wallMs, peakRssMb: rssKb / 1024, cpuSeconds: user + system, exitCode, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** `median (min-max)` in seconds, the form every wall-time cell of the report takes. */
export function secondsCell(ms: number[]): string {
  const f = (v: number) => (v / 1000).toFixed(2);
  return ms.length > 1 ? `${f(median(ms))} (${f(Math.min(...ms))}–${f(Math.max(...ms))})` : f(ms[0]);
}
