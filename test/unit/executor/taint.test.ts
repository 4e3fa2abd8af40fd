import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../../src/cli/exit-codes.js';
import { parsePlaybookText, runPlaybook, type RunEvent } from '../../../src/index.js';

type HostResult = Extract<RunEvent, { type: 'host_result' }>;

/** Runs on the implicit localhost (local connection): the "host" prints `{{ secret }}`. */
async function run(tasks: string): Promise<{ exitCode: number; results: HostResult[] }> {
  const events: RunEvent[] = [];
  const yaml = `- hosts: localhost\n  gather_facts: false\n  vars:\n    secret: s3cret\n  tasks:\n    - name: host output\n      raw: !unsafe "printf '%s\\\\n%s\\\\n' '{{ secret }}' 'two {{ secret }}'"\n      register: r\n${tasks}`;
  const { plays } = await parsePlaybookText(yaml, 'taint.yml');
  const { outcome } = await runPlaybook({ plays, onEvent: (e) => events.push(e) });
  return { exitCode: exitCodeFor(outcome), results: events.filter((e): e is HostResult => e.type === 'host_result') };
}

function msgOf(results: HostResult[], task: string): unknown {
  return results.find((e) => e.task === task && e.item === undefined)?.result.msg;
}

describe('the executor keeps host text unsafe wherever it is copied', () => {
  it('through set_fact, task vars, prefixes, filters and loops, and shows it as plain text', async () => {
    const { exitCode, results } = await run(`
    - name: fact
      set_fact:
        first: "{{ r.stdout_lines[0] }}"
    - name: fact of a fact
      set_fact:
        again: "{{ first }}"
    - name: show
      debug:
        msg: "{{ again }}|{{ pre }}|{{ up }}"
      vars:
        pre: "pre-{{ r.stdout_lines[0] }}"
        up: "{{ r.stdout_lines[0] | upper }}"
    - name: per line
      debug: msg="{{ item }}"
      loop: "{{ r.stdout_lines }}"
    - name: last line
      set_fact:
        last: "{{ item }}"
      loop: "{{ r.stdout_lines }}"
    - name: show last
      debug: msg="{{ last }}"
      register: shown
    - name: show registered debug
      debug: msg="{{ shown.msg }}"
`);
    expect(exitCode).toBe(0);
    expect(msgOf(results, 'show')).toBe('{{ secret }}|pre-{{ secret }}|{{ SECRET }}');
    expect(results.filter((e) => e.task === 'per line' && e.item !== undefined).map((e) => [e.item, e.result.msg])).toEqual([
      ['{{ secret }}', '{{ secret }}'],
      ['two {{ secret }}', 'two {{ secret }}'],
    ]);
    expect(msgOf(results, 'show last')).toBe('two {{ secret }}');
    expect(msgOf(results, 'show registered debug')).toBe('two {{ secret }}');
    expect(results.find((e) => e.task === 'fact')?.result.ansible_facts).toEqual({ first: '{{ secret }}' });
    const json = JSON.stringify(results);
    expect(json).not.toContain('s3cret');
    expect(json).not.toMatch(/\[object Object\]|"text":/);
  });

  it('host text is data for conditions: changed_when/failed_when over the result, when over a registered one', async () => {
    const { exitCode, results } = await run(`
    - name: check
      raw: !unsafe "echo '{{ secret }}'"
      register: again
      changed_when: "stdout_lines[0] == '{' ~ '{ secret }' ~ '}'"
      failed_when: again.stdout_lines | length != 1
    - name: when
      debug: msg=matched
      when: r.stdout is search('secret') and (r.stdout_lines | length) == 2
`);
    expect(exitCode).toBe(0);
    expect(results.find((e) => e.task === 'check')?.status).toBe('changed');
    expect(msgOf(results, 'when')).toBe('matched');
  });

  it('!unsafe playbook text is the same kind of text: never rendered, passed on as a plain string', async () => {
    const { exitCode, results } = await run(`
    - name: literal
      debug:
        msg: !unsafe "{{ secret }}"
    - name: keep
      set_fact:
        kept: "{{ raw }}-x"
      vars:
        raw: !unsafe "{{ secret }}"
    - name: show kept
      debug: msg="{{ kept }}"
`);
    expect(exitCode).toBe(0);
    expect(msgOf(results, 'literal')).toBe('{{ secret }}');
    expect(msgOf(results, 'show kept')).toBe('{{ secret }}-x');
  });

  it('playbook vars still resolve through each other and keep native types', async () => {
    const { exitCode, results } = await run(`
    - name: chained
      debug:
        msg: "{{ a }}"
      vars:
        a: "{{ b }}"
        b: "{{ c }}"
        c: [1, "{{ secret }}"]
`);
    expect(exitCode).toBe(0);
    expect(msgOf(results, 'chained')).toEqual([1, 's3cret']);
  });
});
