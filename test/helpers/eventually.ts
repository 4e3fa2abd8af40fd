import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Re-reads `probe` until `done` holds or `withinMs` passes, and returns the last value read, so the
 * caller's assertion shows what was seen. Tests wait on an outcome this way instead of sleeping a
 * fixed time that a loaded machine may overrun.
 */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, withinMs = 15_000, everyMs = 200): Promise<T> {
  const until = performance.now() + withinMs;
  for (;;) {
    const value = await probe();
    if (done(value) || performance.now() > until) return value;
    await sleep(everyMs);
  }
}
