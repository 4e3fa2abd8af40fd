/**
 * The Ansible modules a playbook may use, looked up only when a playbook names a module castoff
 * does not have (or when castoff's own module gives way to Ansible's by the prefer setting), so a
 * playbook of castoff's modules never looks for an installation.
 */
import { type InstallationSearch, searchAnsibleInstallation } from './installation.js';
import { installedModuleNames } from './names.js';
import { type AnsibleResolution, resolveAnsibleModule, resolveInCollections } from './resolve.js';
import type { AnsibleModuleRef, AnsibleSearchOptions } from './types.js';

/**
 * castoff's modules that Ansible's may replace under `castoff_prefer_ansible_modules`: those whose
 * Ansible counterpart is a plain module. The others (copy, script, raw, shell, debug, ...) are
 * controller-side action plugins in Ansible, which castoff implements itself.
 */
export const REPLACEABLE_BY_ANSIBLE: ReadonlySet<string> = new Set(['command', 'file', 'stat', 'ping', 'wait_for']);

/** A lookup's answer: a module, a refusal, or no such module (with or without an installation). */
export type AnsibleLookup = AnsibleResolution | { kind: 'not-installed'; message: string };

/** The error for a module castoff lacks when no Ansible is installed. */
export function notInstalledMessage(name: string, searched: readonly string[]): string {
  return `module '${name}' is not built into castoff and no Ansible installation was found (pip install ansible-core, or apt install ansible-core), searched: ${searched.join(', ')}`;
}

export class AnsibleModules {
  private search?: Promise<InstallationSearch>;

  constructor(private readonly options: AnsibleSearchOptions = {}) {}

  /** Whether names castoff and Ansible both have mean Ansible's module (for REPLACEABLE_BY_ANSIBLE). */
  get preferAnsible(): boolean {
    return this.options.preferAnsibleModules === true;
  }

  /** The installation, looked for on the first call only. */
  installation(): Promise<InstallationSearch> {
    this.search ??= searchAnsibleInstallation(this.options);
    return this.search;
  }

  /** The module a task's name means, with the `collections:` list in force (short names only use it). */
  async lookup(name: string, collections: readonly string[] = []): Promise<AnsibleLookup> {
    const { installation, searched } = await this.installation();
    if (!installation) return { kind: 'not-installed', message: notInstalledMessage(name, searched) };
    return resolveAnsibleModule(name, installation, collections);
  }

  /**
   * A short name in the collections a play lists before `ansible.builtin`/`ansible.legacy`: they
   * come before castoff's own modules. Nothing is looked up for a play without such collections.
   */
  async lookupListed(name: string, collections: readonly string[]): Promise<AnsibleResolution | undefined> {
    const end = collections.findIndex((c) => c === 'ansible.builtin' || c === 'ansible.legacy');
    const listed = end < 0 ? collections : collections.slice(0, end);
    if (name.includes('.') || listed.length === 0) return undefined;
    const { installation } = await this.installation();
    if (!installation) return undefined;
    const resolution = resolveInCollections(name, installation, listed);
    return resolution.kind === 'missing' ? undefined : resolution;
  }

  /** Ansible's module for one of castoff's that the prefer setting hands to Ansible, if installed. */
  async preferred(castoffName: string): Promise<AnsibleModuleRef | undefined> {
    if (!this.preferAnsible || !REPLACEABLE_BY_ANSIBLE.has(castoffName)) return undefined;
    return this.builtin(castoffName);
  }

  /** `ansible.builtin.<name>` when an installation has it. */
  async builtin(name: string): Promise<AnsibleModuleRef | undefined> {
    const { installation } = await this.installation();
    if (!installation) return undefined;
    const resolution = resolveAnsibleModule(`ansible.builtin.${name}`, installation);
    return resolution.kind === 'found' ? resolution.ref : undefined;
  }

  /** Installed module names near `name`, for did-you-mean (none without an installation). */
  async namesNear(name: string): Promise<string[]> {
    const { installation } = await this.installation();
    return installation ? installedModuleNames(installation, name) : [];
  }
}

/**
 * The `setup` module facts come from: Ansible's when installed, else undefined (castoff's own
 * `setup` then). Cheap after the first call of a process (the installation is memoized).
 */
export async function preferredSetup(options: AnsibleSearchOptions = {}): Promise<AnsibleModuleRef | undefined> {
  return new AnsibleModules(options).builtin('setup');
}
