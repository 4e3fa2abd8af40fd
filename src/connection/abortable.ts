/**
 * Waiting on work that cannot itself be cancelled (an ssh2 callback, a shared connect attempt)
 * without being held by it: the wait ends when the signal aborts, the work runs on unobserved.
 */
import { CancelledError } from '../core/errors.js';

export function abortable<T>(pending: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return pending;
  if (signal.aborted) {
    pending.catch(() => undefined);
    return Promise.reject(new CancelledError());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      pending.catch(() => undefined);
      reject(new CancelledError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Resolves after `ms`, or rejects with CancelledError as soon as the signal aborts. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new CancelledError());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Waits for `work` at most `ms`: true when it settled in time. Work that outlasts the wait goes on
 * (the caller hands it to `Connection.linger` so the transport stays for it).
 */
export async function settledWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true, () => true), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Work nobody waits for any more (a kill, a cleanup), kept so a close can give it a bounded grace. */
export class LingeringWork {
  private readonly pending = new Set<Promise<void>>();

  add(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
  }

  /** Resolves when all of it has settled, or after `ms` at the latest. */
  async settle(ms: number): Promise<void> {
    if (this.pending.size > 0) await settledWithin(Promise.all(this.pending), ms);
  }
}
