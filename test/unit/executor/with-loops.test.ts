import { describe, expect, it } from 'vitest';
import { itemsOf, play, resultOf, runLocal } from './run-local.js';

describe('with_<lookup> loops', () => {
  it('each keyword loops over what its lookup returns, as Ansible 2.14 does', async () => {
    const run = await runLocal(
      play(`  vars:
    users: {alice: 1, bob: 2}
    groups_of: [{name: a, members: [x, y]}, {name: b, members: [z]}]
  tasks:
    - name: dict
      debug: msg="{{ item.key }}={{ item.value }}"
      with_dict: "{{ users }}"
    - name: nested
      debug: msg="{{ item[0] }}{{ item[1] }}"
      with_nested: [[1, 2], [a, b]]
    - name: together
      debug: msg="{{ item }}"
      with_together: [[1, 2], [a]]
    - name: subelements
      debug: msg="{{ item.0.name }}:{{ item.1 }}"
      with_subelements: ["{{ groups_of }}", members]
    - name: sequence
      debug: msg="{{ item }}"
      with_sequence: start=1 end=3 format=n%d
    - name: indexed
      debug: msg="{{ item.0 }}:{{ item.1 }}"
      with_indexed_items: [a, b]
    - name: string items
      debug: msg="{{ item }}"
      with_items: just one
    - name: items flatten
      debug: msg="{{ item }}"
      with_items: [[1, 2], 3]
    - name: lines
      debug: msg="{{ item }}"
      with_lines: printf 'l1\\nl2\\n'
`),
    );
    expect(run.exitCode).toBe(0);
    const msgs = (task: string) => itemsOf(run, task).map((e) => e.result.msg);
    expect(msgs('dict')).toEqual(['alice=1', 'bob=2']);
    expect(msgs('nested')).toEqual(['1a', '1b', '2a', '2b']);
    expect(msgs('together')).toEqual([[1, 'a'], [2, null]]);
    expect(msgs('subelements')).toEqual(['a:x', 'a:y', 'b:z']);
    expect(msgs('sequence')).toEqual(['n1', 'n2', 'n3']);
    expect(msgs('indexed')).toEqual(['0:a', '1:b']);
    expect(msgs('string items')).toEqual(['just one']);
    expect(msgs('items flatten')).toEqual([1, 2, 3]);
    expect(msgs('lines')).toEqual(['l1', 'l2']);
  });

  it("a loop's lookup error fails the task with the lookup's own message", async () => {
    const run = await runLocal(play(`  tasks:\n    - name: bad dict\n      debug: msg=x\n      with_dict: [1, 2]\n`));
    expect(run.exitCode).toBe(2);
    expect(resultOf(run, 'bad dict')?.status).toBe('failed');
    // castoff adds where the task is, as for every template error of a task (Ansible adds none here).
    expect(resultOf(run, 'bad dict')?.result.msg).toMatch(/^with_dict expects a dict\n\nThe error appears to be in '[^']+': line 4, column 7, but may\n/);
  });
});
