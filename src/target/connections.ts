/**
 * The run's connections, one per host and login: a task's Target names the host, the pool keeps
 * the connection every later task and poll on that host shares.
 */
import { CLOSE_GRACE_MS, ConnectionPool, STOP_GRACE_MS, type ConnectedInfo, type Connection } from '../connection/index.js';
import type { Target } from './types.js';

export class TargetConnections {
  private readonly pool: ConnectionPool;

  constructor(onConnected: (info: ConnectedInfo) => void, onWarning?: (message: string) => void) {
    this.pool = new ConnectionPool(onConnected, onWarning);
  }

  /** The connection to the host the Target runs on (the delegate's, with delegate_to); opened on first use. */
  to(target: Target): Connection {
    return this.pool.get(target.connectionSpec());
  }

  all(): Connection[] {
    return this.pool.all();
  }

  /** Closes the host's connections; its next task connects again. */
  closeHost(host: string): Promise<boolean> {
    return this.pool.closeHost(host);
  }

  /**
   * Closes them all. A stopped run's lingering work is the terminate of its jobs, which Stop
   * promises, so it gets the longer STOP_GRACE_MS.
   */
  closeAll(run: 'ended' | 'stopped' = 'ended'): Promise<void> {
    return this.pool.closeAll(run === 'stopped' ? STOP_GRACE_MS : CLOSE_GRACE_MS);
  }
}
