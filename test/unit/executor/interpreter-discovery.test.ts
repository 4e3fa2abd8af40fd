import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localInventory, resultOf, runLocal } from './run-local.js';

const PINGS = `
- hosts: all
  gather_facts: false
  tasks:
    - name: first
      ping:
    - name: second
      ping:
    - name: seen
      debug: msg="{{ discovered_interpreter_python | default('unset') }}"
`;

describe('interpreter discovery in the executor (local connection)', () => {
  it('discovers once per host: the first module result carries discovered_interpreter_python, later tasks use it', async () => {
    const inventory = await localInventory(['h1', 'h2']);
    const run = await runLocal(PINGS, { inventory });
    expect(run.exitCode).toBe(0);
    for (const host of ['h1', 'h2']) {
      const discovered = (resultOf(run, 'first', host)?.result.ansible_facts as Record<string, unknown> | undefined)?.discovered_interpreter_python;
      expect(typeof discovered).toBe('string');
      expect(existsSync(discovered as string)).toBe(true);
      expect(resultOf(run, 'second', host)?.result).not.toHaveProperty('ansible_facts');
      expect(resultOf(run, 'seen', host)?.result.msg).toBe(discovered);
      // Whatever this controller's distribution makes discovery say, it says it once per host.
      const warnings = run.events.filter((e) => e.type === 'warning' && e.host === host);
      expect(warnings.length).toBeLessThanOrEqual(1);
    }
  });

  it('takes a literal interpreter as written and discovers nothing', async () => {
    const inventory = await localInventory(['h1'], '[all:vars]\nansible_python_interpreter=python3\n');
    const run = await runLocal(PINGS, { inventory });
    expect(run.exitCode).toBe(0);
    expect(resultOf(run, 'first', 'h1')?.result).not.toHaveProperty('ansible_facts');
    expect(resultOf(run, 'seen', 'h1')?.result.msg).toBe('unset');
  });

  it('runs no discovery for controller actions and raw, which need no Python', async () => {
    const inventory = await localInventory(['h1']);
    const run = await runLocal(`- hosts: all\n  gather_facts: false\n  tasks:\n    - name: r\n      raw: echo hi\n    - name: d\n      debug: msg=x\n`, { inventory });
    expect(run.exitCode).toBe(0);
    expect(resultOf(run, 'r', 'h1')?.result).not.toHaveProperty('ansible_facts');
  });
});
