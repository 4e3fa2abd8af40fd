/**
 * Folders searched for modules on the controller, in Ansible's order. Collections: the playbook's
 * own `collections/` folder, the configured collection paths (or Ansible's default ones), then the
 * `ansible_collections` package installed beside ansible-core. Custom modules: the configured
 * `library` folders, or Ansible's default ones.
 */
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

/** Ansible's default `collections_path`. */
export function defaultCollectionsPaths(env: NodeJS.ProcessEnv = process.env): string[] {
  return [join(env.HOME ?? homedir(), '.ansible', 'collections'), '/usr/share/ansible/collections'];
}

/** Ansible's default `library`: folders of custom modules searched after the playbook's `library/`. */
export function defaultLibraryPaths(env: NodeJS.ProcessEnv = process.env): string[] {
  return [join(env.HOME ?? homedir(), '.ansible', 'plugins', 'modules'), '/usr/share/ansible/plugins/modules'];
}

const isDirectory = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

/**
 * Each root is a folder holding `ansible_collections/`; a path written with the
 * `ansible_collections` part is taken as its parent, as Ansible does. Roots without that folder are
 * left out, and so are repeats.
 */
export function collectionRoots(options: {
  playbookDir?: string;
  collectionsPaths?: string[];
  packageDir?: string;
  env?: NodeJS.ProcessEnv;
}): string[] {
  const wanted = [
    ...(options.playbookDir ? [join(options.playbookDir, 'collections')] : []),
    ...(options.collectionsPaths ?? defaultCollectionsPaths(options.env)),
    ...(options.packageDir ? [dirname(options.packageDir)] : []),
  ];
  const roots: string[] = [];
  for (const path of wanted) {
    const root = resolve(basename(path) === 'ansible_collections' ? dirname(path) : path);
    if (!roots.includes(root) && isDirectory(join(root, 'ansible_collections'))) roots.push(root);
  }
  return roots;
}
