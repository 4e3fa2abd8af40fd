import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { localInventory, play, resultOf, runLocal, tasksRun, type LocalRun } from './run-local.js';

const starts = (run: LocalRun) => run.events.flatMap((e) => (e.type === 'task_start' ? [e.task] : []));
const warnings = (run: LocalRun) => run.events.flatMap((e) => (e.type === 'warning' ? [e.message] : []));

describe('meta', () => {
  it('clear_host_errors: a failed host stays out of this play, takes part in the next, and the run succeeds', async () => {
    const inventory = await localInventory(['a', 'b']);
    const run = await runLocal(
      `${play(`  tasks:
    - name: boom
      fail: msg=boom
      when: inventory_hostname == 'a'
    - name: clear
      meta: clear_host_errors
    - name: same play
      debug: msg=x
`, 'a,b')}${play(`  tasks:
    - name: next play
      debug: msg=y
`, 'a,b')}`,
      { inventory },
    );
    expect(tasksRun(run, 'a')).toEqual(['boom', 'next play']);
    expect(tasksRun(run, 'b')).toEqual(['boom', 'same play', 'next play']);
    expect(starts(run)).toContain('clear');
    // Ansible's recap still counts the failure; its exit code does not.
    expect(run.stats.a).toMatchObject({ failed: 1, ok: 1 });
    expect(run.exitCode).toBe(0);
  });

  it('a failure after clear_host_errors still fails the run', async () => {
    const inventory = await localInventory(['a', 'b']);
    const run = await runLocal(
      `${play(`  tasks:
    - name: one
      fail: msg=one
      when: inventory_hostname == 'a'
`, 'a,b')}${play(`  tasks:
    - meta: clear_host_errors
`, 'a,b')}${play(`  tasks:
    - name: again
      fail: msg=two
      when: inventory_hostname == 'a'
`, 'a,b')}`,
      { inventory },
    );
    expect(tasksRun(run, 'a')).toEqual(['one', 'again']);
    expect(run.stats.a.failed).toBe(2);
    expect(run.exitCode).toBe(2);
  });

  it('clear_facts forgets gathered facts; set_fact values stay', async () => {
    const run = await runLocal(`- hosts: localhost
  gather_facts: true
  tasks:
    - set_fact: mine=kept
    - meta: clear_facts
    - name: after
      debug: msg="{{ ansible_facts.keys() | list | length }} {{ mine }}"
`);
    expect(resultOf(run, 'after')?.result.msg).toBe('0 kept');
  });

  it('end_batch ends the batch, the next batch runs; end_host with a false when shows the host as skipped, uncounted', async () => {
    const inventory = await localInventory(['a', 'b']);
    const run = await runLocal(
      `- hosts: a,b
  gather_facts: false
  serial: 1
  tasks:
    - name: first
      debug: msg=x
    - meta: end_batch
    - name: never
      debug: msg=y
${play(`  tasks:
    - name: end b
      meta: end_host
      when: inventory_hostname == 'b'
    - name: only a
      debug: msg=z
`, 'a,b')}`,
      { inventory },
    );
    expect(tasksRun(run, 'a')).toEqual(['first', 'end b', 'only a']);
    expect(tasksRun(run, 'b')).toEqual(['first']);
    expect(resultOf(run, 'end b', 'a')).toMatchObject({ status: 'skipped', result: { skip_reason: 'end_host conditional evaluated to False' } });
    expect(run.stats.a.skipped).toBe(0);
  });

  it('noop does nothing but warns that it ignores when', async () => {
    const run = await runLocal(
      play(`  tasks:
    - meta: noop
      when: false
    - name: after
      debug: msg=x
`),
    );
    expect(starts(run)).toEqual(['meta', 'after']);
    expect(warnings(run)).toContain('noop task does not support when conditional');
    expect(run.exitCode).toBe(0);
  });

  it('refresh_inventory reads the inventory sources again; add_host hosts survive it', async () => {
    const inventory = await localInventory(['a']);
    const text = await readFile(inventory, 'utf8');
    const run = await runLocal(
      `${play(`  tasks:
    - add_host: name=dyn ansible_connection=local
    - name: add to file
      delegate_to: localhost
      run_once: true
      copy:
        dest: ${inventory}
        content: "${text.trim()}\\nlater ansible_connection=local\\n"
    - meta: refresh_inventory
`, 'a')}${play(`  tasks:
    - name: seen
      debug: msg=x
`, 'later,dyn')}`,
      { inventory },
    );
    expect(tasksRun(run, 'later')).toEqual(['seen']);
    expect(tasksRun(run, 'dyn')).toEqual(['seen']);
    await writeFile(inventory, text);
  });
});
