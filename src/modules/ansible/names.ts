/** Names of installed modules, for did-you-mean suggestions (read from folders, never parsed). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AnsibleInstallation } from './types.js';

function moduleFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((file) => file.endsWith('.py') && !file.startsWith('_'))
      .map((file) => file.slice(0, -3));
  } catch {
    return [];
  }
}

/**
 * The names a misspelt `name` may have meant: ansible-core's modules by short name, and for a
 * `namespace.collection.module` name the modules of that collection.
 */
export function installedModuleNames(installation: AnsibleInstallation, name: string): string[] {
  const names = moduleFiles(join(installation.packageDir, 'modules'));
  const parts = name.split('.');
  if (parts.length < 3) return names;
  const collection = `${parts[0]}.${parts[1]}`;
  for (const root of installation.collectionRoots) {
    const modules = moduleFiles(join(root, 'ansible_collections', parts[0], parts[1], 'plugins', 'modules'));
    if (modules.length > 0) return [...names, ...modules.map((module) => `${collection}.${module}`)];
  }
  return names;
}
