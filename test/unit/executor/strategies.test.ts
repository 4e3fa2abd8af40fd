import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlayError } from '../../../src/core/errors.js';
import { loadPlaybook } from '../../../src/playbook/index.js';
import { parsePlaybookText, runPlaybook, type RunEvent } from '../../../src/index.js';
import { localInventory, play, resultOf, runLocal, type LocalRun } from './run-local.js';

/** Host and task of each task-level result, in the order they were emitted. */
function order(run: LocalRun): string[] {
  return run.results.filter((e) => e.item === undefined).map((e) => `${e.host}:${e.task}`);
}

/** Three tasks per host; every host's result comes from the same quick command. */
const THREE_TASKS = `  tasks:
    - name: a
      raw: "true"
    - name: b
      raw: "true"
    - name: c
      raw: "true"
`;

/** Each host's results in a row, host after host. */
function pinnedOrder(hosts: string[], tasks: string[]): string[] {
  return hosts.flatMap((h) => tasks.map((t) => `${h}:${t}`));
}

describe('host_pinned', () => {
  it('with one fork, one host runs all its tasks before the next host starts', async () => {
    const inventory = await localInventory(['h1', 'h2', 'h3']);
    const run = await runLocal(play(`  strategy: host_pinned\n${THREE_TASKS}`, 'all'), { inventory, forks: 1 });
    expect(run.exitCode).toBe(0);
    expect(order(run)).toEqual(pinnedOrder(['h1', 'h2', 'h3'], ['a', 'b', 'c']));
  });

  it('unlike free, whose hosts take turns on the one fork task by task', async () => {
    const inventory = await localInventory(['h1', 'h2', 'h3']);
    const run = await runLocal(play(`  strategy: free\n${THREE_TASKS}`, 'all'), { inventory, forks: 1 });
    expect(run.exitCode).toBe(0);
    const seq = order(run);
    expect(seq.indexOf('h2:a')).toBeLessThan(seq.indexOf('h1:b'));
  });

  it('keeps at most forks hosts in progress; a waiting host starts when one has finished', async () => {
    const inventory = await localInventory(['h1', 'h2', 'h3', 'h4']);
    const dir = await mkdtemp(join(tmpdir(), 'castoff-pinned-'));
    const log = join(dir, 'log');
    const run = await runLocal(
      play(
        `  strategy: host_pinned
  tasks:
    - name: begin
      raw: echo start {{ inventory_hostname }} >> ${log}
    - name: middle
      raw: "true"
    - name: finish
      raw: echo end {{ inventory_hostname }} >> ${log}
`,
        'all',
      ),
      { inventory, forks: 2 },
    );
    expect(run.exitCode).toBe(0);
    const lines = (await readFile(log, 'utf8')).trim().split('\n');
    const inProgress = new Set<string>();
    let most = 0;
    for (const line of lines) {
      const [what, host] = line.split(' ');
      if (what === 'start') inProgress.add(host);
      else inProgress.delete(host);
      most = Math.max(most, inProgress.size);
    }
    expect(lines.filter((l) => l.startsWith('start')).map((l) => l.split(' ')[1]).sort()).toEqual(['h1', 'h2', 'h3', 'h4']);
    expect(most).toBe(2);
    // The first two hosts in play order take the two forks; the others wait for a slot.
    expect(lines.slice(0, 2).sort()).toEqual(['start h1', 'start h2']);
  });

  it('a host that fails frees its fork for the next host; the others still run', async () => {
    const inventory = await localInventory(['h1', 'h2', 'h3']);
    const run = await runLocal(
      play(
        `  strategy: host_pinned
  tasks:
    - name: a
      raw: "{{ 'false' if inventory_hostname == 'h1' else 'true' }}"
    - name: b
      raw: "true"
`,
        'all',
      ),
      { inventory, forks: 1 },
    );
    expect(run.exitCode).toBe(2);
    expect(order(run)).toEqual(['h1:a', 'h2:a', 'h2:b', 'h3:a', 'h3:b']);
    expect(run.stats.h1).toMatchObject({ failed: 1 });
  });

  it('any_errors_fatal: the hosts still waiting never start', async () => {
    const inventory = await localInventory(['h1', 'h2', 'h3']);
    const run = await runLocal(
      play(
        `  strategy: host_pinned
  any_errors_fatal: true
  tasks:
    - name: a
      fail: msg=bad
      when: inventory_hostname == 'h1'
    - name: b
      raw: "true"
`,
        'all',
      ),
      { inventory, forks: 1 },
    );
    expect(run.exitCode).toBe(2);
    expect(order(run)).toEqual(['h1:a']);
  });

  it('meta: end_host ends that host and frees its fork', async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const run = await runLocal(
      play(
        `  strategy: host_pinned
  tasks:
    - meta: end_host
      when: inventory_hostname == 'h1'
    - name: after
      raw: "true"
`,
        'all',
      ),
      { inventory, forks: 1 },
    );
    expect(run.exitCode).toBe(0);
    expect(order(run)).toEqual(['h2:meta', 'h2:after']);
  });

  it('pins hosts within each serial batch', async () => {
    const inventory = await localInventory(['h1', 'h2', 'h3', 'h4']);
    const run = await runLocal(play(`  strategy: host_pinned\n  serial: 2\n${THREE_TASKS}`, 'all'), { inventory, forks: 1 });
    expect(run.exitCode).toBe(0);
    expect(order(run)).toEqual(pinnedOrder(['h1', 'h2', 'h3', 'h4'], ['a', 'b', 'c']));
  });

  it("keeps a host through every section and its handlers before the next host starts", async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const run = await runLocal(
      play(
        `  strategy: host_pinned
  pre_tasks:
    - name: pre
      raw: "true"
  tasks:
    - name: change
      raw: echo 1
      notify: h
    - name: next
      raw: "true"
  post_tasks:
    - name: post
      raw: "true"
  handlers:
    - name: h
      debug: msg="{{ inventory_hostname }}"
`,
        'all',
      ),
      { inventory, forks: 1 },
    );
    expect(run.exitCode).toBe(0);
    expect(order(run)).toEqual(pinnedOrder(['h1', 'h2'], ['pre', 'change', 'next', 'h', 'post']));
    expect(resultOf(run, 'h', 'h2')?.result.msg).toBe('h2');
  });
});

