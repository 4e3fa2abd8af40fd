/**
 * The tests' container steps (test/helpers/container-steps.ts): one at a time across processes, a
 * lock left by a dead process taken over, and a stuck step answered by one engine restart.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { containerStep } from '../../helpers/container-steps.js';

const lockIn = () => join(mkdtempSync(join(tmpdir(), 'castoff-steps-')), 'lock');

/** A lock directory as another process makes it. */
function holdLock(lock: string, pid: number): void {
  mkdirSync(lock);
  writeFileSync(join(lock, 'owner'), String(pid));
}

const never = () => new Promise<never>(() => undefined);

describe('container steps', () => {
  it('waits while another live process holds the lock, and goes on once that process is gone', async () => {
    const lock = lockIn();
    const other = spawn('sleep', ['60']);
    await new Promise((resolve) => other.once('spawn', resolve));
    holdLock(lock, other.pid!);
    let ran = false;
    const step = containerStep('start', async () => (ran = true), { lock });
    await sleep(300);
    expect(ran).toBe(false);
    other.kill('SIGKILL');
    await new Promise((resolve) => other.once('exit', resolve));
    await step;
    expect(ran).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock whose owner has died', async () => {
    const lock = lockIn();
    const gone = spawn('true');
    await new Promise((resolve) => gone.once('exit', resolve));
    holdLock(lock, gone.pid!);
    await expect(containerStep('start', async () => 'started', { lock })).resolves.toBe('started');
  });

  it("runs one process's steps one at a time, in the order asked", async () => {
    const lock = lockIn();
    const order: string[] = [];
    let running = 0;
    let most = 0;
    const step = (name: string) =>
      containerStep(
        name,
        async () => {
          running++;
          most = Math.max(most, running);
          order.push(`${name}+`);
          await sleep(20);
          order.push(`${name}-`);
          running--;
        },
        { lock },
      );
    await Promise.all([step('a'), step('b'), step('c')]);
    expect(most).toBe(1);
    expect(order).toEqual(['a+', 'a-', 'b+', 'b-', 'c+', 'c-']);
  });

  it('restarts the engine once when a step gets no answer, then makes the step again', async () => {
    const lock = lockIn();
    const restarts: string[] = [];
    let tries = 0;
    const result = await containerStep('stopping test host c1', () => (++tries === 1 ? never() : Promise.resolve('stopped')), {
      lock,
      stepMs: 100,
      restart: async (what) => void restarts.push(what),
    });
    expect(result).toBe('stopped');
    expect(tries).toBe(2);
    expect(restarts).toEqual(['stopping test host c1']);
  });

  it('fails with the step named when the engine is stuck even after a restart, and frees the lock', async () => {
    const lock = lockIn();
    let restarts = 0;
    await expect(containerStep('starting test host h1', never, { lock, stepMs: 100, restart: async () => void restarts++ })).rejects.toThrow(
      'starting test host h1: Docker did not answer in 0.1 s, even after a restart',
    );
    expect(restarts).toBe(1);
    expect(existsSync(lock)).toBe(false);
    await expect(containerStep('next', async () => 'ran', { lock })).resolves.toBe('ran');
  });

  it('passes on a step that fails by itself, without restarting anything', async () => {
    const lock = lockIn();
    let restarts = 0;
    const failing = () => Promise.reject(new Error('no such image'));
    await expect(containerStep('start', failing, { lock, restart: async () => void restarts++ })).rejects.toThrow('no such image');
    expect(restarts).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  it('says whose steps it waited for when they outlast its wait', async () => {
    const lock = lockIn();
    const other = spawn('sleep', ['60']);
    await new Promise((resolve) => other.once('spawn', resolve));
    holdLock(lock, other.pid!);
    try {
      await expect(containerStep('starting test host h2', async () => 'never runs', { lock, waitMs: 200 })).rejects.toThrow(
        `starting test host h2: waited 0.2 s for the container steps of pid ${other.pid}`,
      );
    } finally {
      other.kill('SIGKILL');
    }
  });
});
