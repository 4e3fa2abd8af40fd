/**
 * Caps concurrent channels on one SSH connection below sshd's MaxSessions (default 10): callers
 * beyond the cap queue instead of failing with "open failed". A queued caller whose signal aborts
 * leaves the queue at once, so a host whose channels all hang cannot hold a task past its deadline.
 */
import { CancelledError } from '../core/errors.js';

export class ChannelLimiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly capacity: number) {
    if (capacity < 1) throw new RangeError('channel capacity must be at least 1');
  }

  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw new CancelledError();
    if (this.active >= this.capacity) {
      await this.queue(signal);
    } else {
      this.active++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }

  /** Resolves when a slot is handed over; the slot then belongs to the caller. */
  private queue(signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const at = this.waiting.indexOf(grant);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(new CancelledError());
      };
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      this.waiting.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}
