/**
 * What AnsiballZ builds, built here: the module file plus every `module_utils` file it imports
 * (ansible-core's and collections', found by following imports), zipped with castoff's own
 * bootstrap as `__main__.py`. The zip travels to the host, which unpacks it once at install, and
 * `python3 payload/__main__.py <args file>` runs the module as `__main__` from plain files, so
 * Python keeps their bytecode there. Payloads are content-addressed: the same files give the same
 * bytes and the same directory on every host, so a host keeps one copy across runs.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CastoffError } from '../../core/errors.js';
import { contentBundle, findRemoteDir, type PayloadBundle } from '../../target/index.js';
import { pythonImports } from './imports.js';
import type { AnsibleModuleRef } from './types.js';
import { zipEntries } from './zip.js';

/** A module ready to ship: the bundle to install and the file in it that Python runs. */
export interface AnsiblePayload {
  bundle: PayloadBundle;
  /** File of the bundle to run with the host's Python: the bootstrap, in the unpacked zip. */
  entry: string;
  /** The zip as shipped, a file of the bundle. */
  archive: string;
  /** The module's import name inside the zip (`ansible.modules.lineinfile`). */
  moduleName: string;
}

/** A module that cannot be shipped (not Python, or its file unreadable). */
export class AnsiblePayloadError extends CastoffError {
  override name = 'AnsiblePayloadError';
}

const ARCHIVE = 'payload.zip';
const ENTRY = 'payload/__main__.py';
const SHIPPED = /^(?:ansible\.module_utils|ansible_collections\.[A-Za-z0-9_]+\.[A-Za-z0-9_]+\.plugins\.module_utils)(?:\.|$)/;

interface SourceFile {
  stamp: string;
  content: Buffer;
}

// Files read once per process while they stay the same (path, size and mtime).
const sources = new Map<string, SourceFile>();

function readSource(path: string): SourceFile | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return undefined;
  }
  if (!stat.isFile()) return undefined;
  const stamp = `${path}:${stat.size}:${stat.mtimeMs}`;
  const known = sources.get(path);
  if (known?.stamp === stamp) return known;
  const file = { stamp, content: readFileSync(path) };
  sources.set(path, file);
  return file;
}

/** Where a dotted name's file lies: `<root>/a/b/c.py` or the package `<root>/a/b/c/__init__.py`. */
interface Located {
  path: string;
  zipPath: string;
  isPackage: boolean;
}

function locateIn(root: string, dotted: string): Located | undefined {
  const rel = dotted.split('.').join('/');
  for (const [file, isPackage] of [[`${rel}.py`, false], [`${rel}/__init__.py`, true]] as const) {
    const path = join(root, file);
    if (readSource(path)) return { path, zipPath: file, isPackage };
  }
  return undefined;
}

class PayloadCollector {
  readonly entries = new Map<string, Buffer>();
  /** Every source file shipped, with the stamp it was read at: the payload's cache key. */
  readonly stamps: string[] = [];
  private readonly ansibleRoot: string;

  constructor(private readonly ref: AnsibleModuleRef) {
    this.ansibleRoot = dirname(ref.installation.packageDir);
  }

  private roots(dotted: string): string[] {
    if (dotted.startsWith('ansible.')) return [this.ansibleRoot];
    const roots = this.ref.collection ? [dirname(dirname(dirname(this.ref.collection.dir)))] : [];
    return [...new Set([...roots, ...this.ref.installation.collectionRoots])];
  }

  private locate(dotted: string): Located | undefined {
    if (!SHIPPED.test(dotted)) return undefined;
    for (const root of this.roots(dotted)) {
      const found = locateIn(root, dotted);
      if (found) return found;
    }
    return undefined;
  }

  /** Adds a file, the packages above it, and everything it imports. */
  add(dotted: string, located: Located): void {
    if (this.entries.has(located.zipPath)) return;
    const source = readSource(located.path)!;
    this.entries.set(located.zipPath, source.content);
    this.stamps.push(source.stamp);
    const parts = dotted.split('.');
    for (let n = 1; n < parts.length; n++) this.addPackage(parts.slice(0, n).join('.'));
    const filePackage = located.isPackage ? dotted : parts.slice(0, -1).join('.');
    for (const imported of pythonImports(source.content.toString('utf8'), filePackage)) this.addImport(imported.module, imported.names);
  }

  /** A package's `__init__.py`: its real one where it is shipped, else an empty one (a namespace). */
  private addPackage(dotted: string): void {
    const zipPath = `${dotted.split('.').join('/')}/__init__.py`;
    if (this.entries.has(zipPath)) return;
    const located = this.locate(dotted);
    if (located?.isPackage) return this.add(dotted, located);
    // ansible's own __init__.py imports the controller's code; modules need only its version.
    const own = dotted === 'ansible' ? `__version__ = ${JSON.stringify(this.ref.installation.version)}\n` : '';
    this.entries.set(zipPath, Buffer.from(own));
  }

  private addImport(module: string, names: string[]): void {
    if (!SHIPPED.test(module)) return;
    // `from pkg import name`: the name may be a submodule, a function or a class.
    for (const name of names) {
      const sub = this.locate(`${module}.${name}`);
      if (sub) this.add(`${module}.${name}`, sub);
    }
    // A name that is no file (six.moves, made at run time by six) needs the nearest package that is.
    for (let parts = module.split('.'); parts.length > 2; parts = parts.slice(0, -1)) {
      const found = this.locate(parts.join('.'));
      if (found) return this.add(parts.join('.'), found);
    }
  }
}

/** The import name of the module inside the zip and its path there. */
function modulePlace(ref: AnsibleModuleRef): { dotted: string; zipPath: string } {
  const name = ref.file.split('/').pop()!.replace(/\.py$/, '');
  const dotted = ref.collection
    ? `ansible_collections.${ref.collection.namespace}.${ref.collection.name}.plugins.modules.${name}`
    : `ansible.modules.${name}`;
  return { dotted, zipPath: `${dotted.split('.').join('/')}.py` };
}

let bootstrap: string | undefined;

function bootstrapSource(): string {
  bootstrap ??= readFileSync(join(findRemoteDir(), 'ansible_bootstrap.py'), 'utf8');
  return bootstrap;
}

const built = new Map<string, AnsiblePayload>();

/** The payload of an installed module, built once per process while its files stay the same. */
export function ansiblePayload(ref: AnsibleModuleRef): AnsiblePayload {
  if (!ref.file.endsWith('.py')) {
    throw new AnsiblePayloadError(`module '${ref.fqcn}' (${ref.file}) is not a Python module; castoff runs Python modules only (no PowerShell or binary modules)`);
  }
  if (!readSource(ref.file)) throw new AnsiblePayloadError(`module '${ref.fqcn}': cannot read ${ref.file}`);
  const place = modulePlace(ref);
  const collector = new PayloadCollector(ref);
  collector.add(place.dotted, { path: ref.file, zipPath: place.zipPath, isPackage: false });
  const key = [ref.installation.version, place.dotted, ...collector.stamps.sort()].join('\n');
  const known = built.get(key);
  if (known) return known;
  collector.entries.set('__main__.py', Buffer.from(bootstrapSource()));
  collector.entries.set('_castoff_module.py', Buffer.from(`MODULE = ${JSON.stringify(place.dotted)}\n`));
  const zip = zipEntries(collector.entries);
  const payload: AnsiblePayload = { bundle: contentBundle('ansible', { [ARCHIVE]: zip }, [ARCHIVE]), entry: ENTRY, archive: ARCHIVE, moduleName: place.dotted };
  built.set(key, payload);
  return payload;
}