describe('linear with fewer forks than hosts', () => {
  it('still runs every host through a task before any host starts the next', async () => {
    const inventory = await localInventory(['h1', 'h2', 'h3']);
    const run = await runLocal(play(THREE_TASKS, 'all'), { inventory, forks: 1 });
    expect(run.exitCode).toBe(0);
    expect(order(run)).toEqual(['h1:a', 'h2:a', 'h3:a', 'h1:b', 'h2:b', 'h3:b', 'h1:c', 'h2:c', 'h3:c']);
  });
});

describe('choosing the strategy', () => {
  const pinned = pinnedOrder(['h1', 'h2'], ['a', 'b', 'c']);

  it('accepts the ansible.builtin name', async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const run = await runLocal(play(`  strategy: ansible.builtin.host_pinned\n${THREE_TASKS}`, 'all'), { inventory, forks: 1 });
    expect(order(run)).toEqual(pinned);
  });

  it('renders a templated strategy with the play vars and extra vars', async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const templated = play(`  strategy: "{{ how }}"\n  vars:\n    how: linear\n${THREE_TASKS}`, 'all');
    const fromPlay = await runLocal(templated, { inventory, forks: 1 });
    expect(order(fromPlay).slice(0, 2)).toEqual(['h1:a', 'h2:a']);
    const fromExtra = await runLocal(templated, { inventory, forks: 1, extraVars: { how: 'host_pinned' } });
    expect(order(fromExtra)).toEqual(pinned);
  });

  it("the run's default strategy applies to plays that name none; a play's own keyword wins", async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const byDefault = await runLocal(play(THREE_TASKS, 'all'), { inventory, forks: 1, strategy: 'host_pinned' });
    expect(order(byDefault)).toEqual(pinned);
    const named = await runLocal(play(`  strategy: linear\n${THREE_TASKS}`, 'all'), { inventory, forks: 1, strategy: 'host_pinned' });
    expect(order(named).slice(0, 2)).toEqual(['h1:a', 'h2:a']);
  });
});

