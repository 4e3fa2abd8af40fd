import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Host, Inventory } from './types.js';

/** Names that mean the controller itself, as in Ansible. */
export const LOCALHOST_NAMES: readonly string[] = ['localhost', '127.0.0.1', '::1'];

let controllerPython: string | undefined;

/** The controller's Python (first `python3`, then `python`, on PATH), found once. */
function findControllerPython(): string {
  if (controllerPython === undefined) {
    const folders = (process.env.PATH ?? '').split(delimiter).filter((folder) => folder !== '');
    controllerPython = 'python3';
    search: for (const name of ['python3', 'python']) {
      for (const folder of folders) {
        try {
          accessSync(join(folder, name), constants.X_OK);
          controllerPython = join(folder, name);
          break search;
        } catch {
          continue;
        }
      }
    }
  }
  return controllerPython;
}

const implicitHosts = new WeakMap<Inventory, Map<string, Host>>();

/**
 * The host Ansible makes up when a pattern names `localhost` (or 127.0.0.1, ::1) and the
 * inventory does not define it: it runs locally with the controller's Python, is in no group and
 * is not matched by `all`. One object per inventory and name, so results stay comparable.
 */
export function implicitLocalhost(inventory: Inventory, name: string): Host {
  let hosts = implicitHosts.get(inventory);
  if (!hosts) {
    hosts = new Map();
    implicitHosts.set(inventory, hosts);
  }
  let host = hosts.get(name);
  if (!host) {
    host = {
      name,
      vars: { ansible_connection: 'local', ansible_python_interpreter: findControllerPython() },
      groups: [],
      inventoryDirVars: {},
      playbookDirVars: {},
      implicit: true,
    };
    hosts.set(name, host);
  }
  return host;
}
