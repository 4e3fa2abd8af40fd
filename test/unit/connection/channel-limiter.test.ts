import { describe, expect, it } from 'vitest';
import { ChannelLimiter } from '../../../src/connection/channel-limiter.js';

describe('ChannelLimiter', () => {
  it('never runs more than its capacity at once and runs everything', async () => {
    const limiter = new ChannelLimiter(3);
    let active = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limiter.run(async () => {
          active++;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, 5));
          active--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('frees the slot when work fails', async () => {
    const limiter = new ChannelLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(async () => 'next')).toBe('next');
  });
});
