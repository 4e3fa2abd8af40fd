import { implicitLocalhost, LOCALHOST_NAMES } from './localhost.js';
import type { Group, Host, Inventory, VarMap } from './types.js';

/**
 * Variable precedence, lowest to highest, following Ansible's order for the sources castoff
 * supports (PRECEDENCE.md has the same table for readers of the docs):
 *
 * |  1 | inventory file or script group vars (`[g:vars]`, `vars:`) | hostVars()       |
 * |  2 | inventory `group_vars/all`                                | hostVars()       |
 * |  3 | playbook `group_vars/all`                                 | hostVars()       |
 * |  4 | inventory `group_vars/*`                                  | hostVars()       |
 * |  5 | playbook `group_vars/*`                                   | hostVars()       |
 * |  6 | inventory file or script host vars                        | hostVars()       |
 * |  7 | inventory `host_vars/*`                                   | hostVars()       |
 * |  8 | playbook `host_vars/*`                                    | hostVars()       |
 * |  9 | play `vars`                                               | executor         |
 * | 10 | play `vars_files`                                         | executor         |
 * | 11 | block `vars` (outer blocks first)                         | executor         |
 * | 12 | task `vars`                                               | executor         |
 * | 13 | `set_fact` and registered vars                            | executor         |
 * | 14 | extra vars (`-e`)                                         | executor         |
 *
 * Within layers 1, 4 and 5 a host's groups are applied from the shallowest to the deepest (so a
 * child group overrides its parents), then by `ansible_group_priority` (default 1), then by name
 * (groups at the same depth merge alphabetically, the later name winning). Merging replaces
 * whole values (Ansible's default `hash_behaviour=replace`).
 */

/** Merges variable layers given lowest precedence first; a later layer's value replaces an earlier one. */
export function mergeVarLayers(...layers: Array<VarMap | undefined>): VarMap {
  return Object.assign({}, ...layers.filter((layer) => layer !== undefined)) as VarMap;
}

function priorityOf(group: Group): number {
  const priority = Number(group.vars.ansible_group_priority ?? 1);
  return Number.isFinite(priority) ? priority : 1;
}

/** Every group a host is in, ancestors included, in the order their variables apply. */
export function groupsOfHost(inventory: Inventory, host: Host): Group[] {
  const found = new Map<string, Group>();
  const pending = host.implicit ? ['all'] : [...host.groups, 'all'];
  while (pending.length > 0) {
    const name = pending.pop()!;
    const group = inventory.groups.get(name);
    if (!group || found.has(name)) continue;
    found.set(name, group);
    pending.push(...group.parents);
  }
  return [...found.values()].sort(
    (a, b) => a.depth - b.depth || priorityOf(a) - priorityOf(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

/** A host's merged inventory variables (layers 1-8 above); throws for an unknown host name. */
export function hostVars(inventory: Inventory, host: Host | string): VarMap {
  const resolved = typeof host === 'string' ? (inventory.hosts.get(host) ?? localhostOrThrow(inventory, host)) : host;
  const groups = groupsOfHost(inventory, resolved);
  const all = inventory.groups.get('all');
  const others = groups.filter((group) => group.name !== 'all');
  return mergeVarLayers(
    ...groups.map((group) => group.vars),
    all?.inventoryDirVars,
    all?.playbookDirVars,
    ...others.map((group) => group.inventoryDirVars),
    ...others.map((group) => group.playbookDirVars),
    resolved.vars,
    resolved.inventoryDirVars,
    resolved.playbookDirVars,
  );
}

function localhostOrThrow(inventory: Inventory, name: string): Host {
  if (LOCALHOST_NAMES.includes(name)) return implicitLocalhost(inventory, name);
  throw new RangeError(`host '${name}' is not in the inventory`);
}
