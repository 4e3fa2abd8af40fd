import type { LayerTable } from './check.js';

/**
 * The layers of `src/` and which other layers each may import (documented in
 * docs/architecture.md, section 2). Imports point down the data flow; `core` is the floor every
 * layer stands on. `target` is where today's code is headed: its rules hold as soon as the folder
 * exists.
 */
const layersBelowIndex: LayerTable = {
  // `castoff serve` and the `castoff runs` client are commands too.
  cli: ['index', 'server'],
  // The service is built on the public API alone, as any program using castoff would be.
  server: ['index'],
  core: [],
  source: ['core'],
  playbook: ['source', 'template', 'modules', 'core'],
  inventory: ['source', 'core'],
  template: ['core'],
  executor: ['target', 'modules', 'async', 'events', 'template', 'playbook', 'inventory', 'core'],
  target: ['connection', 'core'],
  modules: ['target', 'async', 'connection', 'template', 'source', 'core'],
  async: ['target', 'connection', 'core'],
  connection: ['core'],
  events: ['core'],
  output: ['events', 'core'],
  jobs: ['async', 'target', 'connection', 'events', 'core'],
  config: ['connection', 'source', 'core'],
};

export const layerTable: LayerTable = {
  ...layersBelowIndex,
  // The public API re-exports from every layer except the CLI and the server built on it.
  index: Object.keys(layersBelowIndex).filter((layer) => layer !== 'cli' && layer !== 'server'),
};

/** Files directly in `src/` and the layer each belongs to. */
export const rootFiles: Readonly<Record<string, string>> = {
  'index.ts': 'index',
  // The light entry `castoff/version`: `--version` answers without loading index.ts's graph.
  'version.ts': 'index',
  // The light entry of the output format names: the commands' `--help` lists them without index.ts's graph.
  'output-formats.ts': 'index',
};
