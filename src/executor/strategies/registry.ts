/** Every strategy a play can name. Adding one is its file plus one line here. */
import { free } from './free.js';
import { hostPinned } from './host-pinned.js';
import { linear } from './linear.js';
import type { Strategy } from './strategy.js';

const STRATEGIES: readonly Strategy[] = [
  linear,
  free,
  hostPinned,
];

/** Ansible's built-in strategies may be named by their collection name too. */
const BUILTIN_PREFIX = 'ansible.builtin.';

/** The strategy called `name` (`free` or `ansible.builtin.free`), if there is one. */
export function findStrategy(name: string): Strategy | undefined {
  const short = name.startsWith(BUILTIN_PREFIX) ? name.slice(BUILTIN_PREFIX.length) : name;
  return STRATEGIES.find((strategy) => strategy.name === short);
}

export function strategyNames(): string[] {
  return STRATEGIES.map((strategy) => strategy.name);
}
