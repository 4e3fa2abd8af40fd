/** From a host's rendered variables and the run's defaults to the connection the pool opens. */
import { toConnectionSpec, type ConnectionDefaults, type ConnectionSpec } from '../connection/index.js';
import type { Vars } from '../template/index.js';

export type { ConnectionDefaults } from '../connection/index.js';

/** `ansible_connection` picks the type (ssh when unset), which reads the host variables it needs. */
export function connectionSpecFor(hostName: string, vars: Vars, remoteUser: string | undefined, defaults: ConnectionDefaults): ConnectionSpec {
  return toConnectionSpec(hostName, vars, defaults, remoteUser);
}
