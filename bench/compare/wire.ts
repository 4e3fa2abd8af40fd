/**
 * The cost of one async launch and one poll, measured through the public library API on one
 * connection that runs through a counting TCP proxy on 127.0.0.1. castoff's own counters
 * (`conn.stats`) say what castoff thinks it sent; the proxy sees what really crossed the wire,
 * SSH framing, padding and MACs included, and counts request/response turns (a reply from the
 * server after the client spoke), which is what latency multiplies.
 */
import { createServer, connect as tcpConnect, type AddressInfo, type Server, type Socket } from 'node:net';
import { connect, launchAsyncJob, readJobStatus, type ModulePayload } from '../../src/index.js';

interface WireCount {
  bytesUp: number;
  bytesDown: number;
  turns: number;
}

class CountingProxy {
  readonly count: WireCount = { bytesUp: 0, bytesDown: 0, turns: 0 };
  private lastDirection: 'up' | 'down' = 'down';
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;

  constructor(private readonly targetPort: number) {
    this.server = createServer((client) => {
      const upstream = tcpConnect(this.targetPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.setNoDelay(true);
        s.on('error', () => s.destroy());
        s.on('close', () => this.sockets.delete(s));
      }
      client.on('data', (b: Buffer) => {
        this.count.bytesUp += b.length;
        this.lastDirection = 'up';
        upstream.write(b);
      });
      upstream.on('data', (b: Buffer) => {
        this.count.bytesDown += b.length;
        if (this.lastDirection === 'up') this.count.turns++;
        this.lastDirection = 'down';
        client.write(b);
      });
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  }

  listen(): Promise<number> {
    return new Promise((resolve) => this.server.listen(0, '127.0.0.1', () => resolve((this.server.address() as AddressInfo).port)));
  }

  close(): void {
    for (const s of this.sockets) s.destroy();
    this.server.close();
  }
}

export interface OperationCost {
  /** castoff's counters, per operation. */
  roundTrips: number;
  bytesSent: number;
  /** What the proxy saw, per operation. */
  wireTurns: number;
  wireBytesUp: number;
  wireBytesDown: number;
}

export interface AsyncCosts {
  firstLaunch: OperationCost;
  launch: OperationCost;
  poll: OperationCost;
  samples: number;
}

const SAMPLES = 10;
const JOB: ModulePayload = { module: 'command', args: { _raw_params: 'sleep 5', _ansible_check_mode: false, _ansible_diff: false } };

export async function measureAsyncCosts(port: number, keyFile: string): Promise<AsyncCosts> {
  const proxy = new CountingProxy(port);
  const proxyPort = await proxy.listen();
  const conn = await connect({ host: 'wire-probe', address: '127.0.0.1', port: proxyPort, user: 'root', privateKeyFile: keyFile, hostKeyChecking: 'off', agent: false });
  const snapshot = () => ({ ...conn.stats, ...proxy.count });
  const cost = (before: ReturnType<typeof snapshot>, n: number): OperationCost => {
    const after = snapshot();
    return {
      roundTrips: (after.roundTrips - before.roundTrips) / n,
      bytesSent: (after.bytesSent - before.bytesSent) / n,
      wireTurns: (after.turns - before.turns) / n,
      wireBytesUp: (after.bytesUp - before.bytesUp) / n,
      wireBytesDown: (after.bytesDown - before.bytesDown) / n,
    };
  };
  const options = { limit: 10, python: '/usr/bin/python3' };
  try {
    let before = snapshot();
    const { job } = await launchAsyncJob(conn, JOB, options);
    const firstLaunch = cost(before, 1);
    before = snapshot();
    for (let i = 0; i < SAMPLES; i++) await launchAsyncJob(conn, JOB, options);
    const launch = cost(before, SAMPLES);
    before = snapshot();
    for (let i = 0; i < SAMPLES; i++) {
      const status = await readJobStatus(conn, job);
      if (status.state !== 'running') throw new Error(`wire probe: the job should still run, but its status is ${status.state}`);
    }
    const poll = cost(before, SAMPLES);
    return { firstLaunch, launch, poll, samples: SAMPLES };
  } finally {
    await conn.close();
    proxy.close();
  }
}
