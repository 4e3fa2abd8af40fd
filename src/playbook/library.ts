import { readdir } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { LibraryModule } from './types.js';

/**
 * Adds the custom modules of a `library/` folder: each file is a module named after the file
 * without its extension (`library/check_app.py` is `check_app`). Modules already known win on a
 * name clash, so folders are added from highest priority to lowest. A missing folder adds nothing.
 */
export async function addLibraryModules(folder: string, modules: Map<string, LibraryModule>): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!(entry.isFile() || entry.isSymbolicLink()) || entry.name.startsWith('.') || entry.name.startsWith('__init__')) {
      continue;
    }
    const name = entry.name.slice(0, entry.name.length - extname(entry.name).length);
    if (!modules.has(name)) modules.set(name, { name, path: resolve(join(folder, entry.name)) });
  }
}
