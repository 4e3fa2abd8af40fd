/**
 * Opening the TCP socket ourselves (and handing it to ssh2 as `sock`) lets an error say which phase
 * failed: ssh2's readyTimeout covers everything but cannot tell connect from handshake.
 */
import { connect, type Socket } from 'node:net';
import { UnreachableError, type UnreachableCause } from '../errors.js';

const CAUSES: Record<string, UnreachableCause> = {
  ECONNREFUSED: 'connection refused',
  EHOSTUNREACH: 'network unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'name not resolved',
  EAI_AGAIN: 'name not resolved',
  ECONNRESET: 'connection lost',
  ETIMEDOUT: 'timed out',
};

export function causeOf(err: NodeJS.ErrnoException): UnreachableCause {
  return (err.code && CAUSES[err.code]) || 'connection error';
}

export function openTcp(host: string, address: string, port: number, deadline: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: address, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new UnreachableError(host, port, 'timed out', 'during TCP connect'));
    }, Math.max(0, deadline - Date.now()));
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      socket.destroy();
      reject(new UnreachableError(host, port, causeOf(err), err.message));
    });
  });
}
