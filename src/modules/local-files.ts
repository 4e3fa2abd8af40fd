/** Finding the controller-side files a task names (`copy: src=`, `script:`), as Ansible searches. */
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** A relative path is looked up in the playbook's `files/` folder first, then beside the playbook. */
export function findLocalFile(baseDir: string, path: string): string | undefined {
  const candidates = isAbsolute(path) ? [path] : [join(baseDir, 'files', path), join(baseDir, path)];
  return candidates.find((candidate) => existsSync(candidate));
}

export function notFoundMessage(path: string): string {
  return `Could not find or access '${path}' on the Ansible Controller.`;
}
