import { describe, expect, it } from 'vitest';
import { parsePlaybookText, runPlaybook, type RunEvent } from '../../../src/index.js';

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
