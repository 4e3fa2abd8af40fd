import { describe, expect, it } from 'vitest';
import { itemsOf, play, resultOf, runLocal, tasksRun } from './run-local.js';

describe('when', () => {
  it('skips a task whose condition is false and runs one whose condition is true', async () => {
    const run = await runLocal(
      play(`  vars:
    flag: true
  tasks:
    - name: runs
      debug: msg=ran
      when: flag
    - name: skips
      debug: msg=ran
      when: not flag
    - name: all of a list
      debug: msg=ran
      when: [flag, "1 == 2"]
`),
    );
    expect(run.exitCode).toBe(0);
    expect(resultOf(run, 'runs')?.status).toBe('ok');
    expect(resultOf(run, 'runs')?.result.msg).toBe('ran');
    expect(resultOf(run, 'skips')?.status).toBe('skipped');
    expect(resultOf(run, 'all of a list')?.status).toBe('skipped');
    expect(run.stats.localhost).toMatchObject({ ok: 1, skipped: 2, failed: 0 });
  });

  it('is evaluated per loop item, with the item in scope', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: evens
      debug: msg="{{ item }}"
      loop: [1, 2, 3, 4]
      when: item % 2 == 0
`),
    );
    expect(run.exitCode).toBe(0);
    expect(itemsOf(run, 'evens').map((e) => [e.item, e.status])).toEqual([
      ['1', 'skipped'],
      ['2', 'ok'],
      ['3', 'skipped'],
      ['4', 'ok'],
    ]);
    expect(resultOf(run, 'evens')?.status).toBe('ok');
  });

  it('an undefined variable in a condition fails the task with a message naming it', async () => {
    const run = await runLocal(play(`  tasks:\n    - name: bad\n      debug: msg=x\n      when: nosuchvar == 1\n`));
    expect(run.exitCode).toBe(2);
    expect(resultOf(run, 'bad')?.status).toBe('failed');
    expect(String(resultOf(run, 'bad')?.result.msg)).toContain('nosuchvar');
  });
});

describe('loops', () => {
  it('loop runs once per item and registers every result under results', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: each
      debug: msg="v={{ item }}"
      loop: [a, b, c]
      register: out
    - name: collected
      debug: msg="{{ out.results | map(attribute='msg') | list }}"
`),
    );
    expect(run.exitCode).toBe(0);
    expect(itemsOf(run, 'each').map((e) => e.result.msg)).toEqual(['v=a', 'v=b', 'v=c']);
    expect(resultOf(run, 'each')?.result.msg).toBe('All items completed');
    expect(resultOf(run, 'collected')?.result.msg).toEqual(['v=a', 'v=b', 'v=c']);
  });

  it('with_items flattens one level, loop does not', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: flat
      debug: msg="{{ item }}"
      with_items: [[1, 2], 3]
    - name: nested
      debug: msg="{{ item }}"
      loop: [[1, 2], 3]
`),
    );
    expect(itemsOf(run, 'flat').map((e) => e.result.msg)).toEqual([1, 2, 3]);
    expect(itemsOf(run, 'nested').map((e) => e.result.msg)).toEqual([[1, 2], 3]);
  });

  it('loop_control sets the label, the index variable and the loop variable, and ansible_loop', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: controlled
      debug: msg="{{ idx }}:{{ user.name }}:{{ ansible_loop.index }}/{{ ansible_loop.length }}:{{ ansible_loop.last }}"
      loop: [{name: ann, uid: 1}, {name: bob, uid: 2}]
      loop_control:
        loop_var: user
        index_var: idx
        label: "{{ user.name }}"
        extended: true
`),
    );
    expect(run.exitCode).toBe(0);
    const items = itemsOf(run, 'controlled');
    expect(items.map((e) => e.item)).toEqual(['ann', 'bob']);
    expect(items.map((e) => e.result.msg)).toEqual(['0:ann:1/2:False', '1:bob:2/2:True']);
    expect(items[1]?.result.user).toEqual({ name: 'bob', uid: 2 });
    expect(items[1]?.result.ansible_loop_var).toBe('user');
  });

  it('a failing item fails the task; the others still run', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: some fail
      fail: msg="bad {{ item }}"
      loop: [1, 2, 3]
      when: item != 2
`),
    );
    expect(run.exitCode).toBe(2);
    expect(itemsOf(run, 'some fail').map((e) => e.status)).toEqual(['failed', 'skipped', 'failed']);
    expect(resultOf(run, 'some fail')?.status).toBe('failed');
    expect(resultOf(run, 'some fail')?.result.msg).toBe('One or more items failed');
  });

  it('an empty loop skips the task', async () => {
    const run = await runLocal(play(`  tasks:\n    - name: none\n      debug: msg=x\n      loop: []\n`));
    expect(run.exitCode).toBe(0);
    expect(resultOf(run, 'none')?.status).toBe('skipped');
  });
});

describe('until / retries / delay', () => {
  it('retries until the condition holds and records the attempts', async () => {
    const dir = `/tmp/castoff-until-${process.pid}-${Date.now()}`;
    const run = await runLocal(
      play(`  tasks:
    - name: count
      raw: "mkdir -p ${dir} && echo x >> ${dir}/n && wc -l < ${dir}/n"
      register: r
      until: r.stdout | trim | int >= 3
      retries: 5
      delay: 0
`),
    );
    expect(run.exitCode).toBe(0);
    const retries = run.events.filter((e) => e.type === 'retry');
    expect(retries.map((e) => (e.type === 'retry' ? [e.attempt, e.retriesLeft] : null))).toEqual([
      [1, 5],
      [2, 4],
    ]);
    expect(resultOf(run, 'count')?.result.attempts).toBe(3);
    expect(resultOf(run, 'count')?.status).not.toBe('failed');
  });

  it('fails after retries + 1 attempts when the condition never holds', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: never
      raw: echo no
      register: r
      until: r.stdout is search('yes')
      retries: 2
      delay: 0
`),
    );
    expect(run.exitCode).toBe(2);
    expect(run.events.filter((e) => e.type === 'retry')).toHaveLength(2);
    expect(resultOf(run, 'never')?.status).toBe('failed');
    expect(resultOf(run, 'never')?.result.attempts).toBe(3);
  });
});

