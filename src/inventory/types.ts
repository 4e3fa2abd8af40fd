import type { SourcePosition } from '../core/errors.js';

/** Variables by name; values may still be templates, which the executor renders. */
export type VarMap = Record<string, unknown>;

/**
 * One host. Its variables come in layers that hostVars() merges in precedence order (see
 * PRECEDENCE.md): those written in the inventory source, then `host_vars/` files.
 */
export interface Host {
  name: string;
  /** Variables set for this host in the inventory file or script. */
  vars: VarMap;
  /** Groups the host was put in directly, in the order met; ancestors are implied. */
  groups: string[];
  /** From `host_vars/<name>` beside the inventory. */
  inventoryDirVars: VarMap;
  /** From `host_vars/<name>` beside the playbook. */
  playbookDirVars: VarMap;
  /** Where the host was first defined, for inventory files with lines. */
  position?: SourcePosition;
  /** True for the implicit `localhost` that exists without being in the inventory. */
  implicit?: boolean;
  /**
   * The source that first defined the host, for `inventory_file` and `inventory_dir`: an inventory
   * file (and its folder) or a comma list (no folder, Ansible's `None`).
   */
  source?: { file: string; dir: string | null };
}

export interface Group {
  name: string;
  /** Variables set for the group in the inventory file or script (`[g:vars]`, `vars:`). */
  vars: VarMap;
  /** Hosts put directly in this group, in the order met. */
  hosts: string[];
  children: string[];
  parents: string[];
  /** From `group_vars/<name>` beside the inventory. */
  inventoryDirVars: VarMap;
  /** From `group_vars/<name>` beside the playbook. */
  playbookDirVars: VarMap;
  /** 0 for `all`, 1 for top-level groups, one more than the deepest parent below them. */
  depth: number;
}

export interface Inventory {
  /** Every host, in the order the inventory defines them. */
  hosts: Map<string, Host>;
  /** Every group, including `all` and `ungrouped`. */
  groups: Map<string, Group>;
  /** Sources that could not be used, as Ansible warns about them. */
  warnings: string[];
  /** The sources as given (`ansible_inventory_sources`): paths made absolute, comma lists as written. */
  sources?: string[];
}
