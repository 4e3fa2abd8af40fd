import type { KnownViolation } from './check.js';

/**
 * Imports that break the layer table today, each with the move that will end it. The list is
 * exact: a new violation fails the layer test, and so does an entry here whose import is gone, so
 * every move that fixes one must delete its line. The goal is an empty list.
 */
export const knownViolations: readonly KnownViolation[] = [

  // The YAML and diagnostics kit lives in playbook/ and inventory borrows it.

  // The journal record and the way to reach a job's host live in the executor.
  { from: 'src/jobs/control.ts', to: 'src/executor/connection-spec.ts', reason: 'reconnecting to a job host borrows the executor connection spec; target/ should resolve it' },
  { from: 'src/jobs/control.ts', to: 'src/executor/vars.ts', reason: 'reconnecting to a job host resolves host variables with the executor; target/ should' },
  { from: 'src/jobs/control.ts', to: 'src/inventory/index.ts', reason: 'reconnecting to a job host reads the inventory; target/ should hand jobs a Target' },

  // Connection, become and environment are read from host variables in the executor, not in target/.
  { from: 'src/executor/connection-spec.ts', to: 'src/connection/index.ts', reason: 'ansible_* connection variables are read here; target/ should be their only reader' },
  { from: 'src/target/resolve.ts', to: 'src/executor/connection-spec.ts', reason: 'resolveTarget builds the connection spec with connectionSpecFor, which is still in executor/; it moves into target/' },

  // Lower layers borrowing sideways.

];
