// Runs the remote Python locally, the way the controller runs it on a host, and looks at what it
// leaves behind: records in a temp async dir and processes in /proc.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinModuleFile } from '../../../src/target/payloads.js';

// CASTOFF_TEST_PYTHON=/path/to/python3.6 runs the suite against the oldest Python we support. The
// interpreter is resolved once so that no launcher shim (pyenv) slows down every run.
export const PYTHON = execFileSync(process.env.CASTOFF_TEST_PYTHON ?? 'python3', ['-c', 'import sys; print(sys.executable)'], {
  encoding: 'utf8',
}).trim();
export const REMOTE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../remote');
export const WRAPPER = join(REMOTE_DIR, 'async_wrapper.py');
export const JID_PATTERN = /^j\d+\.\d+$/;
export const TIMESTAMP_PATTERN = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/;
export const DELTA_PATTERN = /^\d+:\d\d:\d\d\.\d{6}$/;

export type JobRecord = Record<string, unknown>;

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  pid: number;
  elapsedMs: number;
}

/** The file of built-in module `name`, as the controller maps it. */
export function modulePath(name: string): string {
  const file = builtinModuleFile(name);
  if (!file) throw new Error(`no built-in module '${name}'`);
  return join(REMOTE_DIR, file);
}

/** Runs a command to its end. `fileSizeLimitBlocks` sets `ulimit -f` first, to simulate a full disk. */
export function run(command: string, args: string[], options: { fileSizeLimitBlocks?: number } = {}): Promise<Finished> {
  const limited = options.fileSizeLimitBlocks !== undefined;
  const child = limited
    ? spawn('/bin/sh', ['-c', `ulimit -f ${options.fileSizeLimitBlocks} && exec "$@"`, 'sh', command, ...args])
    : spawn(command, args);
  const started = performance.now();
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      resolvePromise({ code, stdout, stderr, pid: child.pid ?? -1, elapsedMs: performance.now() - started }),
    );
  });
}

export function runPython(args: string[], options: { fileSizeLimitBlocks?: number } = {}): Promise<Finished> {
  return run(PYTHON, args, options);
}

/** The one JSON line a wrapper command or a module prints. */
export function parseReply(finished: Finished): JobRecord {
  const lines = finished.stdout.split('\n').filter((line) => line !== '');
  if (lines.length !== 1) throw new Error(`expected one JSON line, got: ${finished.stdout}${finished.stderr}`);
  return JSON.parse(lines[0]) as JobRecord;
}

const tempDirs: string[] = [];
const launchedJobs: string[] = [];

export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'castoff-remote-'));
  tempDirs.push(dir);
  return dir;
}

/** Kills whatever a failed test left running, and removes the temp dirs. */
export async function cleanUp(): Promise<void> {
  for (const jid of launchedJobs.splice(0)) {
    for (const pid of jobProcesses(jid)) killQuietly(pid, 'SIGKILL');
  }
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

export async function writeJson(dir: string, name: string, value: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(value));
  return path;
}

/** A custom module in a temp dir; `mode` 0o755 makes it executable. */
export async function writeModule(dir: string, name: string, content: string, mode = 0o644): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  await chmod(path, mode);
  return path;
}

export function randomPrefix(): string {
  return `j${Math.floor(Math.random() * 1e12)}`;
}

export interface Launched {
  jid: string;
  reply: JobRecord;
  launch: Finished;
  statusPath: string;
  /** The status file as it was the moment the launch command returned. */
  recordAtLaunch: JobRecord;
}

export interface LaunchOptions {
  limit?: number | string;
  prefix?: string;
  fileSizeLimitBlocks?: number;
  /** The wrapper's optional last argument: bytes kept of each output stream. */
  outputLimit?: number;
}

/** Launches `module` with `args` as an async job and checks that the launch worked. */
export async function launchJob(
  asyncDir: string,
  module: string,
  args: unknown,
  options: LaunchOptions = {},
): Promise<Launched> {
  const argsPath = await writeJson(await makeTempDir(), 'args.json', args);
  const prefix = options.prefix ?? randomPrefix();
  const outputLimit = options.outputLimit === undefined ? [] : [String(options.outputLimit)];
  const launch = await runPython([WRAPPER, prefix, String(options.limit ?? 10), asyncDir, module, argsPath, ...outputLimit], options);
  const reply = parseReply(launch);
  if (reply.started !== 1) throw new Error(`launch failed: ${launch.stdout}`);
  const jid = String(reply.ansible_job_id);
  launchedJobs.push(jid);
  const statusPath = join(asyncDir, jid);
  return { jid, reply, launch, statusPath, recordAtLaunch: JSON.parse(readFileSync(statusPath, 'utf8')) as JobRecord };
}

export async function readRecord(path: string): Promise<JobRecord> {
  return JSON.parse(await readFile(path, 'utf8')) as JobRecord;
}

/** Polls the status file until its record is final (no `started` key). */
export async function waitForFinalRecord(path: string, timeoutMs = 30_000): Promise<JobRecord> {
  const ends = performance.now() + timeoutMs;
  while (performance.now() < ends) {
    const record = await readRecord(path);
    if (!('started' in record)) return record;
    await sleep(20);
  }
  throw new Error(`${path} is still not final after ${timeoutMs} ms`);
}

/** Re-checks `probe` until it holds or `timeoutMs` passes; returns whether it held. */
export async function until(probe: () => boolean, timeoutMs = 15_000): Promise<boolean> {
  const ends = performance.now() + timeoutMs;
  while (!probe()) {
    if (performance.now() > ends) return false;
    await sleep(50);
  }
  return true;
}

/** Launches a job and waits for its final record. */
export async function runJob(asyncDir: string, module: string, args: unknown, options: LaunchOptions = {}) {
  const launched = await launchJob(asyncDir, module, args, options);
  return { ...launched, record: await waitForFinalRecord(launched.statusPath) };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}

interface ProcStat {
  state: string;
  ppid: number;
}

export function procStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], ppid: Number(fields[1]) };
  } catch {
    return undefined;
  }
}

function allPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/** Live (non-zombie) processes whose environment carries the job's marker. */
export function jobProcesses(jid: string): number[] {
  const marker = `CASTOFF_JOB_ID=${jid}`;
  return allPids().filter((pid) => {
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      return environ.includes(marker) && procStat(pid)?.state !== 'Z';
    } catch {
      return false;
    }
  });
}

export function childrenOf(parentPid: number): Array<{ pid: number; state: string }> {
  return allPids().flatMap((pid) => {
    const stat = procStat(pid);
    return stat && stat.ppid === parentPid ? [{ pid, state: stat.state }] : [];
  });
}

export function isAlive(pid: number): boolean {
  const stat = procStat(pid);
  return stat !== undefined && stat.state !== 'Z';
}

export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}
