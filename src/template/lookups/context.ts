/**
 * What a lookup knows of the render that called it: the variables (set by the renderer before
 * each engine call) and, from them, where controller files are searched.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { Vars } from '../render.js';

let current: Vars = {};

/** Called by the renderer just before the engine runs a template with these variables. */
export function setLookupVars(vars: Vars): void {
  current = vars;
}

export function lookupVars(): Vars {
  return current;
}

/** Runs `fn`, then gives back the variables of the calling render (a nested render replaced them). */
export function keepingLookupVars<T>(fn: () => T): T {
  const vars = current;
  try {
    return fn();
  } finally {
    current = vars;
  }
}

/** The playbook's directory: relative paths of pipe, password and the last resort of every search. */
export function baseDir(vars: Vars): string {
  const dir = vars.playbook_dir;
  return typeof dir === 'string' && dir !== '' ? dir : process.cwd();
}

/** `ansible_search_path` (the task's directories, innermost first), else the playbook's directory. */
export function searchPath(vars: Vars): string[] {
  const paths = vars.ansible_search_path;
  return Array.isArray(paths) && paths.length > 0 ? paths.map(String) : [baseDir(vars)];
}

export function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
}

/**
 * Where `name` is looked for, in Ansible's order: for each search path its `subdir/` (unless the
 * name already starts with it) and the path itself, then the same in the playbook's directory.
 */
export function searchCandidates(vars: Vars, subdir: string, name: string): string[] {
  const path = expandHome(name);
  if (isAbsolute(path)) return [path];
  const inSubdir = path.split('/')[0] === subdir;
  const candidates: string[] = [];
  for (const dir of [...searchPath(vars), baseDir(vars)]) {
    if (!inSubdir) candidates.push(resolve(dir, subdir, path));
    candidates.push(resolve(dir, path));
  }
  return [...new Set(candidates)];
}

/** The first existing candidate for `name`, or undefined. */
export function findInSearchPath(vars: Vars, subdir: string, name: string): string | undefined {
  return searchCandidates(vars, subdir, name).find((candidate) => existsSync(candidate));
}
