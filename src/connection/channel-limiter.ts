/**
 * Caps concurrent channels on one SSH connection below sshd's MaxSessions (default 10): callers
 * beyond the cap queue instead of failing with "open failed".
 */
export class ChannelLimiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly capacity: number) {
    if (capacity < 1) throw new RangeError('channel capacity must be at least 1');
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.capacity) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
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
}
