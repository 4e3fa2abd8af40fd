/**
 * Opening the TCP socket ourselves (and handing it to ssh2 as `sock`) lets an error say which phase
 * failed: ssh2's readyTimeout covers everything but cannot tell connect from handshake.
 */
import { connect, type Socket } from 'node:net';
import { CancelledError, UnreachableError, type UnreachableCause } from '../core/errors.js';

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

/** `signal` (the connection closing) destroys the socket at once, as the deadline does. */
export function openTcp(host: string, address: string, port: number, deadline: number, signal?: AbortSignal): Promise<Socket> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError());
    const socket = connect({ host: address, port });
    const fail = (err: Error) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      reject(err);
    };
    const onAbort = () => fail(new CancelledError());
    const timer = setTimeout(() => fail(new UnreachableError(host, port, 'timed out', 'during TCP connect')), Math.max(0, deadline - Date.now()));
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => fail(new UnreachableError(host, port, causeOf(err), err.message)));
  });
}
