/**
 * Which installed module file a task's module name means, as Ansible finds it: short names through
 * the play's `collections:` list and then `ansible.builtin`, `plugin_routing` redirects followed
 * (ansible-core's own routing file for `ansible.builtin`, each collection's `meta/runtime.yml`),
 * removed modules and Windows modules refused with a clear message.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { routingEntry, type RoutingNotice } from './routing.js';
import type { AnsibleCollection, AnsibleInstallation, AnsibleModuleRef } from './types.js';

/** A name found, not there, or refused (removed, a redirect loop, a Windows module). */
export type AnsibleResolution = { kind: 'found'; ref: AnsibleModuleRef } | { kind: 'missing' } | { kind: 'refused'; message: string };

const BUILTIN = 'ansible.builtin';
const LEGACY = 'ansible.legacy';
/** Collections of PowerShell modules, whose `.py` files are documentation only. */
const WINDOWS_COLLECTIONS = new Set(['ansible.windows', 'community.windows']);
const MAX_REDIRECTS = 20;

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/**
 * The fully qualified names a task's module name may mean, in the order Ansible tries them: a
 * short name in each collection of the `collections:` keyword and then in `ansible.legacy`
 * (added when the list has neither `ansible.builtin` nor `ansible.legacy`, as Ansible does).
 */
export function candidateNames(name: string, collections: readonly string[] = []): string[] {
  if (name.startsWith(`${LEGACY}.`)) return [`${BUILTIN}.${name.slice(LEGACY.length + 1)}`];
  if (name.includes('.')) return [name];
  const list = collections.includes(BUILTIN) || collections.includes(LEGACY) ? collections : [...collections, LEGACY];
  return [...new Set(list.map((collection) => `${collection === LEGACY ? BUILTIN : collection}.${name}`))];
}

/** The module a name refers to, or why it cannot be used. */
export function resolveAnsibleModule(name: string, installation: AnsibleInstallation, collections: readonly string[] = []): AnsibleResolution {
  return firstOf(candidateNames(name, collections), installation);
}

/**
 * A short name in the given collections only, none implied: the collections a play lists before
 * `ansible.builtin`/`ansible.legacy`, searched before the modules castoff has itself.
 */
export function resolveInCollections(name: string, installation: AnsibleInstallation, collections: readonly string[]): AnsibleResolution {
  return firstOf(collections.map((collection) => `${collection}.${name}`), installation);
}

function firstOf(names: string[], installation: AnsibleInstallation): AnsibleResolution {
  for (const fqcn of names) {
    const resolution = resolveFqcn(fqcn, installation, []);
    if (resolution.kind !== 'missing') return resolution;
  }
  return { kind: 'missing' };
}

interface Place {
  collection?: AnsibleCollection;
  /** The routing file of the namespace.collection. */
  routingFile: string;
  /** Folder of module files, and of action plugins. */
  modulesDir: string;
  actionDir: string;
}

/** The first collection root that has `namespace.collection`, as Ansible uses the first one found. */
function placeOf(namespace: string, name: string, installation: AnsibleInstallation): Place | undefined {
  if (`${namespace}.${name}` === BUILTIN) {
    const pkg = installation.packageDir;
    return { routingFile: join(pkg, 'config', 'ansible_builtin_runtime.yml'), modulesDir: join(pkg, 'modules'), actionDir: join(pkg, 'plugins', 'action') };
  }
  for (const root of installation.collectionRoots) {
    const dir = join(root, 'ansible_collections', namespace, name);
    if (!existsSync(dir)) continue;
    const plugins = join(dir, 'plugins');
    return { collection: { namespace, name, dir }, routingFile: join(dir, 'meta', 'runtime.yml'), modulesDir: join(plugins, 'modules'), actionDir: join(plugins, 'action') };
  }
  return undefined;
}

/** `.. This feature was removed from community.general in version 3.0.0.`, as Ansible words it. */
function noticeText(subject: string, notice: RoutingNotice, collection: string, removed: boolean): string {
  const text = notice.warning_text?.trim();
  const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
  const when = notice.removal_date ? `in a release after ${notice.removal_date}.` : notice.removal_version ? `in version ${notice.removal_version}.` : 'in a future release.';
  const from = collection === BUILTIN ? 'ansible-core' : collection;
  return [sentence(subject), text ? sentence(text) : '', removed ? 'This feature was removed' : 'This feature will be removed', `from ${from}`, when]
    .filter(Boolean)
    .join(' ');
}

function resolveFqcn(fqcn: string, installation: AnsibleInstallation, seen: string[]): AnsibleResolution {
  if (seen.includes(fqcn)) return { kind: 'refused', message: `module redirect loop: ${[...seen, fqcn].join(' -> ')}` };
  if (seen.length > MAX_REDIRECTS) return { kind: 'refused', message: `too many module redirects: ${[...seen, fqcn].join(' -> ')}` };
  const parts = fqcn.split('.');
  if (parts.length < 3 || parts.some((part) => part === '')) return { kind: 'missing' };
  const [namespace, name, ...rest] = parts;
  const collection = `${namespace}.${name}`;
  const module = rest.join('.');
  const place = placeOf(namespace, name, installation);
  if (!place) return WINDOWS_COLLECTIONS.has(collection) ? windows(fqcn) : { kind: 'missing' };

  const routing = routingEntry(place.routingFile, module);
  if (routing?.tombstone) return { kind: 'refused', message: noticeText(`${fqcn} has been removed`, routing.tombstone, collection, true) };
  const deprecation = routing?.deprecation ? noticeText(`${fqcn} has been deprecated`, routing.deprecation, collection, false) : undefined;
  if (typeof routing?.redirect === 'string' && routing.redirect !== fqcn) {
    const target = resolveFqcn(routing.redirect, installation, [...seen, fqcn]);
    if (target.kind !== 'found') return target;
    const ref = { ...target.ref, redirectedFrom: [fqcn, ...(target.ref.redirectedFrom ?? [])] };
    if (deprecation && !ref.deprecation) ref.deprecation = deprecation;
    return { kind: 'found', ref };
  }

  const base = join(place.modulesDir, ...rest);
  // A Windows collection's `.py` files only document the `.ps1` modules beside them.
  if (isFile(`${base}.ps1`) || WINDOWS_COLLECTIONS.has(collection)) return windows(fqcn);
  if (!isFile(`${base}.py`)) return { kind: 'missing' };
  const ref: AnsibleModuleRef = { fqcn, file: `${base}.py`, installation };
  if (place.collection) ref.collection = place.collection;
  const action = join(place.actionDir, ...rest) + '.py';
  if (isFile(action)) ref.actionPlugin = action;
  if (deprecation) ref.deprecation = deprecation;
  return { kind: 'found', ref };
}

function windows(fqcn: string): AnsibleResolution {
  return { kind: 'refused', message: `'${fqcn}' is a Windows (PowerShell) module; castoff does not run Windows modules` };
}
