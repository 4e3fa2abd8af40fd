import { describe, expect, it } from 'vitest';
import { play, resultOf, runLocal, tasksRun } from './run-local.js';

describe('wrong module arguments fail the task when it runs, as in Ansible', () => {
  it('ignore_errors and rescue handle them; a false when skips the task; the message keeps file:line', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: unsupported
      file: path=/tmp bogus=1
      ignore_errors: true
    - name: skipped
      stat: {}
      when: false
    - block:
        - name: missing
          stat: {}
      rescue:
        - name: rescued
          debug: msg="{{ ansible_failed_result.msg }}"
`),
    );
    expect(run.exitCode).toBe(0);
    expect(resultOf(run, 'unsupported')).toMatchObject({ status: 'failed', ignored: true, result: { msg: "executor.yml:5:13: unsupported parameter 'bogus' for module 'file'" } });
    expect(resultOf(run, 'skipped')?.status).toBe('skipped');
    expect(resultOf(run, 'rescued')?.result.msg).toBe("executor.yml:12:11: module 'stat' needs 'path'");
    expect(run.stats.localhost).toMatchObject({ ignored: 1, rescued: 1, failed: 0 });
  });

  it('without ignore_errors the host fails there and runs nothing more', async () => {
    const run = await runLocal(play(`  tasks:\n    - name: bad\n      file: path=/tmp state=weird\n    - name: never\n      debug: msg=x\n`));
    expect(tasksRun(run)).toEqual(['bad']);
    expect(run.exitCode).toBe(2);
  });

  it('args: "{{ dict }}" is rendered when the task runs, the module\'s own arguments winning', async () => {
    const run = await runLocal(
      play(`  vars:
    opts: {msg: from-args, verbosity: 0}
    notdict: text
  tasks:
    - name: splat
      debug: {}
      args: "{{ opts }}"
    - name: own wins
      debug: msg=own
      args: "{{ opts }}"
    - name: not a mapping
      debug: {}
      args: "{{ notdict }}"
      ignore_errors: true
`),
    );
    expect(resultOf(run, 'splat')?.result.msg).toBe('from-args');
    expect(resultOf(run, 'own wins')?.result.msg).toBe('own');
    expect(resultOf(run, 'not a mapping')).toMatchObject({ status: 'failed', result: { msg: `the task's 'args' must be a mapping, got "text"` } });
    expect(run.events.some((e) => e.type === 'warning' && e.message.includes("Using a variable for a task's 'args' is unsafe"))).toBe(true);
  });
});
