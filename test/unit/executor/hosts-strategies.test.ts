import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localInventory, play, resultOf, runLocal, tasksRun, type LocalRun } from './run-local.js';

const HOSTS = ['h1', 'h2', 'h3', 'h4'];

/** Host and task of each task-level result, in the order they were emitted. */
function order(run: LocalRun): string[] {
  return run.results.filter((e) => e.item === undefined).map((e) => `${e.host}:${e.task}`);
}

describe('run_once and delegate_to', () => {
  it('run_once runs on the first host only and registers its result for every host', async () => {
    const inventory = await localInventory(HOSTS.slice(0, 3));
    const run = await runLocal(
      play(
        `  tasks:
    - name: once
      raw: echo "from {{ inventory_hostname }}"
      register: r
      run_once: true
    - name: seen
      debug: msg="{{ r.stdout | trim }}"
`,
        'all',
      ),
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    expect(run.results.filter((e) => e.task === 'once').map((e) => e.host)).toEqual(['h1']);
    for (const h of ['h1', 'h2', 'h3']) expect(resultOf(run, 'seen', h)?.result.msg).toBe('from h1');
  });

  // Ansible applies the facts of a run_once task to every host of the batch.
  it('run_once set_fact sets the fact on every host', async () => {
    const inventory = await localInventory(HOSTS.slice(0, 2));
    const run = await runLocal(
      play(
        `  tasks:
    - name: once
      set_fact:
        chosen: "{{ inventory_hostname }}"
      run_once: true
    - name: seen
      debug: msg="{{ chosen }}"
`,
        'all',
      ),
      { inventory },
    );
    expect(resultOf(run, 'seen', 'h2')?.result.msg).toBe('h1');
  });

  it('delegate_to runs the task elsewhere while inventory_hostname stays the host it is for', async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const run = await runLocal(
      play(
        `  tasks:
    - name: delegated
      raw: echo "for {{ inventory_hostname }}"
      delegate_to: 127.0.0.1
      register: r
`,
        'all',
      ),
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    for (const h of ['h1', 'h2']) {
      const res = resultOf(run, 'delegated', h);
      expect(res?.delegatedTo).toBe('127.0.0.1');
      expect(String(res?.result.stdout).trim()).toBe(`for ${h}`);
    }
  });
});

describe('serial, any_errors_fatal and max_fail_percentage', () => {
  it('serial runs the play batch by batch: each batch finishes before the next starts', async () => {
    const inventory = await localInventory(HOSTS);
    const run = await runLocal(
      play(
        `  serial: [1, 3]
  tasks:
    - name: a
      debug: msg=a
    - name: b
      debug: msg=b
`,
        'all',
      ),
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    const seq = order(run);
    expect(seq.slice(0, 2)).toEqual(['h1:a', 'h1:b']);
    expect(seq.slice(2, 5).sort()).toEqual(['h2:a', 'h3:a', 'h4:a']);
    expect(seq.slice(5).sort()).toEqual(['h2:b', 'h3:b', 'h4:b']);
  });

  it('a failed batch under serial stops the later batches', async () => {
    const inventory = await localInventory(HOSTS.slice(0, 2));
    const run = await runLocal(
      play(
        `  serial: 1
  tasks:
    - name: breaks
      fail: msg=x
`,
        'all',
      ),
      { inventory },
    );
    expect(run.exitCode).toBe(2);
    expect(order(run)).toEqual(['h1:breaks']);
  });

  it('any_errors_fatal stops every host after one fails', async () => {
    const inventory = await localInventory(HOSTS.slice(0, 3));
    const run = await runLocal(
      play(
        `  any_errors_fatal: true
  tasks:
    - name: first
      fail: msg=bad
      when: inventory_hostname == 'h2'
    - name: second
      debug: msg=x
`,
        'all',
      ),
      { inventory },
    );
    expect(run.exitCode).toBe(2);
    expect(resultOf(run, 'first', 'h2')?.status).toBe('failed');
    expect(run.results.filter((e) => e.task === 'second')).toEqual([]);
  });

  it('without any_errors_fatal the other hosts go on', async () => {
    const inventory = await localInventory(HOSTS.slice(0, 3));
    const run = await runLocal(
      play(
        `  tasks:
    - name: first
      fail: msg=bad
      when: inventory_hostname == 'h2'
    - name: second
      debug: msg=x
`,
        'all',
      ),
      { inventory },
    );
    expect(run.exitCode).toBe(2);
    expect(run.results.filter((e) => e.task === 'second').map((e) => e.host).sort()).toEqual(['h1', 'h3']);
  });

  it('max_fail_percentage stops the play only when the failed share exceeds it', async () => {
    const inventory = await localInventory(HOSTS);
    const body = (failing: string) => `  max_fail_percentage: 25
  tasks:
    - name: first
      fail: msg=bad
      when: inventory_hostname in ${failing}
    - name: second
      debug: msg=x
`;
    const atLimit = await runLocal(play(body("['h1']"), 'all'), { inventory });
    expect(atLimit.results.filter((e) => e.task === 'second').map((e) => e.host).sort()).toEqual(['h2', 'h3', 'h4']);
    const over = await runLocal(play(body("['h1', 'h2']"), 'all'), { inventory });
    expect(over.exitCode).toBe(2);
    expect(over.results.filter((e) => e.task === 'second')).toEqual([]);
  });
});

describe('strategies', () => {
  it('linear: every host finishes a task before any host starts the next', async () => {
    const inventory = await localInventory(HOSTS.slice(0, 3));
    const run = await runLocal(
      play(
        `  tasks:
    - name: a
      raw: "{{ 'sleep 0.3' if inventory_hostname == 'h1' else 'true' }}"
    - name: b
      debug: msg=b
`,
        'all',
      ),
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    const seq = order(run);
    expect(seq.slice(0, 3).every((s) => s.endsWith(':a'))).toBe(true);
    expect(seq.slice(3).every((s) => s.endsWith(':b'))).toBe(true);
  });

  it('free: a host runs ahead of one still busy with an earlier task', async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const dir = await mkdtemp(join(tmpdir(), 'castoff-free-'));
    // h1's first task waits (at most 30 s) for the file h2 writes in its second task:
    // it can only finish if h2 is not held back until h1 is done.
    const run = await runLocal(
      play(
        `  strategy: free
  tasks:
    - name: wait
      raw: "{{ 'i=0; while [ ! -f ${dir}/go ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done; test -f ${dir}/go' if inventory_hostname == 'h1' else 'true' }}"
    - name: release
      raw: "{{ 'touch ${dir}/go' if inventory_hostname == 'h2' else 'true' }}"
`,
        'all',
      ),
      { inventory },
    );
    // The file exists only once h2 ran its second task: h1's first task ending well proves h2 went ahead.
    expect(run.exitCode).toBe(0);
    expect(resultOf(run, 'wait', 'h1')?.status).toBe('changed');
    expect(resultOf(run, 'release', 'h2')?.status).toBe('changed');
  });
});

describe('tags', () => {
  const tagged = play(`  tasks:
    - name: plain
      debug: msg=x
    - name: web
      debug: msg=x
      tags: [web]
    - name: db
      debug: msg=x
      tags: db
    - name: always
      debug: msg=x
      tags: always
    - name: never
      debug: msg=x
      tags: [never, debug]
    - block:
        - name: in web block
          debug: msg=x
      tags: web
`);

  it('with no tags every task but never-tagged ones runs', async () => {
    expect(tasksRun(await runLocal(tagged))).toEqual(['plain', 'web', 'db', 'always', 'in web block']);
  });

  it('--tags selects tagged tasks (block tags inherited) plus always', async () => {
    expect(tasksRun(await runLocal(tagged, { tags: ['web'] }))).toEqual(['web', 'always', 'in web block']);
  });

  it('--skip-tags drops tasks, always included when named; never runs when asked for', async () => {
    expect(tasksRun(await runLocal(tagged, { skipTags: ['web', 'always'] }))).toEqual(['plain', 'db']);
    expect(tasksRun(await runLocal(tagged, { tags: ['debug'] }))).toEqual(['always', 'never']);
  });
});

describe('run_once conditions, meta end_host and end_play', () => {
  it('run_once evaluates when on the first host only: a false there skips the task for all', async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const run = await runLocal(
      play(
        `  tasks:
    - name: once
      debug: msg=ran
      run_once: true
      when: inventory_hostname == 'h2'
`,
        'all',
      ),
      { inventory },
    );
    expect(run.results.filter((e) => e.task === 'once').map((e) => [e.host, e.status])).toEqual([['h1', 'skipped']]);
  });

  it('meta: end_host ends the play for the hosts whose condition holds', async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const run = await runLocal(
      play(
        `  tasks:
    - meta: end_host
      when: inventory_hostname == 'h1'
    - name: after
      debug: msg=x
`,
        'all',
      ),
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    expect(run.results.filter((e) => e.task === 'after').map((e) => e.host)).toEqual(['h2']);
  });

  it('meta: end_play ends the play for every host, and the next play still runs', async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const yaml = `${play(
      `  tasks:
    - meta: end_play
    - name: after
      debug: msg=x
`,
      'all',
    )}${play(`  tasks:\n    - name: next play\n      debug: msg=y\n`, 'h1')}`;
    const run = await runLocal(yaml, { inventory });
    expect(run.exitCode).toBe(0);
    expect(run.results.filter((e) => e.task === 'after')).toEqual([]);
    expect(resultOf(run, 'next play', 'h1')?.result.msg).toBe('y');
  });

  it('free: handlers run for each host that notified them', async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const run = await runLocal(
      play(
        `  strategy: free
  tasks:
    - name: change
      raw: echo 1
      notify: h
  handlers:
    - name: h
      debug: msg="{{ inventory_hostname }}"
`,
        'all',
      ),
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    expect(run.results.filter((e) => e.task === 'h').map((e) => e.result.msg).sort()).toEqual(['h1', 'h2']);
  });
});
