/**
 * The answer of an interpreter probe, kept on disk so that a run normally starts no Python to find
 * ansible-core. An entry holds while the interpreter file and ansible-core's `release.py` keep their
 * modification times; only installations found are kept, so installing Ansible later is noticed.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** What a probe found: ansible-core's package folder and version. */
export interface ProbeAnswer {
  packageDir: string;
  version: string;
}

interface CacheEntry extends ProbeAnswer {
  interpreterMtimeMs: number;
  releaseMtimeMs: number;
}

type CacheFile = Record<string, CacheEntry>;

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(env.HOME ?? homedir(), '.cache'), 'castoff');
}

const cacheFile = (dir: string): string => join(dir, 'ansible-installation.json');

function mtimeOf(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function readCache(dir: string): CacheFile {
  try {
    const parsed: unknown = JSON.parse(readFileSync(cacheFile(dir), 'utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as CacheFile) : {};
  } catch {
    return {};
  }
}

/** The cached answer for an interpreter (absolute path), if it still holds. */
export function cachedProbe(dir: string, interpreter: string): ProbeAnswer | undefined {
  const entry = readCache(dir)[interpreter];
  if (typeof entry?.packageDir !== 'string' || typeof entry.version !== 'string') return undefined;
  const fresh = mtimeOf(interpreter) === entry.interpreterMtimeMs && mtimeOf(join(entry.packageDir, 'release.py')) === entry.releaseMtimeMs;
  return fresh ? { packageDir: entry.packageDir, version: entry.version } : undefined;
}

/** Keeps an answer; a cache that cannot be written only costs the next run a probe. */
export function storeProbe(dir: string, interpreter: string, answer: ProbeAnswer): void {
  const interpreterMtimeMs = mtimeOf(interpreter);
  const releaseMtimeMs = mtimeOf(join(answer.packageDir, 'release.py'));
  if (interpreterMtimeMs === undefined || releaseMtimeMs === undefined) return;
  try {
    mkdirSync(dir, { recursive: true });
    const entries = { ...readCache(dir), [interpreter]: { ...answer, interpreterMtimeMs, releaseMtimeMs } };
    const temporary = `${cacheFile(dir)}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(entries, null, 2));
    renameSync(temporary, cacheFile(dir));
  } catch {
    // Not worth failing a run for: the answer is still used in this process.
  }
}
