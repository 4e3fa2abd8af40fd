/**
 * A lock file next to the journal, held for the few milliseconds of an append or a rewrite. Appends
 * alone would be safe with O_APPEND, but a compaction reads the journal and renames a new one over
 * it: an append made in between would be lost. A lock left by a process that died (SIGKILL mid-
 * append) is taken over once its owner is gone or it is clearly too old.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { CastoffError } from '../core/errors.js';

/** The journal cannot be read or written. */
export class JournalError extends CastoffError {
  override name = 'JournalError';
}

const WAIT_MS = 5_000;
/** Nobody holds the lock this long; the owner may be on another machine (shared home). */
const STALE_MS = 30_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function ownerIsGone(lockFile: string): boolean {
  let pid: number;
  let age: number;
  try {
    pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    age = Date.now() - statSync(lockFile).mtimeMs;
  } catch {
    // Removed meanwhile: the next attempt will tell.
    return false;
  }
  if (age > STALE_MS) return true;
  if (!Number.isInteger(pid) || pid <= 0) return age > 1_000;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function tryLock(lockFile: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockFile, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } catch (err) {
    closeSync(fd);
    rmSync(lockFile, { force: true });
    throw err;
  }
  closeSync(fd);
  return true;
}

/** Runs `work` holding the lock; throws JournalError when another live process keeps it for 5 s. */
export function withJournalLock<T>(lockFile: string, work: () => T): T {
  const deadline = Date.now() + WAIT_MS;
  while (!tryLock(lockFile)) {
    if (ownerIsGone(lockFile)) {
      rmSync(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new JournalError(`the job journal is locked by another castoff process (${lockFile})`);
    sleepSync(10);
  }
  try {
    return work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}
