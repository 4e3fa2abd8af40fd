import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { SourcePosition } from '../core/errors.js';
import type { LoadContext, SourceFile } from './context.js';
import { readYaml } from '../source/yaml.js';

export interface IncludedFile {
  src: SourceFile;
  value: unknown;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds and reads a file named by `import_tasks`, `include_tasks` or `import_playbook`: relative
 * to the including file, then to the top playbook's folder. A missing file and an include loop are
 * errors at the include (`at`); returns undefined after reporting.
 */
export async function loadIncludedFile(
  reference: string,
  from: SourceFile,
  at: SourcePosition,
  label: string,
  ctx: LoadContext,
): Promise<IncludedFile | undefined> {
  const candidates = isAbsolute(reference) ? [reference] : [join(dirname(from.file), reference), join(ctx.playbookDir, reference)];
  let found: string | undefined;
  for (const candidate of candidates) {
    if (await isFile(candidate)) {
      found = candidate;
      break;
    }
  }
  if (found === undefined) {
    ctx.diag.error(at, `${label}: could not find or access '${reference}'`);
    return undefined;
  }
  const absolute = resolve(found);
  if (from.includeChain.includes(absolute)) {
    const start = from.includeChain.indexOf(absolute);
    const loop = [...from.includeNames.slice(start), found].join(' -> ');
    ctx.diag.error(at, `${label}: include loop: ${loop}`);
    return undefined;
  }
  const loaded = readYaml(await readFile(found, 'utf8'), found, ctx.diag, ctx.yaml);
  if (!loaded) return undefined;
  return {
    src: {
      file: found,
      positions: loaded.positions,
      includeChain: [...from.includeChain, absolute],
      includeNames: [...from.includeNames, found],
    },
    value: loaded.value,
  };
}
