/** Finding the controller-side files a task names (`copy: src=`, `script:`, `template:`), as Ansible searches. */
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** The folders a task's relative paths are searched from: its search dirs (role first), else its file's folder. */
export function searchDirsOf(ctx: { baseDir: string; searchDirs?: readonly string[] }): readonly string[] {
  return ctx.searchDirs ?? [ctx.baseDir];
}

/**
 * Where a relative path is looked up: in each search folder (the role's, the task file's, the
 * playbook's), its `files/` subfolder (`templates/` for a template, `vars/` for include_vars)
 * first, then the folder itself.
 */
export function localCandidates(dirs: string | readonly string[], path: string, folder = 'files'): string[] {
  if (isAbsolute(path)) return [path];
  return (typeof dirs === 'string' ? [dirs] : dirs).flatMap((dir) => [join(dir, folder, path), join(dir, path)]);
}

export function findLocalFile(dirs: string | readonly string[], path: string, folder = 'files'): string | undefined {
  return localCandidates(dirs, path, folder).find((candidate) => existsSync(candidate));
}

export function notFoundMessage(path: string): string {
  return `Could not find or access '${path}' on the Ansible Controller.`;
}

/** Ansible's message for a missing file that names the places searched. */
export function notFoundSearchedMessage(path: string, searched: readonly string[]): string {
  return `Could not find or access '${path}'\nSearched in:\n${searched.map((candidate) => `\t${resolve(candidate)}`).join('\n')} on the Ansible Controller.`;
}

/** What copy-like modules add: the file may have been meant to be on the host. */
export const REMOTE_SRC_HINT = 'If you are using a module and expect the file to exist on the remote, see the remote_src option';
