/**
 * Which files of a folder `include_vars: dir=` reads, in Ansible's order: the folder walked with
 * every level sorted by path, a folder's own files (sorted) before its subfolders, so a later file
 * overrides an earlier one. Pure over a listing, so the rules are tested without a filesystem.
 */
import { basename, extname, join, relative, sep } from 'node:path';

export interface VarsDirRules {
  /** 0 walks every level; 1 reads only the folder's own files. */
  depth: number;
  /** Only files whose name this finds a match in. */
  filesMatching?: RegExp;
  /** File names (regular expressions anchored at the end of the name) left out. */
  ignoreFiles: readonly string[];
  /** Extensions without the dot, e.g. `yml`; an empty extension means files without one. */
  extensions: readonly string[];
  /** Files with any other extension are skipped instead of failing the task. */
  ignoreUnknownExtensions: boolean;
}

/** The files to read in order; with `error`, the walk stopped there (Ansible still reads those before it). */
export interface VarsDirChoice {
  files: string[];
  error?: string;
}

/** A folder and the names of the files directly in it, as a walk gives them. */
export interface DirListing {
  dir: string;
  files: readonly string[];
}

export function hasVarsExtension(file: string, extensions: readonly string[]): boolean {
  return extensions.includes(extname(file).replace(/^\./, ''));
}

export function invalidExtensionMessage(file: string, extensions: readonly string[]): string {
  return `${file} does not have a valid extension: ${extensions.join(', ')}`;
}

function ignored(name: string, rules: VarsDirRules): boolean {
  return rules.ignoreFiles.some((pattern) => {
    try {
      return new RegExp(`${pattern}$`).test(name);
    } catch {
      return name === pattern;
    }
  });
}

/** The files to read from a walk of `root`. */
export function chooseVarsFiles(root: string, listings: readonly DirListing[], rules: VarsDirRules): VarsDirChoice {
  const chosen: string[] = [];
  const ordered = [...listings].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  for (const { dir, files } of ordered) {
    const level = dir === root ? 1 : relative(root, dir).split(sep).length + 1;
    if (rules.depth > 0 && level > rules.depth) continue;
    for (const name of [...files].sort()) {
      if (ignored(name, rules)) continue;
      if (rules.filesMatching && !rules.filesMatching.test(basename(name))) continue;
      const file = join(dir, name);
      if (!hasVarsExtension(name, rules.extensions)) {
        if (rules.ignoreUnknownExtensions) continue;
        return { files: chosen, error: invalidExtensionMessage(file, rules.extensions) };
      }
      chosen.push(file);
    }
  }
  return { files: chosen };
}
