import { describe, expect, it } from 'vitest';
import { play, resultOf, runLocal } from './run-local.js';

const MESSAGE = 'check mode and async cannot be used on same task.';

describe('check mode with async', () => {
  it('--check fails an async task, with poll: 0 too, and the run ends with exit 2', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: polled
      command: echo polled
      async: 10
      poll: 1
      ignore_errors: true
    - name: fire and forget
      command: echo forgotten
      async: 10
      poll: 0
      ignore_errors: true
    - name: last
      command: echo last
      async: 10
      poll: 1
`),
      { check: true },
    );
    for (const task of ['polled', 'fire and forget', 'last']) {
      expect(resultOf(run, task)?.status).toBe('failed');
      expect(resultOf(run, task)?.result).toMatchObject({ failed: true, changed: false, msg: MESSAGE });
    }
    expect(run.stats.localhost).toMatchObject({ failed: 1, ignored: 2, skipped: 0 });
    expect(run.exitCode).toBe(2);
  });

  it('check_mode: true on the task fails it without --check; check_mode: false runs it under --check', async () => {
    const yaml = play(`  tasks:
    - name: checked
      command: echo checked
      async: 10
      poll: 1
      check_mode: true
      ignore_errors: true
    - name: unchecked
      command: echo unchecked
      # Room for a loaded machine: this job really runs.
      async: 120
      poll: 1
      check_mode: false
`);
    const plain = await runLocal(yaml);
    expect(resultOf(plain, 'checked')?.result).toMatchObject({ failed: true, msg: MESSAGE });
    expect(resultOf(plain, 'unchecked')?.status, JSON.stringify(resultOf(plain, 'unchecked')?.result)).toBe('changed');
    const checked = await runLocal(yaml, { check: true });
    expect(resultOf(checked, 'checked')?.result).toMatchObject({ failed: true, msg: MESSAGE });
    expect(resultOf(checked, 'unchecked')?.result, JSON.stringify(resultOf(checked, 'unchecked')?.result)).toMatchObject({ stdout: 'unchecked' });
  });

  it('async: 0 is not async: the task runs in check mode as any other', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: sync
      ping:
      async: 0
`),
      { check: true },
    );
    expect(resultOf(run, 'sync')?.status).toBe('ok');
    expect(run.exitCode).toBe(0);
  });
});
