/**
 * Where roles and the files of their tasks are found, as Ansible searches: a role name in `roles/`
 * beside the playbook, the folder of the role that depends on it, `roles_path`, the playbook's
 * folder, then as a path; `ns.coll.role` in the installed collections.
 */
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Task } from './types.js';

/** Ansible's default `roles_path`. */
export function defaultRolesPaths(env: NodeJS.ProcessEnv = process.env): string[] {
  return [join(env.HOME ?? homedir(), '.ansible', 'roles'), '/usr/share/ansible/roles', '/etc/ansible/roles'];
}

const isDirectory = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();
const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/** The folders a role name is looked up in, in order (also named in the not-found message). */
export function roleSearchPaths(playbookDir: string, rolesPaths: readonly string[], parentRolePath?: string): string[] {
  const paths = [join(playbookDir, 'roles'), ...(parentRolePath ? [dirname(parentRolePath)] : []), ...rolesPaths, playbookDir];
  return [...new Set(paths.map((path) => resolve(path)))];
}

/** `ns.coll.role`: a role of an installed collection. */
export function isCollectionRole(name: string): boolean {
  return !name.includes('/') && name.split('.').length === 3;
}

/** The folder of a role by name or path, or undefined. */
export function findRoleDir(name: string, searchPaths: readonly string[], collectionRoots: readonly string[], playbookDir: string): string | undefined {
  if (isCollectionRole(name)) {
    const [namespace, collection, role] = name.split('.');
    for (const root of collectionRoots) {
      const dir = join(root, 'ansible_collections', namespace, collection, 'roles', role);
      if (isDirectory(dir)) return resolve(dir);
    }
    return undefined;
  }
  if (isAbsolute(name)) return isDirectory(name) ? resolve(name) : undefined;
  for (const base of [...searchPaths, playbookDir]) {
    const dir = join(base, name);
    if (isDirectory(dir)) return resolve(dir);
  }
  return undefined;
}

/** A role's file in `folder` (`tasks`, `vars`, ...) named `main` or by `*_from`: with `.yml`, `.yaml`, `.json` or as written. */
export function findRoleFile(rolePath: string, folder: string, name = 'main'): string | undefined {
  const base = join(rolePath, folder, name);
  return [`${base}.yml`, `${base}.yaml`, `${base}.json`, base].find(isFile);
}

/**
 * The folders a task's relative file names (`copy: src=`, `template: src=`, `script:`, lookups) are
 * searched from, nearest first: the task's role, the folder of the task's file, the playbook's
 * folder. Each is searched in its `files/` (or `templates/`, `vars/`) subfolder, then itself.
 */
export function taskSearchDirs(task: Pick<Task, 'role' | 'position'>, playbookDir: string): string[] {
  const dirs = [...(task.role ? [task.role.path] : []), dirname(resolve(task.position.file)), resolve(playbookDir)];
  return [...new Set(dirs)];
}
