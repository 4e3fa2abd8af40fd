import { describe, expect, it } from 'vitest';
import { parsePlaybookText, runPlaybook, type RunEvent } from '../../../src/index.js';

describe('warnings reach library users as events', () => {
  it('a missing inventory source is a warning event after run_start', async () => {
    const events: RunEvent[] = [];
    // debug never reaches a host: the run needs no connection.
    const playbook = await parsePlaybookText('- name: facts\n  hosts: all\n  tasks:\n    - debug: msg=hi\n', 'site.yml');
    const result = await runPlaybook({ playbook, inventory: ['/nonexistent/hosts.ini'], onEvent: (e) => events.push(e) });
    expect(result.outcome).toBe('ok');
    expect(events[0].type).toBe('run_start');
    const warnings = events.filter((e): e is Extract<RunEvent, { type: 'warning' }> => e.type === 'warning').map((e) => e.message);
    expect(warnings).toEqual([
      'Unable to parse /nonexistent/hosts.ini as an inventory source',
      'No inventory was parsed, only implicit localhost is available',
      "provided hosts list is empty, only localhost is available. Note that the implicit localhost does not match 'all'",
    ]);
    const types = events.map((e) => e.type);
    expect(types.lastIndexOf('warning')).toBeLessThan(types.indexOf('play_start'));
  });

  it('a run without inventory problems emits no warning', async () => {
    const events: RunEvent[] = [];
    const result = await runPlaybook({
      plays: (await parsePlaybookText('- hosts: localhost\n  gather_facts: false\n  tasks:\n    - debug: msg=hi\n', 'p.yml')).plays,
      onEvent: (e) => events.push(e),
    });
    expect(result.outcome).toBe('ok');
    expect(events.filter((e) => e.type === 'warning')).toEqual([]);
  });
});
