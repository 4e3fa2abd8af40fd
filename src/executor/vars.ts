/**
 * The variables a task sees on a host, layered in precedence order (src/inventory/PRECEDENCE.md):
 * role defaults, inventory, host facts, play vars, vars_files, role vars, block and task vars,
 * registered results and set_fact, role parameters, extra vars; plus Ansible's magic variables, `hostvars` among them.
 */
import { hostVars, implicitLocalhost, inventoryGeneration, LOCALHOST_NAMES, mergeVarLayers, type Host, type Inventory } from '../inventory/index.js';
import { lazyVars, type Vars } from '../template/index.js';
import { factVars } from './facts.js';
import type { HostState } from './host-state.js';

export interface VarsContext {
  inventory: Inventory;
  host: Host;
  state: HostState;
  /** `inject_facts_as_vars`: facts also as top-level variables. */
  injectFacts: boolean;
  playVars: Record<string, unknown>;
  varsFiles: Record<string, unknown>;
  /** Roles' defaults, vars and the task's role parameters (see role-vars.ts); none outside roles. */
  roles?: { defaults: Record<string, unknown>; vars: Record<string, unknown>; params: Record<string, unknown> };
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

/**
 * The version castoff reports as `ansible_version`: the ansible-core release whose behaviour it
 * follows, not the version of an Ansible installed beside it, so version checks in playbooks
 * (`ansible_version.full is version('2.9', '>=')`) pass as they would on that release.
 */
export const ANSIBLE_VERSION = { full: '2.14.0', major: 2, minor: 14, revision: 0, string: '2.14.0' } as const;

/** What the run-wide magic variables are made of. */
export interface RunFacts {
  playbookDir: string;
  check: boolean;
  diff: boolean;
  forks: number;
  limit?: string;
  configFile?: string;
  playbookPython: string;
  inventorySources: readonly string[];
}

/**
 * The magic variables that are the same on every host and are also in each `hostvars` entry, as
 * in Ansible; `ansible_limit` only when `--limit` is given.
 */
export function runMagic(run: RunFacts): Record<string, unknown> {
  return {
    playbook_dir: run.playbookDir,
    ansible_check_mode: run.check,
    ansible_diff_mode: run.diff,
    ansible_forks: run.forks,
    ansible_config_file: run.configFile ?? null,
    ansible_playbook_python: run.playbookPython,
    ansible_inventory_sources: [...run.inventorySources],
    ansible_version: { ...ANSIBLE_VERSION },
    ...(run.limit !== undefined ? { ansible_limit: run.limit } : {}),
  };
}

/**
 * The magic variables that belong to the host alone (also in its `hostvars` entry).
 * `inventory_file`/`inventory_dir` exist for hosts an inventory source defined (not the implicit localhost).
 */
function hostMagic(inventory: Inventory, host: Host): Record<string, unknown> {
  const groupNames: string[] = [];
  for (const g of membership(inventory, host)) if (g !== 'all' && g !== 'ungrouped') groupNames.push(g);
  return {
    inventory_hostname: host.name,
    inventory_hostname_short: host.name.split('.')[0],
    group_names: groupNames.sort(),
    groups: groupsOf(inventory),
    ...(host.source ? { inventory_file: host.source.file, inventory_dir: host.source.dir } : {}),
  };
}

/** The hosts of the play and of its current batch: all of them, and those not failed or unreachable. */
export interface PlayMembers {
  all: readonly string[];
  active: readonly string[];
  batchActive: readonly string[];
}

export function magicVars(inventory: Inventory, host: Host, play: PlayMembers, run: Record<string, unknown>): Record<string, unknown> {
  return {
    ...run,
    ...hostMagic(inventory, host),
    ansible_play_hosts: [...play.active],
    ansible_play_hosts_all: [...play.all],
    ansible_play_batch: [...play.batchActive],
    play_hosts: [...play.batchActive],
  };
}

/** `ansible_run_tags` and `ansible_skip_tags`: the run's `--tags` (`['all']` when none) and `--skip-tags`. */
export function tagMagic(tags: readonly string[] | undefined, skipTags: readonly string[] | undefined): Record<string, unknown> {
  return { ansible_run_tags: tags?.length ? [...tags] : ['all'], ansible_skip_tags: [...(skipTags ?? [])] };
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
  const facts = factVars(ctx.state.hostFacts, ctx.injectFacts);
  const { roles } = ctx;
  const merged = mergeVarLayers(
    roles?.defaults,
    hostVars(ctx.inventory, ctx.host),
    facts,
    ctx.playVars,
    ctx.varsFiles,
    roles?.vars,
    ctx.scopeVars,
    ctx.state.facts,
    roles?.params,
    ctx.extraVars,
  );
  return resolveVars(merged, ctx.magic);
}

/** What `hostvars` reads of the run: the inventory, each host's state so far, the extra vars. */
export interface HostvarsSource {
  inventory: Inventory;
  states: ReadonlyMap<string, HostState>;
  extraVars: Vars;
  injectFacts: boolean;
  /** The run-wide magic variables (runMagic). */
  run: Record<string, unknown>;
}

/**
 * One host's entry in `hostvars`, as Ansible builds it: inventory variables, facts, registered
 * results and set_fact, extra vars, the run's and the host's own magic variables, but no play or task vars
 * and no `hostvars` of its own.
 */
function hostEntry(source: HostvarsSource, host: Host): Vars {
  const state = source.states.get(host.name);
  const facts = factVars(state?.hostFacts ?? {}, source.injectFacts);
  const merged = mergeVarLayers(hostVars(source.inventory, host), facts, state?.facts ?? {}, source.extraVars);
  return resolveVars(merged, { ...source.run, ...hostMagic(source.inventory, host) });
}

function findHost(inventory: Inventory, name: string): Host | undefined {
  return inventory.hosts.get(name) ?? (LOCALHOST_NAMES.includes(name) ? implicitLocalhost(inventory, name) : undefined);
}

/**
 * `hostvars`: every inventory host's variables by name, each built when a template first reads
 * it, so a task that never uses `hostvars` pays nothing for it.
 */
export function hostvarsOf(source: HostvarsSource): Vars {
  const built = new Map<string, Vars>();
  const entry = (name: string): Vars | undefined => {
    const known = built.get(name);
    if (known) return known;
    const host = findHost(source.inventory, name);
    if (!host) return undefined;
    const vars = hostEntry(source, host);
    built.set(name, vars);
    return vars;
  };
  return new Proxy(Object.create(null) as Vars, {
    get: (_, name) => (typeof name === 'string' ? entry(name) : undefined),
    has: (_, name) => typeof name === 'string' && findHost(source.inventory, name) !== undefined,
    // The engine reads the names it may look up: the implicit localhost too, once the run targets it.
    ownKeys: () => [...source.inventory.hosts.keys(), ...[...source.states.keys()].filter((name) => !source.inventory.hosts.has(name) && LOCALHOST_NAMES.includes(name))],
    getOwnPropertyDescriptor: (_, name) =>
      typeof name === 'string' && findHost(source.inventory, name) !== undefined ? { get: () => entry(name), enumerable: true, configurable: true } : undefined,
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

/**
 * A `delegate_to` host's own variables: its inventory ones, under its own name, with the magic
 * variables they may be written with (`ansible_python_interpreter: "{{ ansible_playbook_python }}"`).
 */
export function delegateVars(inventory: Inventory, delegate: string, run: Record<string, unknown>): Vars {
  const host = inventory.hosts.get(delegate) ?? implicitLocalhost(inventory, delegate);
  return resolveVars(hostVars(inventory, host), { ...run, ...hostMagic(inventory, host), inventory_hostname: delegate });
}
