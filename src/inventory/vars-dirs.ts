import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Diagnostics } from '../source/diagnostics.js';
import { readVarsText } from '../source/vars-text.js';
import type { VaultKeyring } from '../source/vault/index.js';
import type { VarMap } from './types.js';

const VARS_EXTENSIONS = new Set(['', '.yml', '.yaml', '.json']);

async function entriesOf(dir: string): Promise<Dirent[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}

function isVarsFile(entry: Dirent): boolean {
  return entry.isFile() && !entry.name.startsWith('.') && VARS_EXTENSIONS.has(extname(entry.name));
}

/** Every vars file under a `NAME/` folder, depth first, in name order. */
async function filesUnder(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await entriesOf(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) files.push(...(await filesUnder(path)));
    else if (isVarsFile(entry)) files.push(path);
  }
  return files;
}

/**
 * Reads `group_vars/` or `host_vars/`: for each known name, `NAME`, `NAME.yml`, `NAME.yaml`,
 * `NAME.json` and every such file under a `NAME/` folder, merged in name order. Files for names
 * the inventory does not know are ignored, as in Ansible.
 */
export async function readVarsDir(dir: string, known: ReadonlySet<string>, diag: Diagnostics, vault?: VaultKeyring): Promise<Map<string, VarMap>> {
  const byName = new Map<string, VarMap>();
  for (const entry of await entriesOf(dir)) {
    const path = join(dir, entry.name);
    let name: string;
    let files: string[];
    if (entry.isDirectory()) {
      name = entry.name;
      files = known.has(name) ? await filesUnder(path) : [];
    } else if (isVarsFile(entry)) {
      name = entry.name.slice(0, entry.name.length - extname(entry.name).length);
      files = known.has(name) ? [path] : [];
    } else {
      continue;
    }
    for (const file of files) {
      const vars = readVarsText(await readFile(file, 'utf8'), file, diag, { vault });
      if (vars) byName.set(name, { ...byName.get(name), ...vars });
    }
  }
  return byName;
}
