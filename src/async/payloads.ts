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
  /** Relative path -> content. */
  files: Record<string, string>;
}

/** The `remote/` directory of this castoff installation. */
export function findRemoteDir(): string {
  // Works from src/ (tests) and from dist/src/ (the built package) alike.
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'remote', 'async_wrapper.py')) && existsSync(join(dir, 'package.json'))) return join(dir, 'remote');
  }
  throw new Error('castoff is installed without its remote/ directory');
}

function bundle(prefix: string, files: Record<string, string>): PayloadBundle {
  const hash = createHash('sha256');
  for (const name of Object.keys(files).sort()) hash.update(name).update('\0').update(files[name]).update('\0');
  return { dirName: `${prefix}-${hash.digest('hex').slice(0, 16)}`, files };
}

let runtime: PayloadBundle | undefined;

/** async_wrapper.py and every built-in module. */
export function runtimeBundle(): PayloadBundle {
  if (!runtime) {
    const remote = findRemoteDir();
    const files: Record<string, string> = { 'async_wrapper.py': readFileSync(join(remote, 'async_wrapper.py'), 'utf8') };
    for (const name of readdirSync(join(remote, 'modules'))) {
      if (name.endsWith('.py')) files[`modules/${name}`] = readFileSync(join(remote, 'modules', name), 'utf8');
    }
    runtime = bundle('runtime', files);
  }
  return runtime;
}

export function builtinModuleNames(): string[] {
  return Object.keys(runtimeBundle().files)
    .filter((f) => f.startsWith('modules/') && !basename(f).startsWith('_'))
    .map((f) => basename(f, '.py'));
}

/** A custom module from a playbook's `library/`: shipped on its own, keyed by its content. */
export function libraryModuleBundle(localPath: string): PayloadBundle {
  return bundle('library', { [basename(localPath)]: readFileSync(localPath, 'utf8') });
}
