/**
 * The Python that runs on hosts (`remote/`), read once from the package and content-addressed, so
 * a host keeps one copy per castoff version no matter how many runs or tasks use it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PayloadBundle {
  /** Directory name on the host: `runtime-<hash>` or `library-<hash>`. */
  dirName: string;
  /** Relative path -> content: text, or bytes (sent base64-encoded). */
  files: Record<string, string | Buffer>;
  /**
   * Ask the host whether it already holds the bundle before sending it: worth a round trip for
   * large payloads, which a host then never receives twice (across runs too).
   */
  checkFirst?: boolean;
  /**
   * Zips of `files` the host unpacks once, at install, into a directory beside each, named without
   * `.zip`. Python imports from the zip are compiled again by every run; from plain files Python
   * keeps their bytecode on the host, which saves a module run about a fifth of its CPU.
   */
  unzip?: string[];
}

/** A module that ships as its own bundle (an Ansible module payload): the bundle and the file in it Python runs. */
export interface ShippedPayload {
  bundle: PayloadBundle;
  entry: string;
}

/** The `remote/` directory of this castoff installation. */
export function findRemoteDir(): string {
  // Works from src/ (tests) and from dist/src/ (the built package) alike.
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'remote', 'async_wrapper.py')) && existsSync(join(dir, 'package.json'))) return join(dir, 'remote');
  }
  throw new Error('castoff is installed without its remote/ directory');
}

function bundle(prefix: string, files: Record<string, string | Buffer>, unzip?: string[]): PayloadBundle {
  const hash = createHash('sha256');
  for (const name of Object.keys(files).sort()) hash.update(name).update('\0').update(files[name]).update('\0');
  // What the host makes of the files is part of the directory's content.
  if (unzip) hash.update(`unzip:${unzip.join('\0')}`);
  return { dirName: `${prefix}-${hash.digest('hex').slice(0, 16)}`, files, ...(unzip && { unzip }) };
}

/** A large bundle named by its content (`<prefix>-<hash>`), sent only to hosts that lack it. */
export function contentBundle(prefix: string, files: Record<string, string | Buffer>, unzip?: string[]): PayloadBundle {
  return { ...bundle(prefix, files, unzip), checkFirst: true };
}

let runtime: PayloadBundle | undefined;

/** async_wrapper.py, the warm helper (helper.py) and every built-in module. */
export function runtimeBundle(): PayloadBundle {
  if (!runtime) {
    const remote = findRemoteDir();
    const files: Record<string, string> = {
      'async_wrapper.py': readFileSync(join(remote, 'async_wrapper.py'), 'utf8'),
      'helper.py': readFileSync(join(remote, 'helper.py'), 'utf8'),
    };
    for (const name of readdirSync(join(remote, 'modules'))) {
      if (name.endsWith('.py')) files[`modules/${name}`] = readFileSync(join(remote, 'modules', name), 'utf8');
    }
    runtime = bundle('runtime', files);
  }
  return runtime;
}

/**
 * Built-in modules whose file is not `<name>.py`: a file named after a standard-library module
 * (`stat`, `copy`) would shadow it for every import made from the modules directory. This is the
 * one place a module name is mapped to its file.
 */
const MODULE_FILES: Readonly<Record<string, string>> = { copy: 'copy_module.py', stat: 'stat_module.py' };
const RENAMED_FILES = new Set(Object.values(MODULE_FILES));

function moduleFileName(name: string): string {
  return Object.hasOwn(MODULE_FILES, name) ? MODULE_FILES[name] : `${name}.py`;
}

/** The bundle path (`modules/<file>`) of built-in module `name`; undefined when there is no such module. */
export function builtinModuleFile(name: string): string | undefined {
  const file = moduleFileName(name);
  // Helpers (`_castoff_*.py`) are no modules, nor is a renamed file under its own name (`stat_module`).
  if (name.startsWith('_') || (file === `${name}.py` && RENAMED_FILES.has(file))) return undefined;
  const path = `modules/${file}`;
  return path in runtimeBundle().files ? path : undefined;
}

export function builtinModuleNames(): string[] {
  const byFile = new Map(Object.entries(MODULE_FILES).map(([name, file]) => [file, name]));
  return Object.keys(runtimeBundle().files)
    .filter((f) => f.startsWith('modules/') && !basename(f).startsWith('_'))
    .map((f) => byFile.get(basename(f)) ?? basename(f, '.py'));
}

/** A custom module from a playbook's `library/`: shipped on its own, keyed by its content. */
export function libraryModuleBundle(localPath: string): PayloadBundle {
  return bundle('library', { [basename(localPath)]: readFileSync(localPath, 'utf8') });
}
