/**
 * Splitting a run by host count: the hosts its inventory and limit select, in inventory order, cut
 * into slices of at most `size` hosts. No slice is ever empty.
 */
import { resolve } from 'node:path';
import { loadInventory, loadSettings, selectHosts } from '../../index.js';

export function cutIntoSlices(hosts: readonly string[], size: number): string[][] {
  const slices: string[][] = [];
  for (let i = 0; i < hosts.length; i += size) slices.push(hosts.slice(i, i + size));
  return slices;
}

/** The hosts a run of `inventory` (project-relative sources) limited to `limit` may touch, read as its run would read them. */
export async function hostsOfRun(dir: string, inventory: readonly string[], limit: string | undefined): Promise<string[]> {
  const settings = loadSettings(process.env, dir);
  const sources = inventory.length > 0 ? inventory.map((i) => (i.includes(',') ? i : resolve(dir, i))) : (settings.inventory ?? []);
  const loaded = await loadInventory(sources, { playbookDir: dir });
  return selectHosts(loaded, 'all', limit).map((host) => host.name);
}
