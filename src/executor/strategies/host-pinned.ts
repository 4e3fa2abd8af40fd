/**
 * `host_pinned`: like `free`, but a host that has started keeps its fork until it has run the whole
 * play (all sections and its handlers); at most `forks` hosts are in progress at once and the
 * others wait, in play order, for a slot. A host is never interrupted by another host's tasks,
 * which suits hosts that hold a lock or a maintenance window while they are worked on.
 */
import type { Strategy } from './strategy.js';

export const hostPinned: Strategy = {
  name: 'host_pinned',
  run: async ({ hosts, walk, forks }) => {
    let next = 0;
    // Each slot takes the next waiting host as soon as its current host is done.
    const slot = async (): Promise<void> => {
      while (next < hosts.length) await walk([hosts[next++]]);
    };
    const slots = Math.max(1, Math.min(forks, hosts.length));
    await Promise.all(Array.from({ length: slots }, slot));
  },
};
