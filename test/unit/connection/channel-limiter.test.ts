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

describe('ChannelLimiter and a signal', () => {
  it('a queued caller whose signal aborts leaves the queue with CancelledError, and the slot still passes on', async () => {
    const limiter = new ChannelLimiter(1);
    let release!: () => void;
    const holder = limiter.run(() => new Promise<void>((r) => (release = r)));
    const controller = new AbortController();
    const queued = limiter.run(async () => 'never', controller.signal);
    const after = limiter.run(async () => 'after');
    controller.abort();
    await expect(queued).rejects.toMatchObject({ name: 'CancelledError' });
    release();
    await holder;
    expect(await after).toBe('after');
  });

  it('an already aborted signal never runs the work', async () => {
    const limiter = new ChannelLimiter(2);
    let ran = false;
    await expect(
      limiter.run(async () => {
        ran = true;
      }, AbortSignal.abort()),
    ).rejects.toMatchObject({ name: 'CancelledError' });
    expect(ran).toBe(false);
  });
});
