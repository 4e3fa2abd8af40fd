/**
 * A template error in a task names where the task is, in Ansible's words: `The error appears to
 * be in '<file>': line L, column C, ...` with the offending lines; an error inside a template file
 * names that file and line. Expected texts are those ansible-playbook 2.14 prints for the same
 * playbook, apart from the error's own message.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPlaybook, type RunEvent } from '../../../src/index.js';
import { localInventory } from './run-local.js';

type HostResult = Extract<RunEvent, { type: 'host_result' }>;

let dir: string;
let results: HostResult[];

const PLAYBOOK = `- hosts: localhost
  gather_facts: false
  tasks:
    - name: args
      debug:
        msg: "{{ x }}"
      ignore_errors: true
    - name: cond
      debug: msg=hi
      when: y == 1
      ignore_errors: true

    - name: loop
      debug: msg={{ item }}
      loop: "{{ z }}"
      ignore_errors: true
    - name: filter
      debug:
        msg: "{{ 1 | nope }}"
      ignore_errors: true
    - name: template file
      template: { src: t.j2, dest: "{{ out }}" }
      ignore_errors: true
    - name: template lookup
      debug: msg="{{ lookup('template', 't.j2') }}"
      ignore_errors: true
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'castoff-tpl-pos-'));
  await writeFile(join(dir, 'play.yml'), PLAYBOOK);
  await writeFile(join(dir, 't.j2'), 'line1\nline2 {{ undefined_q }}\n');
  const events: RunEvent[] = [];
  await runPlaybook({ playbook: join(dir, 'play.yml'), inventory: await localInventory(['localhost']), extraVars: { out: join(dir, 'out.txt') }, onEvent: (e) => events.push(e) });
  results = events.filter((e): e is HostResult => e.type === 'host_result');
});

const msgOf = (task: string) => String(results.find((r) => r.task === task)?.result.msg);
const position = (line: number, previous: string, offending: string) =>
  `\n\nThe error appears to be in '${join(dir, 'play.yml')}': line ${line}, column 7, but may\nbe elsewhere in the file depending on the exact syntax problem.\n\nThe offending line appears to be:\n\n${previous}\n${offending}\n      ^ here\n`;

describe('template errors name their task', () => {
  it('in an argument', () => {
    expect(msgOf('args')).toBe(`The task includes an option with an undefined variable. The error was: 'x' is undefined${position(4, '  tasks:', '    - name: args')}`);
  });

  it('in when:', () => {
    expect(msgOf('cond')).toBe(`The conditional check 'y == 1' failed. The error was: 'y' is undefined${position(8, '      ignore_errors: true', '    - name: cond')}`);
  });

  it('in a loop, past a blank line before the task', () => {
    expect(msgOf('loop')).toBe(`The task includes an option with an undefined variable. The error was: 'z' is undefined${position(13, '', '    - name: loop')}`);
  });

  it('for an unknown filter', () => {
    expect(msgOf('filter')).toBe(`template error while templating string: no filter named 'nope'. String: {{ 1 | nope }}${position(17, '      ignore_errors: true', '    - name: filter')}`);
  });
});

describe('template errors inside a template file', () => {
  it('the template module names the file and line', () => {
    expect(msgOf('template file')).toBe(`AnsibleUndefinedVariable: 'undefined_q' is undefined (in '${join(dir, 't.j2')}', line 2)`);
  });

  it('the template lookup too, before the task position', () => {
    expect(msgOf('template lookup')).toBe(
      `The task includes an option with an undefined variable. The error was: 'undefined_q' is undefined (in '${join(dir, 't.j2')}', line 2)${position(24, '      ignore_errors: true', '    - name: template lookup')}`,
    );
  });
});
