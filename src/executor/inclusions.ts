/**
 * Run-time includes on a group of hosts: what each host included (one inclusion per loop item),
 * the order the inclusions run in, and the block an inclusion runs as. Hosts that included the
 * same content (same file or role use, same loop variables) walk it together, task by task, as
 * Ansible's linear strategy does; each host still runs its own inclusions in its own order.
 */
import type { Block, Include, IncludedContent, TaskEntry } from '../playbook/index.js';

/** One host's inclusion of one file or role (for one loop item). */
export interface Inclusion {
  /** Equal for inclusions that hosts can walk together. */
  key: string;
  content: IncludedContent;
  /** The loop variables the included tasks see (empty without a loop). */
  itemVars: Record<string, unknown>;
  /** The loop item as output shows it. */
  label?: string;
}

let counter = 0;
/** Content is read once per file or role use, so the same object means the same content. */
const contentIds = new WeakMap<IncludedContent, number>();

export function inclusionKey(content: IncludedContent, itemVars: Record<string, unknown>): string {
  let id = contentIds.get(content);
  if (id === undefined) {
    id = counter++;
    contentIds.set(content, id);
  }
  // The loop position (ansible_loop) may differ between hosts that include the same item.
  const { ansible_loop: _position, ...item } = itemVars;
  try {
    return JSON.stringify([id, item]);
  } catch {
    // Variables JSON cannot hold (a cycle) never match another host's.
    return `unique:${counter++}`;
  }
}

/** A group of hosts walking one inclusion. */
export interface InclusionStep<H> {
  inclusion: Inclusion;
  hosts: H[];
}

/**
 * The inclusions in the order they run: repeatedly the next inclusion of the first host that has
 * one left, on every host whose next inclusion is the same. Each host's own order is kept.
 */
export function lockstepOrder<H>(pending: ReadonlyMap<H, readonly Inclusion[]>): Array<InclusionStep<H>> {
  const queues = new Map([...pending].map(([host, list]) => [host, [...list]]));
  const steps: Array<InclusionStep<H>> = [];
  for (;;) {
    const next = [...queues.values()].find((queue) => queue.length > 0)?.[0];
    if (!next) return steps;
    const hosts = [...queues].filter(([, queue]) => queue[0]?.key === next.key).map(([host]) => host);
    for (const host of hosts) queues.get(host)!.shift();
    steps.push({ inclusion: next, hosts });
  }
}

/** Hosts per inclusion key, in the order they were met: Ansible's `included: file for h1, h2` lines. */
export function includedGroups<H>(pending: ReadonlyMap<H, readonly Inclusion[]>): Array<InclusionStep<H>> {
  const groups = new Map<string, InclusionStep<H>>();
  for (const [host, inclusions] of pending) {
    for (const inclusion of inclusions) {
      const group = groups.get(inclusion.key) ?? { inclusion, hosts: [] };
      group.hosts.push(host);
      groups.set(inclusion.key, group);
    }
  }
  return [...groups.values()];
}

/** New task objects for each run of an inclusion, so each run is a task of its own (its TASK heading shows again). */
function freshCopy(entries: readonly TaskEntry[]): TaskEntry[] {
  return entries.map((entry) =>
    entry.kind === 'block' ? { ...entry, block: freshCopy(entry.block), rescue: freshCopy(entry.rescue), always: freshCopy(entry.always) } : { ...entry },
  );
}

/**
 * The block an inclusion runs as: the include's `vars`, the loop variables and the `apply:`
 * keywords reach every included task; the include's other keywords (`when`, `tags`, `no_log`, ...)
 * were the include's own, as in Ansible.
 */
export function inclusionBlock(include: Include, inclusion: Inclusion): Block {
  return {
    kind: 'block',
    position: include.position,
    ...include.apply,
    vars: { ...include.vars, ...inclusion.itemVars, ...include.apply.vars },
    block: freshCopy(inclusion.content.entries),
    rescue: [],
    always: [],
  };
}
