/** Inventories: INI, YAML, executable and comma-list sources, host patterns, variable precedence. */
export { loadInventory, type LoadInventoryOptions } from './load.js';
export { selectHosts, splitPattern, type SelectOptions } from './patterns.js';
export { groupsOfHost, hostVars, mergeVarLayers } from './precedence.js';
export { implicitLocalhost, LOCALHOST_NAMES } from './localhost.js';
export { InventoryError } from './errors.js';
export { DEFAULT_SCRIPT_TIMEOUT_MS } from './script.js';
export type { Group, Host, Inventory, VarMap } from './types.js';
export { addDynamicGroup, addDynamicHost, copyInventory, inventoryGeneration, type DynamicHost } from './dynamic.js';
