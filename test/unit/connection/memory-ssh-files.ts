import type { SshConfigFiles } from '../../../src/connection/ssh-config.js';

/** An in-memory file system: paths to contents; folders are implied by the paths. */
export function memoryFiles(tree: Record<string, string>, home = '/home/me'): SshConfigFiles {
  return {
    home,
    localUser: 'me',
    read: (path) => tree[path],
    list(dir) {
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      const names = Object.keys(tree)
        .filter((p) => p.startsWith(prefix))
        .map((p) => p.slice(prefix.length).split('/')[0]);
      return names.length ? [...new Set(names)] : undefined;
    },
  };
}
