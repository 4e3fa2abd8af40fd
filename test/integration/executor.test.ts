import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/events/index.js';
import { exitCodeFor } from '../../src/cli/exit-codes.js';
import { runPlaybook, type RunPlaybookResult } from '../../src/executor/index.js';
import { loadInventory } from '../../src/inventory/index.js';
import { parsePlaybookText } from '../../src/playbook/index.js';
import { eventually } from '../helpers/eventually.js';
import { startHosts, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { writeInventory, type TestInventory } from '../helpers/inventory.js';

let fleet: TestHosts;
let hosts: TestHost[];
let inv: TestInventory;

beforeAll(async () => {
  fleet = await startHosts(4, { prefix: 'ex' });
  hosts = fleet.hosts;
  inv = writeInventory(hosts, { web: [0, 1], db: [2, 3] });
});

afterAll(async () => {
  await fleet?.stop();
});

interface Run extends RunPlaybookResult {
  /** The exit code the CLI ends such a run with. */
  exitCode: number;
  events: RunEvent[];
  /** The failed results, to show in an assertion message. */
  failures: string;
  /** `task:host` of every host result, in the order they came. */
  order: string[];
  /** host_result events of a task by host (aggregate results, not loop items). */
  resultOf(task: string, host: string): Record<string, unknown>;
}

async function sleepsOn(h: TestHost): Promise<string> {
  return (await h.sh('pgrep -x sleep || true')).output.trim();
}

async function play(yaml: string, options: { limit?: string; forks?: number; extraVars?: Record<string, unknown>; check?: boolean; tags?: string[]; skipTags?: string[]; extraInventory?: string } = {}): Promise<Run> {
  const file = join(inv.dir, `play-${Math.random().toString(36).slice(2)}.yml`);
  writeFileSync(file, yaml);
  const playbook = await parsePlaybookText(yaml, file);
  let inventoryFile = inv.file;
  if (options.extraInventory) {
    inventoryFile = join(inv.dir, `extra-${Math.random().toString(36).slice(2)}.ini`);
    writeFileSync(inventoryFile, options.extraInventory);
  }
  const inventory = await loadInventory(options.extraInventory ? [inv.file, inventoryFile] : [inv.file]);
  const events: RunEvent[] = [];
  const result = await runPlaybook({
    playbook,
    inventory,
    limit: options.limit,
    forks: options.forks ?? 8,
    extraVars: options.extraVars,
    check: options.check,
    tags: options.tags,
    skipTags: options.skipTags,
    pollInterval: 1,
    // A handshake can take several seconds on a loaded machine; refused ports still fail at once.
    connection: { knownHostsFile: inv.knownHostsFile, connectTimeoutMs: 20_000 },
    onEvent: (e) => events.push(e),
  });
  const failures = JSON.stringify(events.filter((e) => e.type === 'host_result' && (e.status === 'failed' || e.status === 'unreachable')));
  return {
    ...result,
    exitCode: exitCodeFor(result.outcome),
    events,
    failures,
    order: events.flatMap((e) => (e.type === 'host_result' ? [`${e.task}:${e.host}`] : [])),
    resultOf(task: string, host: string) {
      const e = events.find((x) => x.type === 'host_result' && x.task === task && x.host === host && x.item === undefined);
      if (!e || e.type !== 'host_result') throw new Error(`no result for ${task} on ${host}`);
      return e.result;
    },
  };
}

describe('running plays on many hosts', () => {
  it('a failing host does not stop the others, and the recap counts it', async () => {
    const r = await play(`
- hosts: all
  gather_facts: false
  tasks:
    - name: fail on one host
      shell: "test {{ inventory_hostname }} != ex2"
    - name: next
      command: echo next
`);
    expect(r.exitCode).toBe(2);
    expect(r.stats.ex2).toMatchObject({ ok: 0, failed: 1 });
    for (const h of ['ex1', 'ex3', 'ex4']) expect(r.stats[h]).toMatchObject({ ok: 2, changed: 2, failed: 0 });
    expect(r.resultOf('fail on one host', 'ex2')).toMatchObject({ failed: true, rc: 1, msg: 'non-zero return code' });
    expect(r.events.some((e) => e.type === 'host_result' && e.task === 'next' && e.host === 'ex2')).toBe(false);
  });

  it('registered results have Ansible field names and types', async () => {
    const r = await play(`
- hosts: ex1
  gather_facts: false
  tasks:
    - name: run
      command: echo hello
      register: out
    - name: show
      debug:
        var: out
    - name: check types
      assert:
        that:
          - out.rc == 0
          - out.stdout == "hello"
          - out.stdout_lines == ["hello"]
          - out.changed
          - not out.failed
          - out.cmd == ["echo", "hello"]
`);
    expect(r.exitCode, r.failures).toBe(0);
    const out = r.resultOf('show', 'ex1').out as Record<string, unknown>;
    expect(out).toMatchObject({ rc: 0, stdout: 'hello', stdout_lines: ['hello'], changed: true, stderr: '', stderr_lines: [] });
    expect(typeof out.delta).toBe('string');
    expect(r.resultOf('check types', 'ex1')).toMatchObject({ msg: 'All assertions passed', changed: false });
  });

  it('serial: 2 runs the hosts in batches, in order', async () => {
    const r = await play(`
- hosts: all
  gather_facts: false
  serial: 2
  tasks:
    - name: one
      command: "true"
    - name: two
      command: "true"
`);
    expect(r.exitCode, r.failures).toBe(0);
    const pos = (s: string) => r.order.indexOf(s);
    expect(Math.max(pos('two:ex1'), pos('two:ex2'))).toBeLessThan(Math.min(pos('one:ex3'), pos('one:ex4')));
  });

  it('strategy free lets a fast host finish while a slow one still runs', async () => {
    const r = await play(`
- hosts: ex1:ex2
  gather_facts: false
  strategy: free
  tasks:
    - name: maybe slow
      shell: "if [ {{ inventory_hostname }} = ex1 ]; then sleep 3; fi"
    - name: after
      command: "true"
`);
    expect(r.exitCode, r.failures).toBe(0);
    expect(r.order.indexOf('after:ex2')).toBeLessThan(r.order.indexOf('maybe slow:ex1'));
  });

  it('linear waits for every host before the next task', async () => {
    const r = await play(`
- hosts: ex1:ex2
  gather_facts: false
  tasks:
    - name: maybe slow
      shell: "if [ {{ inventory_hostname }} = ex1 ]; then sleep 1; fi"
    - name: after
      command: "true"
`);
    expect(r.order.indexOf('maybe slow:ex1')).toBeLessThan(r.order.indexOf('after:ex2'));
  });

  it('an unreachable host is marked UNREACHABLE and the others go on', async () => {
    const r = await play(
      `
- hosts: all
  gather_facts: false
  tasks:
    - name: ping
      ping:
`,
      { extraInventory: 'ghost ansible_host=127.0.0.1 ansible_port=1 ansible_user=root\n', limit: 'ex1,ghost' },
    );
    expect(r.exitCode).toBe(4);
    expect(r.stats.ghost).toMatchObject({ unreachable: 1, ok: 0 });
    expect(r.stats.ex1).toMatchObject({ ok: 1 });
    expect(r.resultOf('ping', 'ghost')).toMatchObject({ unreachable: true });
    expect(String(r.resultOf('ping', 'ghost').msg)).toContain('connection refused');
  });
});

describe('task keywords', () => {
  it('when skips, loop with loop_var and label collects results, until retries', async () => {
    const r = await play(`
- hosts: ex1
  gather_facts: false
  vars:
    flag: false
    names: [a, b, c]
  tasks:
    - name: skipped
      command: echo no
      when: flag
    - name: looped
      command: "echo {{ thing }}"
      loop: "{{ names }}"
      loop_control:
        loop_var: thing
        label: "item {{ thing }}"
      register: looped
    - name: retried
      shell: "echo x >> /tmp/attempts; test $(wc -l < /tmp/attempts) -ge 3"
      register: tries
      until: tries.rc == 0
      retries: 5
      delay: 0
    - name: outcome
      assert:
        that:
          - looped.results | length == 3
          - looped.results[1].stdout == "b"
          - looped.results[1].thing == "b"
          - tries.attempts == 3
`);
    expect(r.exitCode, r.failures).toBe(0);
    expect(r.resultOf('skipped', 'ex1')).toMatchObject({ skipped: true, changed: false, false_condition: 'flag' });
    expect(r.stats.ex1.skipped).toBe(1);
    const items = r.events.filter((e) => e.type === 'host_result' && e.task === 'looped' && e.item !== undefined);
    expect(items.map((e) => (e.type === 'host_result' ? e.item : ''))).toEqual(['item a', 'item b', 'item c']);
    const retries = r.events.filter((e) => e.type === 'retry');
    expect(retries.map((e) => (e.type === 'retry' ? e.retriesLeft : -1))).toEqual([5, 4]);
    expect(r.resultOf('retried', 'ex1')).toMatchObject({ attempts: 3, rc: 0 });
  });

  it('ignore_errors, failed_when and changed_when decide the outcome', async () => {
    const r = await play(`
- hosts: ex1
  gather_facts: false
  tasks:
    - name: ignored
      command: "false"
      ignore_errors: true
    - name: failed_when false
      command: "false"
      failed_when: false
    - name: not changed
      command: echo hi
      register: hi
      changed_when: "'nothing' in hi.stdout"
    - name: failed by rule
      command: echo ERROR here
      register: e
      failed_when: "'ERROR' in e.stdout"
`);
    expect(r.exitCode).toBe(2);
    expect(r.events.find((e) => e.type === 'host_result' && e.task === 'ignored')).toMatchObject({ status: 'failed', ignored: true });
    expect(r.resultOf('failed_when false', 'ex1')).toMatchObject({ failed: false, rc: 1 });
    expect(r.resultOf('not changed', 'ex1')).toMatchObject({ changed: false });
    expect(r.resultOf('failed by rule', 'ex1')).toMatchObject({ failed: true, failed_when_result: true });
    expect(r.stats.ex1).toMatchObject({ ignored: 1, failed: 1 });
  });

  it('no_log hides the result everywhere it is shown but register keeps it', async () => {
    const r = await play(`
- hosts: ex1
  gather_facts: false
  tasks:
    - name: secret
      command: echo s3cret
      register: s
      no_log: true
    - name: check
      assert:
        that: s.stdout == "s3cret"
`);
    expect(r.exitCode, r.failures).toBe(0);
    expect(r.resultOf('secret', 'ex1')).toEqual({
      censored: "the output has been hidden due to the fact that 'no_log: true' was specified for this result",
      changed: true,
    });
    expect(JSON.stringify(r.events)).not.toContain('s3cret');
  });

  it('environment, task vars, set_fact, run_once and delegate_to', async () => {
    const r = await play(`
- hosts: ex1:ex2
  gather_facts: false
  vars:
    greeting: hello
  tasks:
    - name: env
      shell: 'echo "$GREETING $WHO"'
      environment:
        GREETING: "{{ greeting }}"
        WHO: "{{ who }}"
      vars:
        who: world
      register: env_out
    - name: env in an async job, as a become user
      shell: 'echo "$GREETING from $(whoami)"'
      environment:
        GREETING: "{{ greeting }}"
      async: 10
      poll: 1
      become: true
      become_user: deploy
      register: async_env
    - name: fact
      set_fact:
        answer: "{{ 40 + 2 }}"
    - name: once
      command: hostname
      run_once: true
      register: once
    - name: delegated
      command: cat /etc/hostname
      delegate_to: ex3
      register: where
    - name: checks
      assert:
        that:
          - env_out.stdout == "hello world"
          - async_env.stdout == "hello from deploy"
          - answer == 42
          - once.stdout is defined
`);
    expect(r.exitCode, r.failures).toBe(0);
    expect(r.events.filter((e) => e.type === 'host_result' && e.task === 'once')).toHaveLength(1);
    const ex3name = (await hosts[2].sh('cat /etc/hostname')).output.trim();
    expect(r.resultOf('delegated', 'ex1')).toMatchObject({ stdout: ex3name });
    expect(r.resultOf('delegated', 'ex2')).toMatchObject({ stdout: ex3name });
  });

  it('block/rescue/always: a rescued failure counts as rescued, always runs', async () => {
    const r = await play(`
- hosts: ex1
  gather_facts: false
  tasks:
    - block:
        - name: breaks
          command: "false"
        - name: never
          command: "true"
      rescue:
        - name: rescue
          command: echo rescued
      always:
        - name: always
          command: echo always
    - name: after block
      command: "true"
`);
    expect(r.exitCode, r.failures).toBe(0);
    expect(r.stats.ex1).toMatchObject({ rescued: 1, failed: 0 });
    expect(r.order).toEqual(['breaks:ex1', 'rescue:ex1', 'always:ex1', 'after block:ex1']);
  });

  it('notify runs handlers once at the end of the play, and flush_handlers runs them early', async () => {
    const r = await play(`
- hosts: ex1
  gather_facts: false
  tasks:
    - name: change one
      command: "true"
      notify: restart
    - name: change two
      command: "true"
      notify: restart
    - meta: flush_handlers
    - name: unchanged
      command: "true"
      changed_when: false
      notify: other
    - name: last
      command: "true"
      notify: other handler
  handlers:
    - name: restart
      command: echo restarted
    - name: other handler
      command: echo other
`);
    expect(r.exitCode, r.failures).toBe(0);
    expect(r.order).toEqual(['change one:ex1', 'change two:ex1', 'restart:ex1', 'unchanged:ex1', 'last:ex1', 'other handler:ex1']);
  });

  it('--tags and --skip-tags select tasks', async () => {
    const yaml = `
- hosts: ex1
  gather_facts: false
  tasks:
    - name: a
      command: "true"
      tags: [alpha]
    - name: b
      command: "true"
      tags: [beta]
    - name: c
      command: "true"
      tags: [always]
`;
    const onlyAlpha = await play(yaml, { tags: ['alpha'] });
    expect(onlyAlpha.events.filter((e) => e.type === 'task_start').map((e) => (e.type === 'task_start' ? e.task : ''))).toEqual(['a', 'c']);
    const skipBeta = await play(yaml, { skipTags: ['beta'] });
    expect(skipBeta.events.filter((e) => e.type === 'task_start').map((e) => (e.type === 'task_start' ? e.task : ''))).toEqual(['a', 'c']);
  });

  it('check mode skips modules that cannot check and changes nothing on the host', async () => {
    const r = await play(
      `
- hosts: ex1
  gather_facts: false
  tasks:
    - name: would create
      command: touch /tmp/check-mode-file
`,
      { check: true },
    );
    expect(r.resultOf('would create', 'ex1')).toMatchObject({ skipped: true });
    expect((await hosts[0].sh('test -e /tmp/check-mode-file; echo $?')).output.trim()).toBe('1');
  });

  it('any_errors_fatal stops the play for every host', async () => {
    const r = await play(`
- hosts: ex1:ex2
  gather_facts: false
  any_errors_fatal: true
  tasks:
    - name: fail one
      shell: "test {{ inventory_hostname }} != ex1"
    - name: never
      command: "true"
`);
    expect(r.events.some((e) => e.type === 'host_result' && e.task === 'never')).toBe(false);
    expect(r.exitCode).toBe(2);
  });
});

describe('async tasks in plays', () => {
  it('a loop of 5 async items with poll 1 runs the items at the same time', async () => {
    // A barrier on the host: each item marks its arrival and waits (up to 60 s) for all five. Run
    // one after another, the first item would see only itself; run together, every item sees five,
    // however slowly a loaded machine launches them.
    await hosts[0].sh('rm -rf /tmp/loop-barrier && mkdir /tmp/loop-barrier');
    const r = await play(`
- hosts: ex1
  gather_facts: false
  tasks:
    - name: parallel items
      shell: "touch /tmp/loop-barrier/{{ item }}; i=0; while [ $(ls /tmp/loop-barrier | wc -l) -lt 5 ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done; echo {{ item }} saw $(ls /tmp/loop-barrier | wc -l)"
      loop: [1, 2, 3, 4, 5]
      async: 90
      poll: 1
      register: items
`);
    expect(r.exitCode, r.failures).toBe(0);
    const items = r.resultOf('parallel items', 'ex1').results as Array<Record<string, unknown>>;
    expect(items.map((x) => x.stdout)).toEqual(['1 saw 5', '2 saw 5', '3 saw 5', '4 saw 5', '5 saw 5']);
  });

  it('become to deploy and back to root with async jobs', async () => {
    const r = await play(`
- hosts: ex1
  gather_facts: false
  tasks:
    - name: as deploy
      command: whoami
      become: true
      become_user: deploy
      async: 10
      poll: 1
      register: as_deploy
    - name: fire as deploy
      shell: "sleep 1; whoami"
      become: true
      become_user: deploy
      async: 30
      poll: 0
      register: job
    - name: wait as deploy
      async_status:
        jid: "{{ job.ansible_job_id }}"
      become: true
      become_user: deploy
      register: waited
      until: waited is finished
      retries: 20
      delay: 0.5
    - name: as root
      command: whoami
      async: 10
      poll: 1
      register: as_root
    - name: check
      assert:
        that:
          - as_deploy.stdout == "deploy"
          - waited.stdout == "deploy"
          - as_root.stdout == "root"
          - job.results_file.startswith("/home/deploy/.ansible_async/")
`);
    expect(r.exitCode, r.failures).toBe(0);
    expect(r.resultOf('as deploy', 'ex1')).toMatchObject({ finished: 1, stdout: 'deploy' });
    expect(r.events.some((e) => e.type === 'async_poll' || e.type === 'async_done')).toBe(true);
  });

  it('an async timeout in a play fails the host with the spec message and kills the job', async () => {
    const r = await play(`
- hosts: ex2
  gather_facts: false
  tasks:
    - name: too slow
      command: sleep 30
      async: 2
      poll: 1
`);
    expect(r.exitCode).toBe(2);
    expect(r.resultOf('too slow', 'ex2')).toMatchObject({ failed: true, msg: 'async task did not complete within the requested time - 2s' });
    expect(await eventually(() => sleepsOn(hosts[1]), (left) => left === '')).toBe('');
  });

  it('a task timeout kills the remote command and fails only that host', async () => {
    const started = performance.now();
    const r = await play(`
- hosts: ex1:ex2
  gather_facts: false
  tasks:
    - name: bounded
      shell: "if [ {{ inventory_hostname }} = ex1 ]; then sleep 60; fi"
      timeout: "{{ 2 if inventory_hostname == 'ex1' else 60 }}"
`);
    // Far below the 60 s sleep; the slack is for a loaded machine. ex2's own bound is generous, so
    // that on a loaded machine its instant command is not what the 2 s limit catches.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(r.resultOf('bounded', 'ex1')).toMatchObject({ failed: true, timedout: true, msg: 'The task timed out after 2 seconds' });
    expect(r.stats.ex2).toMatchObject({ ok: 1, failed: 0 });
    expect(await eventually(() => sleepsOn(hosts[0]), (left) => left === '')).toBe('');
  });

  it('a host frozen during a timed-out command kills the command itself once it runs again', async () => {
    const frozen = hosts[2];
    const running = play(`
- hosts: ex3
  gather_facts: false
  tasks:
    - name: bounded
      shell: sleep 60
      timeout: 3
`);
    await new Promise((res) => setTimeout(res, 1500));
    await frozen.pause();
    let r: Run;
    try {
      r = await running;
    } finally {
      await frozen.unpause();
    }
    // The run is over and its connection gone: only the host's own timeout can stop the command.
    expect(r.resultOf('bounded', 'ex3')).toMatchObject({ failed: true, timedout: true });
    expect(await eventually(() => sleepsOn(frozen), (left) => left === '')).toBe('');
  });

  it('a custom module from library/ runs, sync, async and as a become user', async () => {
    mkdirSync(join(inv.dir, 'library'), { recursive: true });
    writeFileSync(
      join(inv.dir, 'library', 'greet.py'),
      '#!/usr/bin/python3\nimport json, sys\na = json.load(open(sys.argv[1]))\nprint(json.dumps({"changed": False, "greeting": "hi " + a["name"]}))\n',
    );
    const r = await play(`
- hosts: ex1
  gather_facts: false
  tasks:
    - name: sync
      greet:
        name: sync
    - name: async
      greet:
        name: async
      async: 10
      poll: 1
    - name: as deploy
      greet:
        name: deploy
      become: true
      become_user: deploy
`);
    expect(r.exitCode, r.failures).toBe(0);
    expect(r.resultOf('sync', 'ex1')).toMatchObject({ greeting: 'hi sync' });
    expect(r.resultOf('async', 'ex1')).toMatchObject({ greeting: 'hi async', finished: 1 });
    expect(r.resultOf('as deploy', 'ex1')).toMatchObject({ greeting: 'hi deploy' });
  });
});
