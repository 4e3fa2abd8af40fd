/**
 * Container starts and stops for the tests: one at a time on this machine, each with a deadline.
 *
 * A CI run once saw Debian 12's Docker engine (20.10.24) stop answering while it stopped four
 * containers at once and another file started its own: their network was left half torn down, and
 * every later start and stop hung, so every test file after it failed and the run never ended. That
 * engine has a known deadlock of that kind in its network code, when containers join and leave a
 * network at the same time (moby/moby#46661, fixed upstream in 20.10.27). So no two steps overlap,
 * across every test process (a lock directory naming its owner's pid); a start or a stop takes a
 * second or two. If the engine stops answering anyway, the dockerd that scripts/dockerd.sh started
 * is restarted (its stacks saved) and the step made once more: the containers of the file running
 * beside it are lost, not every file after it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { alive } from './processes.js';

const run = promisify(execFile);

const DOCKERD_SCRIPT = fileURLToPath(new URL('../../scripts/dockerd.sh', import.meta.url));

export interface StepOptions {
  /** The lock directory every test process on this machine shares. */
  lock: string;
  /** How long one step may take before the engine counts as stuck. */
  stepMs: number;
  /** How long to wait for the other processes' steps. */
  waitMs: number;
  /** Brings a stuck engine back; `what` is the step that found it stuck. */
  restart: (what: string) => Promise<void>;
}

class StepTimeout extends Error {}

/** The lock's owner, or undefined while the owner has made the directory but not yet named itself. */
function owner(lock: string): number | undefined {
  try {
    return Number(readFileSync(join(lock, 'owner'), 'utf8')) || undefined;
  } catch {
    return undefined;
  }
}

/** A lock whose owner died (or died before naming itself) is taken away. */
function stale(lock: string): boolean {
  const pid = owner(lock);
  if (pid !== undefined) return !alive(pid);
  try {
    return Date.now() - statSync(lock).mtimeMs > 10_000;
  } catch {
    return false;
  }
}

async function acquire(what: string, { lock, waitMs }: StepOptions): Promise<() => void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'owner'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (stale(lock)) rmSync(lock, { recursive: true, force: true });
    else if (Date.now() > deadline) throw new Error(`${what}: waited ${waitMs / 1000} s for the container steps of pid ${owner(lock)} (lock ${lock})`);
    else await sleep(50);
  }
}

async function within<T>(step: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout()), ms);
  });
  try {
    return await Promise.race([step, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function restartEngine(what: string): Promise<void> {
  console.warn(`${what}: Docker did not answer; restarting the engine`);
  try {
    const { stdout, stderr } = await run('bash', [DOCKERD_SCRIPT, 'restart'], { timeout: 180_000 });
    console.warn(`${stdout}${stderr}`);
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${what}: Docker did not answer, and it could not be restarted: ${`${stdout}${stderr}`.trim() || String(error)}`);
  }
}

// A host's start may try twice with testcontainers' 60 s wait for sshd's line each: a step gets
// longer than that before the engine counts as stuck.
const DEFAULTS: StepOptions = {
  lock: join(tmpdir(), 'castoff-test-containers.lock'),
  stepMs: 150_000,
  waitMs: 400_000,
  restart: restartEngine,
};

async function locked<T>(what: string, step: () => Promise<T>, limits: StepOptions): Promise<T> {
  const release = await acquire(what, limits);
  try {
    const first = step();
    try {
      return await within(first, limits.stepMs);
    } catch (error) {
      if (!(error instanceof StepTimeout)) throw error;
      // The stuck call fails once the engine it waits on is gone; nobody waits for it any more.
      first.catch(() => undefined);
    }
    await limits.restart(what);
    try {
      return await within(step(), limits.stepMs);
    } catch (error) {
      if (error instanceof StepTimeout) throw new Error(`${what}: Docker did not answer in ${limits.stepMs / 1000} s, even after a restart`);
      throw error;
    }
  } finally {
    release();
  }
}

/** This process's steps, in turn: the lock is one per process, so its own steps queue here first. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `step` (a container start or stop; `what` names it in errors) when no other step runs on
 * this machine, and restarts a stuck engine once, as the module comment says.
 */
export function containerStep<T>(what: string, step: () => Promise<T>, options: Partial<StepOptions> = {}): Promise<T> {
  const result = queue.then(() => locked(what, step, { ...DEFAULTS, ...options }));
  queue = result.catch(() => undefined);
  return result;
}
