/**
 * Which module a task names, castoff's or Ansible's: `library/` and castoff's own modules first
 * (no Ansible needed), then the user's Ansible installation, which is only looked for when a
 * playbook names a module castoff does not have, lists collections, or hands castoff's modules to
 * Ansible by the prefer setting.
 */
import { notInstalledMessage, type AnsibleLookup, type AnsibleModuleRef } from '../modules/ansible/index.js';
import { type LoadContext, resolveModule, type ResolvedModule } from './context.js';
import { builtinModuleNames, shortModuleName } from './modules.js';
import { didYouMean } from '../source/suggest.js';

/** Why a task's module name cannot be used, worded for the task's error. */
export interface ModuleProblem {
  problem: string;
  /** The name is a module for sure (removed, Windows, a redirect loop), not a misspelt keyword. */
  certain?: boolean;
}

/** The module for a ref: ansible-core's keep castoff's short canonical name, collections' their FQCN. */
function ansibleModule(ref: AnsibleModuleRef, spec: ResolvedModule['spec']): ResolvedModule {
  const module = ref.collection ? ref.fqcn : shortModuleName(ref.fqcn);
  // castoff's spec still splits free-form text (`command: ls a=b`) as Ansible would; it checks nothing.
  return spec ? { module, ansible: ref, spec } : { module, ansible: ref };
}

function fromLookup(name: string, lookup: AnsibleLookup, ctx: LoadContext, near: string[]): ResolvedModule | ModuleProblem {
  const ownNames = [...builtinModuleNames(), ...ctx.library.keys()];
  switch (lookup.kind) {
    case 'found':
      return ansibleModule(lookup.ref, undefined);
    case 'refused':
      return { problem: lookup.message, certain: true };
    case 'not-installed':
      // A name next to one of castoff's is a typo (`shel`) more likely than a module to install.
      return { problem: didYouMean(name, ownNames) ? `unknown module '${name}'${didYouMean(name, ownNames)}` : lookup.message };
    case 'missing':
      return { problem: `unknown module '${name}'${didYouMean(name, [...ownNames, ...near])}` };
  }
}

/** castoff's module with the installed module it runs on the host, or why that cannot be found. */
async function withInstalled(own: ResolvedModule, installed: string, ctx: LoadContext): Promise<ResolvedModule | ModuleProblem> {
  const ref = await ctx.ansible.builtin(installed);
  if (ref) return { ...own, installed: ref };
  const { installation, searched } = await ctx.ansible.installation();
  if (!installation) return { problem: notInstalledMessage(own.module, searched) };
  return { problem: `'${own.module}' runs Ansible's ${installed} module, which the Ansible installation at ${installation.packageDir} lacks` };
}

/** The module a task key (or `action:`'s module) names, or why there is none. */
export async function lookupModule(name: string, ctx: LoadContext): Promise<ResolvedModule | ModuleProblem> {
  const collections = ctx.collections ?? [];
  const listed = collections.length > 0 ? await ctx.ansible.lookupListed(name, collections) : undefined;
  if (listed) return fromLookup(name, listed, ctx, []);
  const own = resolveModule(name, ctx);
  if (own?.spec?.runsInstalled) return withInstalled(own, own.spec.runsInstalled, ctx);
  if (own) {
    const preferred = own.library || own.loaderOnly ? undefined : await ctx.ansible.preferred(own.module);
    // Under the name the task gave: `gather_facts` run by Ansible's setup is still `gather_facts`.
    return preferred ? { ...ansibleModule(preferred, own.spec), module: own.module } : own;
  }
  const lookup = await ctx.ansible.lookup(name, collections);
  const near = lookup.kind === 'missing' ? await ctx.ansible.namesNear(name) : [];
  return fromLookup(name, lookup, ctx, near);
}

export const isProblem = (found: ResolvedModule | ModuleProblem): found is ModuleProblem => 'problem' in found;
