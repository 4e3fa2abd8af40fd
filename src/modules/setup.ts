/**
 * `setup`: the host's facts. castoff's own module (remote/modules/setup.py) gathers a documented
 * core subset of Ansible's facts under Ansible's names; where an Ansible installation provides
 * `ansible.builtin.setup`, that one runs instead (chooseSetupModule), so its facts are Ansible's.
 */
import { nonNegativeInt, objectOf, stringList } from '../source/schema-values.js';
import { path } from './arg-specs.js';
import { hostModule } from './define.js';
import { remotePart } from './module-action.js';
import type { HostModule } from './types.js';

export const setupModule = hostModule({
  name: 'setup',
  display: 'default',
  supportsCheckMode: true,
  args: objectOf({ gather_subset: stringList, filter: stringList, gather_timeout: nonNegativeInt, fact_path: path }),
  ...remotePart('setup'),
});

/**
 * The one decision of which `setup` gathers facts, for `gather_facts` and for `setup:` tasks alike:
 * Ansible's when an installation provides it (unlike other modules castoff has too, whatever
 * `castoff_prefer_ansible_modules` says: its facts are the full set), else castoff's own subset.
 */
export function chooseSetupModule(installed: HostModule | undefined): HostModule {
  return installed ?? setupModule;
}
