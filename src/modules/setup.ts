/**
 * `setup` and `gather_facts`: the host's facts. castoff's own module (remote/modules/setup.py)
 * gathers a documented core subset of Ansible's facts under Ansible's names; where an Ansible
 * installation provides `ansible.builtin.setup`, that one runs instead (chooseSetupModule), so its
 * facts are Ansible's. `gather_facts` is what a play's implicit gathering runs, as in Ansible, and
 * may be written as a task too.
 */
import { bool, nonNegativeInt, objectOf, stringList, type JsonSchema } from '../source/schema-values.js';
import { path } from './arg-specs.js';
import { hostModule } from './define.js';
import { remotePart } from './module-action.js';
import type { HostModule } from './types.js';

const FACT_ARGS = { gather_subset: stringList, filter: stringList, gather_timeout: nonNegativeInt, fact_path: path };

function factsModule(name: string, args: Record<string, JsonSchema>): HostModule {
  const remote = remotePart('setup');
  return hostModule({
    name,
    display: 'default',
    supportsCheckMode: true,
    args: objectOf(args),
    ...remote,
    // As Ansible marks setup's result: `-v` shows `ok: [host]`, not every fact.
    run: async (ctx) => ({ ...(await remote.run(ctx)), _ansible_verbose_override: true }),
  });
}

export const setupModule = factsModule('setup', FACT_ARGS);

/** `parallel` is accepted as Ansible's is: castoff gathers with one module, so there is nothing to run in parallel. */
export const gatherFactsModule = factsModule('gather_facts', { ...FACT_ARGS, parallel: bool });

/**
 * The one decision of which `setup` gathers facts, for `gather_facts` (the implicit task included)
 * and `setup:` tasks alike: Ansible's when an installation provides it (unlike other modules castoff
 * has too, whatever `castoff_prefer_ansible_modules` says: its facts are the full set), else
 * castoff's own subset.
 */
export function chooseSetupModule(installed: HostModule | undefined, name: 'setup' | 'gather_facts' = 'setup'): HostModule {
  if (installed) return installed;
  return name === 'gather_facts' ? gatherFactsModule : setupModule;
}
