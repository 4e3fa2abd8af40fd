import { setTimeout as sleep } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { deadline } from '../../../src/core/index.js';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/** Resolves with how the signal ended: 'aborted' with its reason's name, or 'still waiting' after `ms`. */
function outcome(signal: AbortSignal, ms: number): Promise<string> {
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(`aborted: ${(signal.reason as Error).name}`), { once: true });
    setTimeout(() => resolve('still waiting'), ms);
  });
}

describe('deadline', () => {
  it('ends the wait at its time even when the garbage collector runs while it waits (only the listener refers to it)', async () => {
    const parent = new AbortController();
    const ends: Promise<string>[] = [];
    for (let i = 0; i < 5; i++) ends.push(outcome(deadline(100, parent.signal).signal, 5000));
    await sleep(20);
    for (let i = 0; i < 3; i++) collect();
    expect(await Promise.all(ends)).toEqual(Array(5).fill('aborted: TimeoutError'));
  });

  it('ends the wait at once when the outer signal aborts', async () => {
    const parent = new AbortController();
    const { signal } = deadline(60_000, parent.signal);
    const end = outcome(signal, 5000);
    parent.abort(new Error('stop'));
    expect(await end).toBe('aborted: Error');
  });

  it('never fires once cleared', async () => {
    const bound = deadline(20);
    bound.clear();
    await sleep(200);
    expect(bound.signal.aborted).toBe(false);
  });
});
