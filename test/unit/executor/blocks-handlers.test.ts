import { describe, expect, it } from 'vitest';
import { localInventory, play, resultOf, runLocal, tasksRun } from './run-local.js';

describe('blocks with rescue and always', () => {
  it('rescue runs after a failure in the block, always runs, and the host counts as rescued, not failed', async () => {
    const run = await runLocal(
      play(`  tasks:
    - block:
        - name: breaks
          fail: msg=broken
        - name: not reached
          debug: msg=x
      rescue:
        - name: rescuer
          debug: msg=rescued
      always:
        - name: cleanup
          debug: msg=always
    - name: after block
      debug: msg=continues
`),
    );
    expect(run.exitCode).toBe(0);
    expect(tasksRun(run)).toEqual(['breaks', 'rescuer', 'cleanup', 'after block']);
    expect(run.stats.localhost).toMatchObject({ failed: 0, rescued: 1 });
  });

  it('without a failure, rescue is skipped and always still runs', async () => {
    const run = await runLocal(
      play(`  tasks:
    - block:
        - name: fine
          debug: msg=ok
      rescue:
        - name: rescuer
          debug: msg=rescued
      always:
        - name: cleanup
          debug: msg=always
`),
    );
    expect(run.exitCode).toBe(0);
    expect(tasksRun(run)).toEqual(['fine', 'cleanup']);
    expect(run.stats.localhost).toMatchObject({ rescued: 0 });
  });

  it('always runs after an unrescued failure and the host stays failed', async () => {
    const run = await runLocal(
      play(`  tasks:
    - block:
        - name: breaks
          fail: msg=broken
      always:
        - name: cleanup
          debug: msg=always
    - name: after block
      debug: msg=never
`),
    );
    expect(run.exitCode).toBe(2);
    expect(tasksRun(run)).toEqual(['breaks', 'cleanup']);
    expect(run.stats.localhost).toMatchObject({ failed: 1 });
  });

  it('a failure inside rescue fails the host, and always still runs', async () => {
    const run = await runLocal(
      play(`  tasks:
    - block:
        - name: breaks
          fail: msg=first
      rescue:
        - name: rescue breaks too
          fail: msg=second
      always:
        - name: cleanup
          debug: msg=always
`),
    );
    expect(run.exitCode).toBe(2);
    expect(tasksRun(run)).toEqual(['breaks', 'rescue breaks too', 'cleanup']);
  });

  it('keywords on a block (when, vars) apply to its tasks', async () => {
    const run = await runLocal(
      play(`  tasks:
    - block:
        - name: inner
          debug: msg="{{ word }}"
      vars:
        word: inherited
    - block:
        - name: skipped inner
          debug: msg=x
      when: false
`),
    );
    expect(resultOf(run, 'inner')?.result.msg).toBe('inherited');
    expect(resultOf(run, 'skipped inner')?.status).toBe('skipped');
  });

  // Ansible sets ansible_failed_task and ansible_failed_result when a rescue starts; always sees them too.
  it('rescue and always see ansible_failed_task and ansible_failed_result', async () => {
    const run = await runLocal(
      play(`  tasks:
    - block:
        - name: fine
          debug: msg=ok
        - name: breaks
          fail:
            msg: "{{ 'bro' ~ 'ken' }}"
      rescue:
        - name: report
          debug: msg="{{ ansible_failed_task.name }}:{{ ansible_failed_result.msg }}"
        - name: as written
          debug: msg="{{ ansible_failed_task.args.msg }}"
      always:
        - name: still known
          debug: msg="{{ ansible_failed_result.failed }}"
`),
    );
    expect(run.exitCode).toBe(0);
    expect(resultOf(run, 'report')?.result.msg).toBe('breaks:broken');
    expect(resultOf(run, 'as written')?.result.msg).toBe("{{ 'bro' ~ 'ken' }}");
    expect(resultOf(run, 'still known')?.result.msg).toBe(true);
  });

  it('ansible_failed_task is undefined in a rescue-less always', async () => {
    const run = await runLocal(
      play(`  tasks:
    - block:
        - name: breaks
          fail: msg=broken
      always:
        - name: look
          debug: msg="{{ ansible_failed_task is defined }}"
`),
    );
    expect(resultOf(run, 'look')?.result.msg).toBe(false);
  });
});

describe('handlers and notify', () => {
  it('a changed task notifies a handler, which runs once at the end of the section even when notified twice', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: change one
      raw: echo 1
      notify: restart
    - name: change two
      raw: echo 2
      notify: restart
    - name: last task
      debug: msg=x
  handlers:
    - name: restart
      debug: msg=restarted
`),
    );
    expect(run.exitCode).toBe(0);
    expect(tasksRun(run)).toEqual(['change one', 'change two', 'last task', 'restart']);
    const starts = run.events.filter((e) => e.type === 'task_start' && e.task === 'restart');
    expect(starts).toMatchObject([{ handler: true }]);
  });

  it('an unchanged task does not notify; listen topics and definition order are honoured', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: unchanged
      raw: echo 1
      changed_when: false
      notify: never run
    - name: changed
      raw: echo 2
      notify: [topic, first]
  handlers:
    - name: never run
      debug: msg=x
    - name: first
      debug: msg=first
    - name: by topic
      debug: msg=topic
      listen: topic
`),
    );
    expect(tasksRun(run)).toEqual(['unchanged', 'changed', 'first', 'by topic']);
  });

  it('a handler can notify another handler', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: changed
      raw: echo 1
      notify: a
  handlers:
    - name: a
      raw: echo a
      notify: b
    - name: b
      debug: msg=b
`),
    );
    expect(tasksRun(run)).toEqual(['changed', 'a', 'b']);
  });

  it('meta: flush_handlers runs notified handlers at that point', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: changed
      raw: echo 1
      notify: h
    - meta: flush_handlers
    - name: after flush
      debug: msg=x
  handlers:
    - name: h
      debug: msg=handled
`),
    );
    expect(tasksRun(run)).toEqual(['changed', 'h', 'after flush']);
  });

  it('handlers do not run for a host that failed after notifying', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: changed
      raw: echo 1
      notify: h
    - name: breaks
      fail: msg=x
  handlers:
    - name: h
      debug: msg=handled
`),
    );
    expect(run.exitCode).toBe(2);
    expect(tasksRun(run)).toEqual(['changed', 'breaks']);
  });

  it('only the hosts that notified run the handler', async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const run = await runLocal(
      play(
        `  tasks:
    - name: changes on h1
      raw: echo 1
      changed_when: inventory_hostname == 'h1'
      notify: h
  handlers:
    - name: h
      debug: msg="{{ inventory_hostname }}"
`,
        'all',
      ),
      { inventory },
    );
    expect(tasksRun(run, 'h1')).toEqual(['changes on h1', 'h']);
    expect(tasksRun(run, 'h2')).toEqual(['changes on h1']);
  });
});
