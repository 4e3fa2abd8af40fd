/**
 * One connection per host per run. The executor asks the pool, never opens its own, so every task
 * and poll on a host shares the same TCP connection and SFTP channel.
 */
import { LocalConnection } from './local.js';
import { SshConnection, type ConnectedInfo, type SshConnectOptions } from './ssh.js';
import type { Connection } from './types.js';

export type ConnectionSpec = ({ kind: 'ssh' } & SshConnectOptions) | { kind: 'local'; host: string; outputLimit?: number };

export class ConnectionPool {
  private readonly connections = new Map<string, Connection>();

  constructor(private readonly onConnected?: (info: ConnectedInfo) => void) {}

  get(spec: ConnectionSpec): Connection {
    // Plays may log in to the same host as different users: one connection per identity.
    const key = spec.kind === 'local' ? `local|${spec.host}` : `ssh|${spec.host}|${spec.user ?? ''}|${spec.address ?? ''}|${spec.port ?? 22}`;
    let conn = this.connections.get(key);
    if (!conn) {
      conn = spec.kind === 'local' ? new LocalConnection(spec.host, spec.outputLimit) : new SshConnection({ onConnected: this.onConnected, ...spec });
      this.connections.set(key, conn);
    }
    return conn;
  }

  all(): Connection[] {
    return [...this.connections.values()];
  }

  async closeAll(): Promise<void> {
    const open = [...this.connections.values()];
    this.connections.clear();
    await Promise.allSettled(open.map((c) => c.close()));
  }
}
