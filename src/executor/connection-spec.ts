/** From a host's rendered variables and the run's defaults to the connection the pool opens. */
import type { AsyncJob, LaunchIntent } from '../async/index.js';
import { toConnectionSpec, typeOfSpec, type BecomeOptions, type ConnectionDefaults, type ConnectionSpec, type JournalledConnectionSpec } from '../connection/index.js';
import type { Vars } from '../template/index.js';

export type { ConnectionDefaults } from '../connection/index.js';

/** `ansible_connection` picks the type (ssh when unset), which reads the host variables it needs. */
export function connectionSpecFor(hostName: string, vars: Vars, remoteUser: string | undefined, defaults: ConnectionDefaults): ConnectionSpec {
  return toConnectionSpec(hostName, vars, defaults, remoteUser);
}

/**
 * An async job as the journal keeps it: enough to reconnect and find it, no secrets, and no
 * host-key policy: whoever acts on the job later checks the host under the policy and known_hosts
 * current then, so a run with checking off never vouches for a host to later commands.
 */
export interface LaunchedJob {
  host: string;
  job: Omit<AsyncJob, 'become'> & { become?: { method: string; user?: string } };
  connection: JournalledConnectionSpec;
  poll: number;
}

/** An async job about to be launched, as the journal keeps it before the launch exec. */
export interface LaunchingJob {
  host: string;
  job: Omit<LaunchIntent, 'become'> & { become?: { method: string; user?: string } };
  connection: LaunchedJob['connection'];
  poll: number;
}

/** The spec as the journal keeps it: what its connection type lets it keep (no passwords, keys or host-key policy). */
export function journalConnection(spec: ConnectionSpec): LaunchedJob['connection'] {
  return typeOfSpec(spec).redact(spec) as JournalledConnectionSpec;
}

/** The become method and user, without the password, fit for a file on disk. */
export function withoutPassword(become: BecomeOptions | undefined): { method: string; user?: string } | undefined {
  return become ? { method: become.method, user: become.user } : undefined;
}
