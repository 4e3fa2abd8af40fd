import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleInterrupts } from '../../../src/cli/interrupts.js';

let stderr: string;
let release: (() => void) | undefined;

beforeEach(() => {
  stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
});

afterEach(() => {
  release?.();
  release = undefined;
  vi.restoreAllMocks();
});

const listeners = (signal: NodeJS.Signals) => process.listenerCount(signal);

describe("the CLI's signal handler", () => {
  it('during a run: the first Ctrl-C aborts the run and says so, the second leaves with 99 naming the jobs that may still run', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const controller = new AbortController();
    const before = listeners('SIGINT');
    release = handleInterrupts({ kind: 'run', controller, stillRunning: () => ({ waited: [{ host: 'h2', jid: 'j7.70' }], leftRunning: 2 }) });
    process.emit('SIGINT');
    expect(controller.signal.aborted).toBe(true);
    expect(stderr).toBe("[castoff] interrupted: stopping, terminating this run's remote jobs (Ctrl-C again to leave at once)\n");
    expect(exit).not.toHaveBeenCalled();
    stderr = '';
    process.emit('SIGINT');
    expect(exit).toHaveBeenCalledWith(99);
    expect(stderr).toBe(
      "[castoff] still running: h2 j7.70 (castoff wait j7.70 / castoff kill j7.70)\n[castoff] 2 poll: 0 jobs of this run left running on purpose ('castoff jobs' lists them)\n",
    );
    release();
    release = undefined;
    expect(listeners('SIGINT')).toBe(before);
  });

  it('during a run, SIGTERM counts as Ctrl-C, and the second signal with nothing running says it leaves at once', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const controller = new AbortController();
    release = handleInterrupts({ kind: 'run', controller, stillRunning: () => ({ waited: [], leftRunning: 0 }) });
    process.emit('SIGTERM');
    expect(controller.signal.aborted).toBe(true);
    process.emit('SIGINT');
    expect(exit).toHaveBeenCalledWith(99);
    expect(stderr.split('\n').at(-2)).toBe('[castoff] leaving at once');
  });

  it('during castoff wait: Ctrl-C stops the wait once and leaves the next to the default (the process ends)', () => {
    const controller = new AbortController();
    const before = listeners('SIGINT');
    const termBefore = listeners('SIGTERM');
    release = handleInterrupts({ kind: 'wait', controller });
    expect(listeners('SIGINT')).toBe(before + 1);
    expect(listeners('SIGTERM')).toBe(termBefore);
    process.emit('SIGINT');
    expect(controller.signal.aborted).toBe(true);
    expect(listeners('SIGINT')).toBe(before);
    expect(stderr).toBe('');
  });
});
