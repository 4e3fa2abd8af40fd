/**
 * A run's own inventory, which `add_host` and `group_by` change for the plays after them (as
 * Ansible's in-memory inventory): hosts and groups added with Ansible's rules (a new group is a
 * child of `all`, a host in a group leaves `ungrouped`). Each change bumps the inventory's
 * generation, which the caches built from an inventory compare against.
 */
import type { Group, Host, Inventory, VarMap } from './types.js';

const generations = new WeakMap<Inventory, number>();

/** How many times the inventory was changed in place; caches of it hold while it stays the same. */
export function inventoryGeneration(inventory: Inventory): number {
  return generations.get(inventory) ?? 0;
}

function changed(inventory: Inventory): void {
  generations.set(inventory, inventoryGeneration(inventory) + 1);
}

/** A copy a run may change without touching the caller's inventory (variables are shared: they are replaced, never edited). */
export function copyInventory(inventory: Inventory): Inventory {
  const hosts = new Map([...inventory.hosts].map(([name, host]) => [name, { ...host, groups: [...host.groups] }]));
  const groups = new Map(
    [...inventory.groups].map(([name, group]) => [name, { ...group, hosts: [...group.hosts], children: [...group.children], parents: [...group.parents] }]),
  );
  return { hosts, groups, warnings: [...inventory.warnings], ...(inventory.sources ? { sources: [...inventory.sources] } : {}) };
}

function newGroup(inventory: Inventory, name: string, parents: string[]): Group {
  const depth = 1 + Math.max(0, ...parents.map((parent) => inventory.groups.get(parent)?.depth ?? 0));
  const group: Group = { name, vars: {}, hosts: [], children: [], parents, inventoryDirVars: {}, playbookDirVars: {}, depth };
  inventory.groups.set(name, group);
  for (const parent of parents) inventory.groups.get(parent)?.children.push(name);
  return group;
}

/** The group, created as a child of `all` when new; whether it was new. */
function ensureGroup(inventory: Inventory, name: string): boolean {
  if (inventory.groups.has(name)) return false;
  newGroup(inventory, name, ['all']);
  return true;
}

/** Puts the host directly in the group; whether it was not in it before. */
function join(inventory: Inventory, host: Host, groupName: string): boolean {
  const group = inventory.groups.get(groupName)!;
  if (host.groups.includes(groupName)) return false;
  host.groups.push(groupName);
  group.hosts.push(host.name);
  if (groupName !== 'ungrouped' && host.groups.includes('ungrouped')) {
    host.groups = host.groups.filter((name) => name !== 'ungrouped');
    const ungrouped = inventory.groups.get('ungrouped');
    if (ungrouped) ungrouped.hosts = ungrouped.hosts.filter((name) => name !== host.name);
  }
  return true;
}

function sameVars(a: VarMap, b: VarMap): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface DynamicHost {
  name: string;
  groups: readonly string[];
  vars: VarMap;
}

/** `add_host`: the host (new, or known and updated) with its variables merged and in its groups; whether anything changed. */
export function addDynamicHost(inventory: Inventory, added: DynamicHost): boolean {
  let change = false;
  let host = inventory.hosts.get(added.name);
  if (!host) {
    host = { name: added.name, vars: {}, groups: [], inventoryDirVars: {}, playbookDirVars: {} };
    inventory.hosts.set(added.name, host);
    change = true;
  }
  const vars = { ...host.vars, ...added.vars };
  if (!sameVars(vars, host.vars)) {
    host.vars = vars;
    change = true;
  }
  for (const group of added.groups) {
    if (ensureGroup(inventory, group)) change = true;
    if (join(inventory, host, group)) change = true;
  }
  if (host.groups.length === 0) join(inventory, host, 'ungrouped');
  if (change) changed(inventory);
  return change;
}

/**
 * `group_by`: the host in group `name` (created under `parents` when new, parents created under
 * `all`); whether anything changed. Undefined for a host the inventory does not have.
 */
export function addDynamicGroup(inventory: Inventory, hostName: string, name: string, parents: readonly string[]): boolean | undefined {
  const host = inventory.hosts.get(hostName);
  if (!host) return undefined;
  let change = false;
  for (const parent of parents) if (ensureGroup(inventory, parent)) change = true;
  let group = inventory.groups.get(name);
  if (!group) {
    group = newGroup(inventory, name, []);
    change = true;
  }
  for (const parent of parents) {
    if (parent === name || group.parents.includes(parent)) continue;
    group.parents.push(parent);
    inventory.groups.get(parent)!.children.push(name);
    group.depth = Math.max(group.depth, inventory.groups.get(parent)!.depth + 1);
    change = true;
  }
  if (group.parents.length === 0 && name !== 'all') {
    group.parents.push('all');
    inventory.groups.get('all')!.children.push(name);
  }
  if (join(inventory, host, name)) change = true;
  if (change) changed(inventory);
  return change;
}
