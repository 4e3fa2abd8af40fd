/** Which installed module file a task's module name means. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AnsibleInstallation, AnsibleModuleRef } from './types.js';

const BUILTIN_PREFIXES = ['ansible.builtin.', 'ansible.legacy.'];

/**
 * The module a name refers to: a short name or `ansible.builtin.`/`ansible.legacy.` one is
 * ansible-core's, `namespace.collection.module` is looked up in the collection roots in order.
 */
export function resolveAnsibleModule(name: string, installation: AnsibleInstallation): AnsibleModuleRef | undefined {
  const prefix = BUILTIN_PREFIXES.find((p) => name.startsWith(p));
  const parts = name.split('.');
  if (prefix || parts.length === 1) {
    const short = prefix ? name.slice(prefix.length) : name;
    const file = join(installation.packageDir, 'modules', `${short}.py`);
    return existsSync(file) ? { fqcn: `ansible.builtin.${short}`, file, installation } : undefined;
  }
  if (parts.length !== 3) return undefined;
  const [namespace, collection, module] = parts;
  for (const root of installation.collectionRoots) {
    const dir = join(root, 'ansible_collections', namespace, collection);
    const file = join(dir, 'plugins', 'modules', `${module}.py`);
    if (existsSync(file)) return { fqcn: name, file, collection: { namespace, name: collection, dir }, installation };
  }
  return undefined;
}
