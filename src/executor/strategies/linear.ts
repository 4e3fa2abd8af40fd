/** `linear`, Ansible's default: every host of the batch finishes task N before any host starts task N+1. */
import type { Strategy } from './strategy.js';

export const linear: Strategy = {
  name: 'linear',
  run: ({ hosts, walk }) => walk(hosts),
};
