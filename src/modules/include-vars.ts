/**
 * `include_vars`: variables from YAML/JSON files on the controller (`file`, or every file of a
 * `dir`), set for the host like set_fact's (castoff keeps one layer for both; Ansible puts
 * include_vars just below set_fact). The files are the user's own, so their values are not host
 * data: templates in them render when read, as Ansible does.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ModuleResult } from '../core/index.js';
import { CastoffError } from '../core/errors.js';
import { Diagnostics } from '../source/diagnostics.js';
import { bool, nonNegativeInt, objectOf, oneOfWords, stringList, text } from '../source/schema-values.js';
import { readVarsText } from '../source/vars-text.js';
import type { VaultKeyring } from '../source/vault/index.js';
import { toPlain } from '../template/index.js';
import { path } from './arg-specs.js';
import { isTrue, textArg } from './args.js';
import { hostModule } from './define.js';
import { findLocalFile, localCandidates, notFoundSearchedMessage, REMOTE_SRC_HINT, searchDirsOf } from './local-files.js';
import { FACTS_KEY } from './types.js';
import { chooseVarsFiles, type DirListing, type VarsDirRules } from './vars-dir.js';

const DEFAULT_EXTENSIONS = ['yaml', 'yml', 'json'];
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Ansible's include_vars reports a failure in `message`, naming the files read before it; it sets no variables. */
function failure(message: string, files: string[] = []): ModuleResult {
  return { failed: true, changed: false, message, [FACTS_KEY]: {}, ansible_included_var_files: files } as ModuleResult;
}

function listOf(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  return (Array.isArray(value) ? value : String(value).split(',')).map((item) => String(item).trim()).filter(Boolean);
}

async function walk(root: string): Promise<DirListing[]> {
  const listings: DirListing[] = [];
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const entries = await readdir(dir, { withFileTypes: true });
    listings.push({ dir, files: entries.filter((e) => e.isFile()).map((e) => e.name) });
    pending.push(...entries.filter((e) => e.isDirectory()).map((e) => join(dir, e.name)));
  }
  return listings;
}

async function readVarsFile(file: string, vault: VaultKeyring | undefined): Promise<Record<string, unknown> | string> {
  const diag = new Diagnostics();
  const text = await readFile(file, 'utf8');
  const vars = readVarsText(text, file, diag, { vault });
  if (diag.errors.length > 0) {
    const notMapping = diag.errors.some((e) => e.message.includes('must be a mapping'));
    return notMapping ? `${file} must be stored as a dictionary/hash` : diag.errors.map((e) => e.message).join('\n');
  }
  return vars ?? {};
}

function dirRules(args: Record<string, unknown>): VarsDirRules | string {
  const pattern = textArg(args, 'files_matching');
  let filesMatching: RegExp | undefined;
  try {
    filesMatching = pattern === undefined ? undefined : new RegExp(pattern);
  } catch {
    return `Invalid regular expression: ${pattern}`;
  }
  return {
    depth: Number(args.depth ?? 0),
    filesMatching,
    ignoreFiles: listOf(args.ignore_files) ?? [],
    extensions: listOf(args.extensions) ?? DEFAULT_EXTENSIONS,
    ignoreUnknownExtensions: isTrue(args.ignore_unknown_extensions),
  };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `hash_behaviour: merge`: mappings of a later file merge into an earlier file's, recursively. */
function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (isMapping(current) && isMapping(value)) {
      const merged = { ...current };
      mergeInto(merged, value);
      target[key] = merged;
    } else {
      target[key] = value;
    }
  }
}

/** The files the task names, or the message it fails with. */
async function filesToRead(baseDir: readonly string[], args: Record<string, unknown>): Promise<{ files: string[]; error?: string }> {
  const dir = textArg(args, 'dir');
  const file = textArg(args, 'file') ?? textArg(args, '_raw_params');
  if (dir !== undefined && file !== undefined) return { files: [], error: 'You are mixing file only and dir only arguments, these are incompatible' };
  if (dir !== undefined) {
    const found = resolve(findLocalFile(baseDir, dir, 'vars') ?? localCandidates(baseDir, dir, 'vars').at(-1)!);
    const info = await stat(found).catch(() => undefined);
    if (!info) return { files: [], error: `${found} directory does not exist` };
    if (!info.isDirectory()) return { files: [], error: `${found} is not a directory` };
    const rules = dirRules(args);
    if (typeof rules === 'string') return { files: [], error: rules };
    return chooseVarsFiles(found, await walk(found), rules);
  }
  if (file === undefined) return { files: [], error: 'one of file, dir or a free-form file name is required' };
  const found = findLocalFile(baseDir, file, 'vars');
  if (!found) return { files: [], error: `${notFoundSearchedMessage(file, localCandidates(baseDir, file, 'vars'))}\n${REMOTE_SRC_HINT}` };
  return { files: [resolve(found)] };
}

export const includeVarsModule = hostModule({
  name: 'include_vars',
  display: 'default',
  controllerOnly: true,
  supportsCheckMode: true,
  setsVariables: true,
  freeForm: true,
  freeFormOptions: ['file', 'dir', 'name', 'depth', 'files_matching', 'ignore_files', 'extensions', 'ignore_unknown_extensions', 'hash_behaviour'],
  args: objectOf({
    _raw_params: path,
    file: path,
    dir: path,
    name: text(),
    depth: nonNegativeInt,
    files_matching: text(),
    ignore_files: stringList,
    extensions: stringList,
    ignore_unknown_extensions: bool,
    hash_behaviour: oneOfWords(['replace', 'merge']),
  }),
  mutuallyExclusive: [['file', 'dir', '_raw_params']],
  async run(ctx) {
    const args = toPlain(ctx.args);
    const name = textArg(args, 'name');
    if (name !== undefined && !VARIABLE_NAME.test(name)) return failure(`The variable name '${name}' is not valid.`);
    const { files, error } = await filesToRead(searchDirsOf(ctx), args);
    const facts: Record<string, unknown> = {};
    const read: string[] = [];
    for (const file of files) {
      let vars: Record<string, unknown> | string;
      try {
        vars = await readVarsFile(file, ctx.vault);
      } catch (err) {
        if (err instanceof CastoffError || (err as NodeJS.ErrnoException).code !== undefined) return failure((err as Error).message, read);
        throw err;
      }
      if (typeof vars === 'string') return failure(vars, read);
      read.push(file);
      if (args.hash_behaviour === 'merge') mergeInto(facts, vars);
      else Object.assign(facts, vars);
    }
    if (error !== undefined) return failure(error, read);
    return { changed: false, [FACTS_KEY]: name !== undefined ? { [name]: facts } : facts, ansible_included_var_files: read };
  },
});
