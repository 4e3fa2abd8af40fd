/**
 * `free`: each host walks the play on its own, as fast as it can, its handlers included; a slow
 * host holds up no other. Every host's tasks share the run's fork queue, so with more hosts than
 * forks their tasks interleave.
 */
import type { Strategy } from './strategy.js';

export const free: Strategy = {
  name: 'free',
  run: async ({ hosts, walk }) => {
    await Promise.all(hosts.map((host) => walk([host])));
  },
};
