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
  return asFactsModule(hostModule({ name, display: 'default', supportsCheckMode: true, args: objectOf(args), ...remotePart('setup') }));
}

export const setupModule = factsModule('setup', FACT_ARGS);

/** `parallel` is accepted as Ansible's is: castoff gathers with one module, so there is nothing to run in parallel. */
export const gatherFactsModule = asGatheringAction(factsModule('gather_facts', { ...FACT_ARGS, parallel: bool }));

/** Whether a task's action, as written, is `gather_facts` (the implicit gathering's too). */
export const isGatherFactsAction = (action: string): boolean => /(^|\.)gather_facts$/.test(action);

/**
 * What makes a module the facts module: the mark Ansible's controller gives every setup result
 * (`-v` then shows `ok: [host]`, not every fact). Ansible's own `setup`, when an installation has
 * it, gathers instead of castoff's subset: the loader decides, for `setup:` and `gather_facts:`
 * tasks and the implicit gathering alike.
 */
export function asFactsModule(installed: HostModule): HostModule {
  return { ...installed, run: async (ctx) => ({ ...(await installed.run(ctx)), _ansible_verbose_override: true }) };
}

/**
 * The result of Ansible's `gather_facts` action around its fact module: the module's facts with
 * its warnings and deprecations (lists, empty when it had none), but not its `invocation`.
 */
export function asGatheringAction(facts: HostModule): HostModule {
  return {
    ...facts,
    run: async (ctx) => {
      const { invocation: _invocation, ...result } = await facts.run(ctx);
      return { warnings: [], deprecations: [], ...result };
    },
  };
}
