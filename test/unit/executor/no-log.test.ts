import { describe, expect, it } from 'vitest';
import { parsePlaybookText, runPlaybook, type RunEvent } from '../../../src/index.js';
import { itemsOf, play, resultOf, runLocal } from './run-local.js';

describe('no_log', () => {
  it("hides an until-loop's attempts as it hides the final result", async () => {
    const events: RunEvent[] = [];
    const yaml = `- hosts: localhost\n  gather_facts: false\n  tasks:\n    - name: retried\n      raw: echo hidden-value-42\n      register: r\n      until: r.stdout is search('never')\n      retries: 1\n      delay: 0\n      no_log: true\n      ignore_errors: true\n`;
    const { plays } = await parsePlaybookText(yaml, 'nolog.yml');
    await runPlaybook({ plays, onEvent: (e) => events.push(e) });
    const retries = events.filter((e) => e.type === 'retry');
    expect(retries.length).toBe(1);
    expect(events.some((e) => e.type === 'host_result' && e.task === 'retried')).toBe(true);
    expect(JSON.stringify(events)).not.toContain('hidden-value-42');
  });
});

describe('no_log decided once per host-task', () => {
  it('a templated no_log hides loop items and until attempts as it hides the final result', async () => {
    const yaml = play(`  vars:
    quiet: true
  tasks:
    - name: looped
      raw: echo secret-item-{{ item }}
      loop: [7, 8]
      no_log: "{{ quiet }}"
    - name: retried
      raw: echo secret-attempt-9
      register: r
      until: r.stdout is search('never')
      retries: 1
      delay: 0
      no_log: "{{ quiet }}"
      ignore_errors: true
`);
    const run = await runLocal(yaml);
    expect(itemsOf(run, 'looped').map((e) => e.result.censored)).toEqual([expect.stringContaining('no_log'), expect.stringContaining('no_log')]);
    expect(run.events.filter((e) => e.type === 'retry')).toHaveLength(1);
    expect(resultOf(run, 'retried')?.result.censored).toContain('no_log');
    expect(JSON.stringify(run.events)).not.toMatch(/secret-(item|attempt)/);
  });

  it('a templated no_log that is false shows every item', async () => {
    const yaml = play(`  vars:
    quiet: false
  tasks:
    - name: looped
      raw: echo shown-item-{{ item }}
      loop: [7]
      no_log: "{{ quiet }}"
`);
    const run = await runLocal(yaml);
    expect(itemsOf(run, 'looped')[0].result.stdout).toContain('shown-item-7');
  });

  it('a no_log that cannot be rendered fails that host-task with the template error instead of ending the run', async () => {
    const run = await runLocal(play(`  tasks:
    - name: unsure
      raw: echo never-run
      no_log: "{{ nope }}"
    - name: after
      raw: echo next
`));
    expect(resultOf(run, 'unsure')).toMatchObject({ status: 'failed', result: { failed: true, msg: "'nope' is undefined" } });
    expect(resultOf(run, 'after')).toBeUndefined();
    expect(run.exitCode).toBe(2);
    expect(run.stats.localhost).toMatchObject({ failed: 1 });
  });
});
