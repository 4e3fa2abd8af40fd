import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { SourcePosition } from '../core/errors.js';
import type { LoadContext, SourceFile } from './context.js';
import { readVarsText } from '../source/vars-text.js';
import { Diagnostics } from '../source/diagnostics.js';
import { isTemplate } from '../source/schema-values.js';
import type { VarsFileEntry } from './types.js';
import { describeValue } from '../source/validate.js';
import type { YamlOptions } from '../source/yaml.js';

/**
 * Loads a vars file, e.g. one of `vars_files` whose name is a template the executor rendered.
 * Throws ParseErrors when the file is not a mapping of variables.
 */
export async function loadVarsFile(file: string, opts: YamlOptions = {}): Promise<Record<string, unknown>> {
  const diag = new Diagnostics();
  const vars = readVarsText(await readFile(file, 'utf8'), file, diag, opts);
  diag.throwIfAny();
  return vars ?? {};
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** `vars_files` of a play: each entry a path or a list of paths of which the first found is used. */
export async function readVarsFiles(
  value: unknown,
  src: SourceFile,
  label: string,
  ctx: LoadContext,
  fallback: SourcePosition,
): Promise<VarsFileEntry[]> {
  if (value === null || value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  const entries: VarsFileEntry[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    const position = (Array.isArray(value) ? src.positions.value(value, i) : undefined) ?? fallback;
    const candidates = Array.isArray(item) ? item : [item];
    if (candidates.length === 0 || !candidates.every((c) => typeof c === 'string')) {
      ctx.diag.error(position, `${label}: 'vars_files' entries must be paths or lists of paths, got ${describeValue(item)}`);
      continue;
    }
    const entry: VarsFileEntry = { position, candidates: candidates as string[] };
    entries.push(entry);
    if (entry.candidates.some(isTemplate)) continue;
    const paths = entry.candidates.map((c) => (isAbsolute(c) ? c : join(dirname(src.file), c)));
    let found: string | undefined;
    for (const path of paths) {
      if (await exists(path)) {
        found = path;
        break;
      }
    }
    if (found === undefined) {
      ctx.diag.error(position, `${label}: could not find or access vars file ${entry.candidates.map((c) => `'${c}'`).join(' or ')}`);
      continue;
    }
    const vars = readVarsText(await readFile(found, 'utf8'), found, ctx.diag, ctx.yaml);
    if (vars) entry.loaded = { file: found, vars };
  }
  return entries;
}