describe('failed_when / changed_when / ignore_errors', () => {
  it('failed_when and changed_when override the module\'s verdict', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: never changed
      raw: echo hi
      changed_when: false
    - name: changed by output
      raw: echo CHANGED
      register: c
      changed_when: "'CHANGED' in c.stdout"
    - name: exit 3 is fine
      raw: exit 3
      failed_when: false
    - name: output means failure
      raw: echo ERROR
      register: e
      failed_when: "'ERROR' in e.stdout"
      ignore_errors: true
`),
    );
    expect(resultOf(run, 'never changed')?.status).toBe('ok');
    expect(resultOf(run, 'changed by output')?.status).toBe('changed');
    expect(resultOf(run, 'exit 3 is fine')?.status).not.toBe('failed');
    expect(resultOf(run, 'exit 3 is fine')?.result.rc).toBe(3);
    const failed = resultOf(run, 'output means failure');
    expect(failed?.status).toBe('failed');
    expect(failed?.ignored).toBe(true);
    expect(run.exitCode).toBe(0);
  });

  it('a failed_when or changed_when that errors fails the task but keeps the module result, the error beside it', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: bad failed_when
      raw: echo hi
      failed_when: nope.x
      ignore_errors: true
    - name: bad changed_when
      raw: echo there
      changed_when: nope.y
      failed_when: false
      ignore_errors: true
`),
    );
    const fw = resultOf(run, 'bad failed_when');
    expect(fw).toMatchObject({ status: 'failed', ignored: true });
    expect(fw?.result).toMatchObject({ failed: true, rc: 0 });
    expect(String(fw?.result.stdout)).toContain('hi');
    expect(fw?.result.failed_when_result).toMatch(/^The conditional check 'nope.x' failed. The error was: .*'nope' is undefined/);
    const cw = resultOf(run, 'bad changed_when');
    // Ansible stops at the changed_when error: failed_when is not evaluated after it.
    expect(cw?.status).toBe('failed');
    expect(String(cw?.result.stdout)).toContain('there');
    expect(cw?.result.changed_when_result).toMatch(/^The conditional check 'nope.y' failed/);
    expect(cw?.result.failed_when_result).toBeUndefined();
    expect(run.exitCode).toBe(0);
  });

  it('ignore_errors lets the host go on and counts the failure as ignored', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: boom
      fail: msg=boom
      ignore_errors: true
    - name: after
      debug: msg="still here"
`),
    );
    expect(run.exitCode).toBe(0);
    expect(resultOf(run, 'boom')).toMatchObject({ status: 'failed', ignored: true });
    expect(resultOf(run, 'after')?.result.msg).toBe('still here');
    expect(run.stats.localhost).toMatchObject({ ignored: 1, failed: 0 });
  });

  it('without ignore_errors a failure stops the host', async () => {
    const run = await runLocal(play(`  tasks:\n    - name: boom\n      fail: msg=boom\n    - name: after\n      debug: msg=x\n`));
    expect(run.exitCode).toBe(2);
    expect(tasksRun(run)).toEqual(['boom']);
    expect(run.stats.localhost).toMatchObject({ failed: 1 });
  });
});

describe('register, set_fact and no_log', () => {
  it('set_fact and register feed later tasks', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: fact
      set_fact:
        greeting: hello
        n: 2
    - name: echo
      raw: echo "{{ greeting }} {{ n * 3 }}"
      register: out
    - name: use
      debug: msg="{{ out.stdout | trim }}/{{ out.rc }}"
`),
    );
    expect(run.exitCode).toBe(0);
    expect(resultOf(run, 'fact')?.result.ansible_facts).toEqual({ greeting: 'hello', n: 2 });
    expect(resultOf(run, 'use')?.result.msg).toBe('hello 6/0');
  });

  it('a set_fact loop sees the values its earlier items set, as Ansible does', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: accumulate
      set_fact: {acc: "{{ (acc | default([])) + [item] }}"}
      loop: [a, b, c]
      when: item != 'b'
    - name: show
      debug: var=acc
`),
    );
    expect(run.exitCode).toBe(0);
    expect(itemsOf(run, 'accumulate').map((e) => e.result.ansible_facts)).toEqual([{ acc: ['a'] }, undefined, { acc: ['a', 'c'] }]);
    expect(resultOf(run, 'show')?.result.acc).toEqual(['a', 'c']);
  });

  it('a skipped task still registers a result with skipped set', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: skipped
      raw: echo x
      register: s
      when: false
    - name: look
      debug: msg="{{ s.skipped }}"
`),
    );
    expect(resultOf(run, 'look')?.result.msg).toBe(true);
  });

  it('no_log hides results, per item too, while the registered value stays usable', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: secret
      raw: echo topsecret-1
      register: s
      no_log: true
    - name: items
      debug: msg="topsecret-{{ item }}"
      loop: [2]
      no_log: true
    - name: derived
      debug: msg="{{ s.stdout | trim | length }}"
`),
    );
    expect(run.exitCode).toBe(0);
    expect(resultOf(run, 'secret')?.result.censored).toBeDefined();
    expect(resultOf(run, 'derived')?.result.msg).toBe(11);
    expect(JSON.stringify(run.events)).not.toContain('topsecret');
  });
});

describe('conditions and retries per loop item', () => {
  it('failed_when and changed_when are evaluated for each item', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: per item
      raw: echo "{{ item }}"
      loop: [1, 2, 3]
      changed_when: item == 1
      failed_when: item == 3
      ignore_errors: true
`),
    );
    expect(run.exitCode).toBe(0);
    expect(itemsOf(run, 'per item').map((e) => e.status)).toEqual(['changed', 'ok', 'failed']);
    expect(resultOf(run, 'per item')).toMatchObject({ status: 'failed', ignored: true });
  });

  it('a list of failed_when conditions fails only when all of them hold', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: one of two
      raw: echo x
      register: r
      failed_when: [r.rc == 0, "'y' in r.stdout"]
    - name: both
      raw: echo y
      register: r2
      failed_when: [r2.rc == 0, "'y' in r2.stdout"]
`),
    );
    expect(resultOf(run, 'one of two')?.status).not.toBe('failed');
    expect(resultOf(run, 'both')?.status).toBe('failed');
  });

  it('until retries each loop item on its own', async () => {
    const dir = `/tmp/castoff-until-items-${process.pid}-${Date.now()}`;
    const run = await runLocal(
      play(`  tasks:
    - name: items
      raw: "mkdir -p ${dir} && echo x >> ${dir}/{{ item }} && wc -l < ${dir}/{{ item }}"
      loop: [a, b]
      register: r
      until: r.stdout | trim | int >= 2
      retries: 3
      delay: 0
`),
    );
    expect(run.exitCode).toBe(0);
    expect(itemsOf(run, 'items').map((e) => e.result.attempts)).toEqual([2, 2]);
    expect(run.events.filter((e) => e.type === 'retry')).toHaveLength(2);
  });

  it('a changed loop item notifies the handler once', async () => {
    const run = await runLocal(
      play(`  tasks:
    - name: loop
      raw: echo "{{ item }}"
      loop: [1, 2]
      changed_when: item == 2
      notify: h
  handlers:
    - name: h
      debug: msg=handled
`),
    );
    expect(run.results.filter((e) => e.task === 'h').map((e) => e.result.msg)).toEqual(['handled']);
  });
});
