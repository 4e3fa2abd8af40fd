/**
 * `group_by`: puts the host in a group named by `key` (usually a template such as
 * `os_{{ ansible_distribution }}`) under `parents`, for the later plays of the run. The action
 * only reads its arguments into Ansible's result; the executor applies it to the run's inventory.
 */
import type { ModuleResult } from '../core/index.js';
import { objectOf, text, type JsonSchema } from '../source/schema-values.js';
import { hostModule } from './define.js';

/** Group names cannot hold spaces; Ansible writes them as dashes. */
function groupName(value: unknown): string {
  return String(value).replace(/ /g, '-');
}

const groupNames: JsonSchema = {
  description: 'a group name or a list of them',
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
};

export const groupByModule = hostModule({
  name: 'group_by',
  display: 'default',
  controllerOnly: true,
  supportsCheckMode: true,
  args: objectOf({ key: text('the group name'), parents: groupNames }, ['key']),
  async run(ctx): Promise<ModuleResult> {
    const parents = ctx.args.parents ?? ['all'];
    const list = Array.isArray(parents) ? parents : [parents];
    return { changed: false, add_group: groupName(ctx.args.key), parent_groups: list.map(groupName) };
  },
});
