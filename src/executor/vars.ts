/**
 * The variables a task sees on a host, layered in precedence order (src/inventory/PRECEDENCE.md):
 * inventory, play vars, vars_files, block and task vars, registered results and set_fact, extra
 * vars; plus Ansible's magic variables.
 */
import { hostVars, implicitLocalhost, inventoryGeneration, mergeVarLayers, type Host, type Inventory } from '../inventory/index.js';
import { lazyVars, type Vars } from '../template/index.js';
import type { HostState } from './host-state.js';

export interface VarsContext {
  inventory: Inventory;
  host: Host;
  state: HostState;
  playVars: Record<string, unknown>;
  varsFiles: Record<string, unknown>;
  scopeVars: Record<string, unknown>;
  extraVars: Record<string, unknown>;
  magic: Record<string, unknown>;
}

const groupsCache = new WeakMap<Inventory, { generation: number; groups: Record<string, string[]> }>();

/** `groups`: every group's hosts, direct and through child groups; built again after add_host or group_by. */
function groupsOf(inventory: Inventory): Record<string, string[]> {
  const generation = inventoryGeneration(inventory);
  const cached = groupsCache.get(inventory);
  let groups = cached?.generation === generation ? cached.groups : undefined;
  if (!groups) {
    const built: Record<string, string[]> = {};
    for (const group of inventory.groups.values()) built[group.name] = [];
    for (const h of inventory.hosts.values()) {
      for (const g of membership(inventory, h)) built[g]?.push(h.name);
    }
    groups = built;
    groupsCache.set(inventory, { generation, groups });
  }
  return groups;
}

export function magicVars(inventory: Inventory, host: Host, playHosts: readonly string[], batch: readonly string[], playbookDir: string, check: boolean, diff: boolean): Record<string, unknown> {
  const groups = groupsOf(inventory);
  const groupNames: string[] = [];
  for (const g of membership(inventory, host)) if (g !== 'all' && g !== 'ungrouped') groupNames.push(g);
  return {
    inventory_hostname: host.name,
    inventory_hostname_short: host.name.split('.')[0],
    group_names: groupNames.sort(),
    groups,
    ansible_play_hosts: [...playHosts],
    ansible_play_hosts_all: [...playHosts],
    ansible_play_batch: [...batch],
    play_hosts: [...batch],
    playbook_dir: playbookDir,
    ansible_check_mode: check,
    ansible_diff_mode: diff,
  };
}

function membership(inventory: Inventory, host: Host): Set<string> {
  const seen = new Set<string>(['all']);
  const walk = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const parent of inventory.groups.get(name)?.parents ?? []) walk(parent);
  };
  for (const g of host.groups) walk(g);
  return seen;
}

/**
 * Variables may refer to each other (`url: "http://{{ host }}:{{ port }}"`): each is rendered
 * once, when first read (see lazyVars), never host data. Magic variables are facts of the run,
 * used as they are.
 */
export function resolveVars(vars: Vars, magic: Vars = {}): Vars {
  return lazyVars(vars, magic);
}

export function taskVars(ctx: VarsContext): Vars {
  const merged = mergeVarLayers(hostVars(ctx.inventory, ctx.host), ctx.playVars, ctx.varsFiles, ctx.scopeVars, ctx.state.facts, ctx.extraVars);
  return resolveVars(merged, ctx.magic);
}

/** A `delegate_to` host's own variables: its inventory ones, under its own name. */
export function delegateVars(inventory: Inventory, delegate: string): Vars {
  const host = inventory.hosts.get(delegate) ?? implicitLocalhost(inventory, delegate);
  return resolveVars({ ...hostVars(inventory, host), inventory_hostname: delegate });
}
