import type { SourcePosition } from '../core/errors.js';
import type { Group, Host, Inventory, VarMap } from './types.js';

export class GroupLoopError extends Error {}

/**
 * Accumulates hosts and groups from any number of sources, then settles Ansible's implicit
 * structure: every group without a parent is a child of `all`, and every host in no group but
 * `all` is in `ungrouped`.
 */
export class InventoryBuilder {
  private readonly hosts = new Map<string, Host>();
  private readonly groups = new Map<string, Group>();
  /** The source being read: hosts it defines first remember it. */
  source?: Host['source'];

  constructor() {
    this.group('all');
    this.group('ungrouped');
  }

  group(name: string): Group {
    let group = this.groups.get(name);
    if (!group) {
      group = { name, vars: {}, hosts: [], children: [], parents: [], inventoryDirVars: {}, playbookDirVars: {}, depth: 0 };
      this.groups.set(name, group);
    }
    return group;
  }

  hasGroup(name: string): boolean {
    return this.groups.has(name);
  }

  host(name: string, position?: SourcePosition): Host {
    let host = this.hosts.get(name);
    if (!host) {
      host = { name, vars: {}, groups: [], inventoryDirVars: {}, playbookDirVars: {}, ...(position ? { position } : {}), ...(this.source ? { source: this.source } : {}) };
      this.hosts.set(name, host);
    }
    return host;
  }

  /** Adds a host (created if new) to a group (created if new), with variables merged over its own. */
  addHost(groupName: string, hostName: string, vars: VarMap = {}, position?: SourcePosition): Host {
    const host = this.host(hostName, position);
    const group = this.group(groupName);
    // A host is in a group exactly when the group is in the host's (short) list.
    if (!host.groups.includes(groupName)) {
      host.groups.push(groupName);
      group.hosts.push(hostName);
    }
    Object.assign(host.vars, vars);
    return host;
  }

  /** Makes `child` a child of `parent`; throws GroupLoopError when that would make a cycle. */
  addChild(parentName: string, childName: string): void {
    if (parentName === childName || this.isAncestor(childName, parentName)) {
      throw new GroupLoopError(`adding group '${childName}' as child to '${parentName}' creates a recursive dependency loop`);
    }
    const parent = this.group(parentName);
    const child = this.group(childName);
    if (!parent.children.includes(childName)) parent.children.push(childName);
    if (!child.parents.includes(parentName)) child.parents.push(parentName);
  }

  private isAncestor(ancestor: string, of: string): boolean {
    const pending = [...(this.groups.get(of)?.parents ?? [])];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const name = pending.pop()!;
      if (name === ancestor) return true;
      if (seen.has(name)) continue;
      seen.add(name);
      pending.push(...(this.groups.get(name)?.parents ?? []));
    }
    return false;
  }

  setGroupVars(groupName: string, vars: VarMap): void {
    Object.assign(this.group(groupName).vars, vars);
  }

  finish(): Inventory {
    for (const group of this.groups.values()) {
      if (group.name !== 'all' && group.parents.length === 0) this.addChild('all', group.name);
    }
    const ungrouped = this.group('ungrouped');
    for (const host of this.hosts.values()) {
      const grouped = host.groups.some((name) => name !== 'all' && name !== 'ungrouped');
      if (grouped && host.groups.includes('ungrouped')) {
        host.groups = host.groups.filter((name) => name !== 'ungrouped');
        ungrouped.hosts = ungrouped.hosts.filter((name) => name !== host.name);
      } else if (!grouped && !host.groups.includes('ungrouped')) {
        ungrouped.hosts.push(host.name);
        host.groups.push('ungrouped');
      }
    }
    this.computeDepths();
    return { hosts: this.hosts, groups: this.groups, warnings: [] };
  }

  private computeDepths(): void {
    const depths = new Map<string, number>([['all', 0]]);
    const depthOf = (group: Group): number => {
      let depth = depths.get(group.name);
      if (depth === undefined) {
        depth = 1 + Math.max(0, ...group.parents.map((parent) => depthOf(this.groups.get(parent)!)));
        depths.set(group.name, depth);
      }
      return depth;
    };
    for (const group of this.groups.values()) group.depth = depthOf(group);
  }
}
