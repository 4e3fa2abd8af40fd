/**
 * One connection per host per run. The executor asks the pool, never opens its own, so every task
 * and poll on a host shares the same connection (for SSH, one TCP connection and SFTP channel).
 */
import type { ConnectedInfo } from './ssh.js';
import { typeOfSpec, type ConnectionSpec } from './registry.js';
import type { Connection } from './types.js';

export type { ConnectionSpec } from './registry.js';

export class ConnectionPool {
  private readonly connections = new Map<string, Connection>();
  private readonly retired: Connection[] = [];

  constructor(
    private readonly onConnected?: (info: ConnectedInfo) => void,
    private readonly onWarning?: (message: string) => void,
  ) {}

  get(spec: ConnectionSpec): Connection {
    // Plays may log in to the same host as different users: one connection per identity.
    const type = typeOfSpec(spec);
    const key = type.identity(spec);
    let conn = this.connections.get(key);
    if (!conn) {
      conn = type.open(spec, { onConnected: this.onConnected, onWarning: this.onWarning });
      this.connections.set(key, conn);
    }
    return conn;
  }

  /** Every connection of the run, those closed by closeHost too: the run's costs count them all. */
  all(): Connection[] {
    return [...this.retired, ...this.connections.values()];
  }

  /**
   * Closes every connection to `host` (`meta: reset_connection`); the next use opens a new one.
   * Says whether there was one.
   */
  async closeHost(host: string): Promise<boolean> {
    const keys = [...this.connections].filter(([, conn]) => conn.host === host).map(([key]) => key);
    const closing = keys.map((key) => this.connections.get(key)!);
    for (const key of keys) this.connections.delete(key);
    this.retired.push(...closing);
    await Promise.allSettled(closing.map((c) => c.close()));
    return closing.length > 0;
  }

  async closeAll(graceMs?: number): Promise<void> {
    const open = [...this.connections.values()];
    this.connections.clear();
    await Promise.allSettled(open.map((c) => c.close(graceMs)));
  }
}