describe('an unknown strategy', () => {
  /** Runs `yaml` and returns the error it stopped with and the events seen before it. */
  async function failedRun(yaml: string, inventory: string, options: { strategy?: string } = {}): Promise<{ error: unknown; events: RunEvent[] }> {
    const events: RunEvent[] = [];
    const playbook = await parsePlaybookText(yaml, 'executor.yml');
    const error = await runPlaybook({ playbook, inventory, ...options, onEvent: (e) => events.push(e) }).then(
      () => undefined,
      (err: unknown) => err,
    );
    return { error, events };
  }

  it('stops the run when its play starts, naming the play file and line, after the plays before it ran', async () => {
    const inventory = await localInventory(['h1']);
    const yaml = `${play(`  tasks:\n    - name: first\n      raw: "true"\n`, 'all')}${play(`  strategy: fastest\n  tasks:\n    - name: second\n      raw: "true"\n`, 'all')}`;
    const { error, events } = await failedRun(yaml, inventory);
    expect(error).toBeInstanceOf(PlayError);
    expect((error as Error).message).toBe(
      "executor.yml:6:3: Invalid play strategy specified: fastest (castoff's strategies are 'linear', 'free' and 'host_pinned')",
    );
    const results = events.filter((e) => e.type === 'host_result').map((e) => e.task);
    expect(results).toEqual(['first']);
    expect(events.filter((e) => e.type === 'play_start')).toHaveLength(2);
  });

  it('in a playbook file is reported with that file and the line of its play', async () => {
    const inventory = await localInventory(['h1'], '[web]\nh1\n');
    const playbook = await loadPlaybook('test/fixtures/load/broken/strategy-bad.yml');
    const run = runPlaybook({ playbook, inventory });
    await expect(run).rejects.toThrow(/^test\/fixtures\/load\/broken\/strategy-bad\.yml:1:3: Invalid play strategy specified: fastest /);
  });

  it('as the run default is reported at the first play that uses it', async () => {
    const inventory = await localInventory(['h1']);
    const { error } = await failedRun(play(THREE_TASKS, 'all'), inventory, { strategy: 'fastest' });
    expect((error as Error).message).toMatch(/^executor\.yml:1:3: Invalid play strategy specified: fastest /);
  });

  it('a template that cannot be rendered names the play', async () => {
    const inventory = await localInventory(['h1']);
    const { error } = await failedRun(play(`  strategy: "{{ nowhere }}"\n${THREE_TASKS}`, 'all'), inventory);
    expect(error).toBeInstanceOf(PlayError);
    expect((error as Error).message).toMatch(/^executor\.yml:1:3: the play's strategy '\{\{ nowhere \}\}' cannot be rendered: .*nowhere/);
  });
});

describe('serial batches', () => {
  /** Each host's `ansible_play_batch`, as the batch it ran in saw it. */
  async function batchesOf(serial: string, hosts: string[]): Promise<Record<string, unknown>> {
    const inventory = await localInventory(hosts);
    const run = await runLocal(play(`  serial: ${serial}\n  tasks:\n    - name: batch\n      debug: var=ansible_play_batch\n`, 'all'), { inventory });
    expect(run.exitCode).toBe(0);
    return Object.fromEntries(hosts.map((h) => [h, resultOf(run, 'batch', h)?.result.ansible_play_batch]));
  }

  it('a number: batches of that many hosts, the last one smaller', async () => {
    expect(await batchesOf('2', ['h1', 'h2', 'h3'])).toEqual({ h1: ['h1', 'h2'], h2: ['h1', 'h2'], h3: ['h3'] });
  });

  it('a percentage of the play hosts, rounded down but never below one host', async () => {
    expect(await batchesOf('"50%"', ['h1', 'h2', 'h3', 'h4'])).toEqual({ h1: ['h1', 'h2'], h2: ['h1', 'h2'], h3: ['h3', 'h4'], h4: ['h3', 'h4'] });
    expect(await batchesOf('"10%"', ['h1', 'h2'])).toEqual({ h1: ['h1'], h2: ['h2'] });
  });

  it('a list: sizes in turn, the last one repeating', async () => {
    expect(await batchesOf('[1, "50%"]', ['h1', 'h2', 'h3', 'h4', 'h5'])).toEqual({
      h1: ['h1'],
      h2: ['h2', 'h3'],
      h3: ['h2', 'h3'],
      h4: ['h4', 'h5'],
      h5: ['h4', 'h5'],
    });
  });

  it('any_errors_fatal ends the current batch and the later ones', async () => {
    const inventory = await localInventory(['h1', 'h2', 'h3', 'h4']);
    const body = (fatal: boolean) => `  serial: 2
${fatal ? '  any_errors_fatal: true\n' : ''}  tasks:
    - name: a
      fail: msg=bad
      when: inventory_hostname == 'h1'
    - name: b
      raw: "true"
`;
    const fatal = await runLocal(play(body(true), 'all'), { inventory });
    expect(fatal.exitCode).toBe(2);
    expect(order(fatal).sort()).toEqual(['h1:a', 'h2:a']);
    const notFatal = await runLocal(play(body(false), 'all'), { inventory });
    expect(notFatal.results.filter((e) => e.task === 'b').map((e) => e.host).sort()).toEqual(['h2', 'h3', 'h4']);
  });

  it('max_fail_percentage counts the failed hosts of the current batch', async () => {
    const inventory = await localInventory(['h1', 'h2', 'h3', 'h4']);
    const body = (pct: number) => `  serial: 2
  max_fail_percentage: ${pct}
  tasks:
    - name: a
      fail: msg=bad
      when: inventory_hostname == 'h1'
    - name: b
      raw: "true"
`;
    // One of two hosts is 50%: more than 49 stops the play, batches after it included.
    const over = await runLocal(play(body(49), 'all'), { inventory });
    expect(over.exitCode).toBe(2);
    expect(order(over).sort()).toEqual(['h1:a', 'h2:a']);
    const atLimit = await runLocal(play(body(50), 'all'), { inventory });
    expect(atLimit.results.filter((e) => e.task === 'b').map((e) => e.host).sort()).toEqual(['h2', 'h3', 'h4']);
  });

  it('run_once runs once per batch and gives its result to that batch', async () => {
    const inventory = await localInventory(['h1', 'h2', 'h3', 'h4']);
    const run = await runLocal(
      play(
        `  serial: 2
  tasks:
    - name: once
      raw: echo {{ inventory_hostname }}
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
    expect(run.results.filter((e) => e.task === 'once').map((e) => e.host)).toEqual(['h1', 'h3']);
    const seen = Object.fromEntries(['h1', 'h2', 'h3', 'h4'].map((h) => [h, resultOf(run, 'seen', h)?.result.msg]));
    expect(seen).toEqual({ h1: 'h1', h2: 'h1', h3: 'h3', h4: 'h3' });
  });

  it('meta: end_play ends the play for the later batches too', async () => {
    const inventory = await localInventory(['h1', 'h2', 'h3']);
    const run = await runLocal(
      play(
        `  serial: 1
  tasks:
    - name: before
      raw: "true"
    - meta: end_play
    - name: after
      raw: "true"
`,
        'all',
      ),
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    expect(order(run)).toEqual(['h1:before']);
  });

  it('meta: end_host ends only that host; its batch and the later batches go on', async () => {
    const inventory = await localInventory(['h1', 'h2', 'h3']);
    const run = await runLocal(
      play(
        `  serial: 2
  tasks:
    - meta: end_host
      when: inventory_hostname in ['h1', 'h3']
    - name: after
      raw: "true"
`,
        'all',
      ),
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    // A host whose when is false shows as skipped on the meta, as in Ansible, uncounted.
    expect(order(run)).toEqual(['h2:meta', 'h2:after']);
    expect(run.stats.h1).toMatchObject({ failed: 0, ok: 0 });
    expect(run.stats.h2).toMatchObject({ ok: 1, skipped: 0 });
  });
});

describe('meta under the free strategy', () => {
  it('end_host ends one host while the others run on', async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const run = await runLocal(
      play(
        `  strategy: free
  tasks:
    - meta: end_host
      when: inventory_hostname == 'h2'
    - name: after
      raw: "true"
`,
        'all',
      ),
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    expect(order(run)).toEqual(['h1:meta', 'h1:after']);
  });

  it('end_play ends the play for every host', async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const run = await runLocal(
      play(
        `  strategy: free
  tasks:
    - meta: end_play
    - name: after
      raw: "true"
`,
        'all',
      ),
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    expect(order(run)).toEqual([]);
  });
});

describe('handlers under the free strategy', () => {
  it("run for a host as soon as it ends the section, without waiting for the other hosts", async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const dir = await mkdtemp(join(tmpdir(), 'castoff-free-handler-'));
    // h1 waits (at most 30 s) for the file h2's handler writes: it can only succeed if h2's
    // handlers run while h1 is still in the tasks section.
    const run = await runLocal(
      play(
        `  strategy: free
  tasks:
    - name: wait
      raw: "{{ 'i=0; while [ ! -f ${dir}/go ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done; test -f ${dir}/go' if inventory_hostname == 'h1' else 'echo notify' }}"
      notify: release
  handlers:
    - name: release
      raw: "{{ 'touch ${dir}/go' if inventory_hostname == 'h2' else 'true' }}"
`,
        'all',
      ),
      { inventory },
    );
    expect(run.exitCode).toBe(0);
    expect(resultOf(run, 'wait', 'h1')?.status).toBe('changed');
    // The file exists only once h2's handler ran: h1's task ending well proves it did not wait for h1.
    expect(run.results.filter((e) => e.task === 'release').map((e) => e.host).sort()).toEqual(['h1', 'h2']);
  });
});
