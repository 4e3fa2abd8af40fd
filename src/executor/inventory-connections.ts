/**
 * How the inventory says to reach a host, for acting on journalled jobs later: the journal keeps no
 * passwords, so a later process fills them in from the same inventory the run used.
 */
import { hostVars, type Inventory } from '../inventory/index.js';
import { toConnectionSpec, type ConnectionSpec } from '../target/index.js';
import { resolveVars } from './vars.js';

/** The connection each inventory host's variables describe, without run defaults; undefined for a host not in it. */
export function inventoryConnections(inventory: Inventory): (hostName: string) => ConnectionSpec | undefined {
  return (hostName) => {
    const host = inventory.hosts.get(hostName);
    return host ? toConnectionSpec(hostName, resolveVars(hostVars(inventory, host)), {}, undefined) : undefined;
  };
}
