/**
 * The results of `add_host` and `group_by` applied to the run's inventory, as Ansible's strategy
 * applies them: the action only says what to add, and whether that changed the inventory is the
 * task's `changed`. Only controller actions' results count: a result from a host cannot add hosts.
 */
import type { ModuleResult } from '../../core/index.js';
import { addDynamicGroup, addDynamicHost, type Inventory } from '../../inventory/index.js';

interface AddHost {
  host_name: string;
  groups: string[];
  host_vars: Record<string, unknown>;
}

function isAddHost(value: unknown): value is AddHost {
  const v = value as AddHost | null;
  return typeof v === 'object' && v !== null && typeof v.host_name === 'string' && Array.isArray(v.groups) && typeof v.host_vars === 'object';
}

/** The inventory changes a run made, in order: `meta: refresh_inventory` makes them again on the re-read inventory, as Ansible does. */
export type InventoryChangeLog = Array<{ host: string; result: ModuleResult }>;

/**
 * `result` with the inventory changed as it asks and `changed` saying whether it was; other results
 * as they are. With `log`, a change is also written down to be made again after a refresh.
 */
export function applyInventoryChange(inventory: Inventory, host: string, result: ModuleResult, log?: InventoryChangeLog): ModuleResult {
  if (result.failed === true) return result;
  if (log && (isAddHost(result.add_host) || typeof result.add_group === 'string')) log.push({ host, result });
  if (isAddHost(result.add_host)) {
    const { host_name, groups, host_vars } = result.add_host;
    return { ...result, changed: addDynamicHost(inventory, { name: host_name, groups, vars: host_vars }) };
  }
  if (typeof result.add_group === 'string' && Array.isArray(result.parent_groups)) {
    const changed = addDynamicGroup(inventory, host, result.add_group, result.parent_groups.map(String));
    if (changed === undefined) return { ...result, failed: true, changed: false, msg: `${host} cannot be matched in inventory` };
    return { ...result, changed };
  }
  return result;
}
