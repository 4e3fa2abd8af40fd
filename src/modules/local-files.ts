/** Finding the controller-side files a task names (`copy: src=`, `script:`, `template:`), as Ansible searches. */
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * Where a relative path is looked up: the playbook's `files/` folder (`templates/` for a template,
 * `vars/` for include_vars) first, then beside the playbook.
 */
export function localCandidates(baseDir: string, path: string, folder = 'files'): string[] {
  return isAbsolute(path) ? [path] : [join(baseDir, folder, path), join(baseDir, path)];
}

export function findLocalFile(baseDir: string, path: string, folder = 'files'): string | undefined {
  return localCandidates(baseDir, path, folder).find((candidate) => existsSync(candidate));
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
