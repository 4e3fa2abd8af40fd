/**
 * Ansible loads Python plugins from folders beside a playbook or in a role (`filter_plugins/`,
 * `lookup_plugins/`, ...). castoff runs no controller-side Python, so such a playbook would run
 * without them and fail later on an unknown filter or lookup: the user is told once, up front,
 * which folders are ignored.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The plugin folders Ansible reads beside a playbook or in a role. */
const PLUGIN_FOLDERS = [
  'action_plugins',
  'become_plugins',
  'cache_plugins',
  'callback_plugins',
  'connection_plugins',
  'filter_plugins',
  'inventory_plugins',
  'lookup_plugins',
  'strategy_plugins',
  'test_plugins',
  'vars_plugins',
];

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Adds the plugin folders present in `dir` (a playbook's folder or a role's) to `found`. */
export async function notePluginFolders(dir: string, found: Set<string>): Promise<void> {
  for (const name of PLUGIN_FOLDERS) {
    const path = join(dir, name);
    if (await isFolder(path)) found.add(path);
  }
}

/** The one warning naming every ignored plugin folder, or undefined when there are none. */
export function pluginFoldersWarning(found: ReadonlySet<string>): string | undefined {
  if (found.size === 0) return undefined;
  const list = [...found].join(', ');
  return `castoff does not load Ansible's Python plugins; these folders are ignored: ${list} (filters, tests and lookups they define are unknown to castoff)`;
}
