import type { KnownViolation } from './check.js';

/**
 * Imports that break the layer table today, each with the move that will end it. The list is
 * exact: a new violation fails the layer test, and so does an entry here whose import is gone, so
 * every move that fixes one must delete its line. The goal is an empty list.
 */
export const knownViolations: readonly KnownViolation[] = [

  // The YAML and diagnostics kit lives in playbook/ and inventory borrows it.

  // The journal record and the way to reach a job's host live in the executor.
  { from: 'src/jobs/entries.ts', to: 'src/executor/index.ts', reason: 'the journal record (LaunchedJob) is defined in executor/, not jobs/' },
  { from: 'src/jobs/journal.ts', to: 'src/executor/index.ts', reason: 'the journal records (LaunchedJob, LaunchingJob) are defined in executor/, not jobs/' },
  { from: 'src/jobs/control.ts', to: 'src/executor/connection-spec.ts', reason: 'reconnecting to a job host borrows the executor connection spec; target/ should resolve it' },
  { from: 'src/jobs/control.ts', to: 'src/executor/vars.ts', reason: 'reconnecting to a job host resolves host variables with the executor; target/ should' },
  { from: 'src/jobs/control.ts', to: 'src/inventory/index.ts', reason: 'reconnecting to a job host reads the inventory; target/ should hand jobs a Target' },

  // Connection, become and environment are read from host variables in the executor, not in target/.
  { from: 'src/executor/connection-spec.ts', to: 'src/connection/index.ts', reason: 'ansible_* connection variables are read here; target/ should be their only reader' },
  { from: 'src/executor/play-runner.ts', to: 'src/connection/index.ts', reason: 'takes connections from the pool itself instead of through a Target' },
  { from: 'src/executor/run-playbook.ts', to: 'src/connection/index.ts', reason: 'creates the connection pool itself instead of through target/' },
  { from: 'src/executor/task-runner.ts', to: 'src/connection/index.ts', reason: 'become and environment are read from raw host variables; target/ should resolve them' },

  // Modules know the playbook's types because their specs and registry are not yet in modules/.
  { from: 'src/actions/registry.ts', to: 'src/playbook/index.ts', reason: 'library modules are found by playbook/, so the registry takes its LibraryModule type' },
  { from: 'src/actions/types.ts', to: 'src/playbook/index.ts', reason: 'ActionContext carries the whole playbook Task instead of what a module needs' },

  // Lower layers borrowing sideways.

  // The CLI reaches past the public API.
  { from: 'src/cli/config.ts', to: 'src/connection/index.ts', reason: 'host-key setting parser is not exported by index.ts' },
  { from: 'src/cli/config.ts', to: 'src/inventory/index.ts', reason: 'LoadInventoryOptions taken from inventory/ although index.ts exports it' },
  { from: 'src/cli/config.ts', to: 'src/core/errors.ts', reason: 'ConfigError taken from core/ although index.ts exports it' },
  { from: 'src/cli/config.ts', to: 'src/source/suggest.ts', reason: 'did-you-mean for config keys is not exported by index.ts' },
  { from: 'src/cli/version.ts', to: 'src/async/payloads.ts', reason: 'the fast --version path finds remote/ without loading the library through index.ts; the remote-runtime locator belongs in target/' },
];
