/**
 * Finding the user's Ansible installation. Candidates, best first: the configured interpreter or
 * package folder (`castoff_ansible_python`), the Python of `ansible-playbook`'s `#!` line, then
 * `python3` on PATH; the interpreter on PATH is often not the one that has ansible-core (a pyenv or
 * venv python3 next to a distribution's ansible-core). An interpreter is asked once; its answer is
 * kept on disk and in memory, so a run normally starts no Python for this.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { collectionRoots } from './search-paths.js';
import { cachedProbe, defaultCacheDir, type ProbeAnswer, storeProbe } from './installation-cache.js';
import type { AnsibleInstallation, AnsibleSearchOptions } from './types.js';

const run = promisify(execFile);
const PROBE_TIMEOUT_MS = 20_000;

const PROBE = `import json, os, ansible
from ansible.release import __version__
print(json.dumps({'dir': os.path.dirname(os.path.abspath(ansible.__file__)), 'version': __version__}))`;

/** One place castoff looked for ansible-core, described for the error when none has it. */
export interface Candidate {
  /** An interpreter to ask, or an `ansible` package folder to read. */
  path?: string;
  kind: 'interpreter' | 'package';
  /** How it was found, e.g. `python3 on PATH`. */
  source: string;
}

function executableOnPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const path = join(dir, name);
    try {
      accessSync(path, constants.X_OK);
      if (statSync(path).isFile()) return resolve(path);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** The interpreter a launcher's `#!` line names (`#!/usr/bin/env python3` means python3 on PATH). */
function shebangInterpreter(launcher: string, env: NodeJS.ProcessEnv): string | undefined {
  const firstLine = readFileSync(launcher, 'utf8').slice(0, 512).split('\n', 1)[0];
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(firstLine);
  if (!shebang) return undefined;
  if (shebang[1].endsWith('/env') && shebang[2]) return isAbsolute(shebang[2]) ? shebang[2] : executableOnPath(shebang[2], env);
  return shebang[1];
}

const isPackageDir = (path: string): boolean => existsSync(join(path, '__init__.py')) && existsSync(join(path, 'release.py'));

/** Where to look, best first; a configured name that is not a path is looked up on PATH. */
export function candidates(options: AnsibleSearchOptions = {}): Candidate[] {
  const env = options.env ?? process.env;
  const found: Candidate[] = [];
  if (options.python) {
    const configured = options.python.includes('/') ? resolve(options.python) : executableOnPath(options.python, env);
    const source = `castoff_ansible_python=${options.python}`;
    if (configured && existsSync(configured) && statSync(configured).isDirectory()) {
      found.push({ path: isPackageDir(join(configured, 'ansible')) ? join(configured, 'ansible') : configured, kind: 'package', source });
    } else {
      found.push({ path: configured, kind: 'interpreter', source });
    }
  }
  const launcher = executableOnPath('ansible-playbook', env);
  if (launcher) found.push({ path: shebangInterpreter(launcher, env), kind: 'interpreter', source: `the #! line of ${launcher}` });
  else found.push({ kind: 'interpreter', source: 'ansible-playbook on PATH' });
  found.push({ path: executableOnPath('python3', env), kind: 'interpreter', source: 'python3 on PATH' });
  return found;
}

/**
 * The controller's Python, for `ansible_playbook_python`: the interpreter castoff would ask first
 * for ansible-core (the configured one, `ansible-playbook`'s, `python3` on PATH).
 */
export function controllerPython(options: AnsibleSearchOptions = {}): string {
  return candidates(options).find((c) => c.kind === 'interpreter' && c.path !== undefined)?.path ?? 'python3';
}

/** ansible-core's version from its `release.py`, read without starting Python. */
function releaseVersion(packageDir: string): string | undefined {
  const text = readFileSync(join(packageDir, 'release.py'), 'utf8');
  return /^__version__\s*=\s*['"]([^'"]+)['"]/m.exec(text)?.[1];
}

async function askInterpreter(python: string, cacheDir: string): Promise<ProbeAnswer | string> {
  const cached = cachedProbe(cacheDir, python);
  if (cached) return cached;
  try {
    const { stdout } = await run(python, ['-c', PROBE], { timeout: PROBE_TIMEOUT_MS });
    const reply = JSON.parse(stdout.trim().split('\n').pop() ?? '') as { dir?: unknown; version?: unknown };
    if (typeof reply.dir !== 'string' || typeof reply.version !== 'string') return 'gave no answer';
    const answer = { packageDir: reply.dir, version: reply.version };
    storeProbe(cacheDir, python, answer);
    return answer;
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n').pop();
    return stderr || 'cannot import ansible';
  }
}

/** What one candidate gives: the installation's package folder and version, or why not. */
async function tryCandidate(candidate: Candidate, cacheDir: string): Promise<ProbeAnswer | string> {
  if (!candidate.path) return 'not found';
  if (candidate.kind === 'package') {
    const version = isPackageDir(candidate.path) ? releaseVersion(candidate.path) : undefined;
    return version ? { packageDir: candidate.path, version } : 'not an ansible package folder';
  }
  if (!existsSync(candidate.path)) return 'not found';
  return askInterpreter(candidate.path, cacheDir);
}

/** The outcome of a search: the installation found, and every place looked at, for messages. */
export interface InstallationSearch {
  installation?: AnsibleInstallation;
  /** Each candidate with what it gave, e.g. `python3 on PATH (/usr/bin/python3: cannot import ansible)`. */
  searched: string[];
}

const memo = new Map<string, Promise<{ answer?: ProbeAnswer & { python: string }; searched: string[] }>>();

async function searchFor(options: AnsibleSearchOptions): Promise<{ answer?: ProbeAnswer & { python: string }; searched: string[] }> {
  const cacheDir = options.cacheDir ?? defaultCacheDir(options.env);
  const searched: string[] = [];
  for (const candidate of candidates(options)) {
    const outcome = await tryCandidate(candidate, cacheDir);
    if (typeof outcome !== 'string') return { answer: { ...outcome, python: candidate.path ?? '' }, searched };
    searched.push(candidate.path ? `${candidate.source} (${candidate.path}: ${outcome})` : `${candidate.source} (not found)`);
  }
  return { searched };
}

/** Looks for ansible-core once per process for each PATH and configured interpreter. */
export async function searchAnsibleInstallation(options: AnsibleSearchOptions = {}): Promise<InstallationSearch> {
  const env = options.env ?? process.env;
  const key = JSON.stringify([options.python, env.PATH, options.cacheDir ?? defaultCacheDir(env)]);
  let found = memo.get(key);
  if (!found) {
    found = searchFor(options);
    memo.set(key, found);
  }
  const { answer, searched } = await found;
  if (!answer) return { searched };
  const installation: AnsibleInstallation = {
    packageDir: answer.packageDir,
    version: answer.version,
    python: answer.python,
    collectionRoots: collectionRoots({ ...options, packageDir: answer.packageDir }),
  };
  return { installation, searched };
}

/** The installation castoff uses, or undefined when no candidate has ansible-core. */
export async function findAnsibleInstallation(options: AnsibleSearchOptions = {}): Promise<AnsibleInstallation | undefined> {
  return (await searchAnsibleInstallation(options)).installation;
}
