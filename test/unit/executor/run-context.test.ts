import { describe, expect, it } from 'vitest';
import { DEFAULT_FORKS, DEFAULT_POLL_INTERVAL, normalizeRunOptions } from '../../../src/executor/run-context.js';
import type { Inventory } from '../../../src/inventory/index.js';
import type { Playbook } from '../../../src/playbook/index.js';

const playbook = { file: '/srv/site/site.yml', plays: [], warnings: [] } as unknown as Playbook;
const inventory = { hosts: new Map(), groups: new Map(), warnings: [] } as unknown as Inventory;

describe('normalizeRunOptions', () => {
  it("applies Ansible's defaults once: poll 15, forks 5, ~/.ansible_async, no check or diff", () => {
    const ctx = normalizeRunOptions({ playbook, inventory });
    expect(DEFAULT_POLL_INTERVAL).toBe(15);
    expect(DEFAULT_FORKS).toBe(5);
    expect(ctx).toMatchObject({ pollInterval: 15, forks: 5, asyncDir: '~/.ansible_async', check: false, diff: false, extraVars: {}, becomeDefaults: {}, connection: {} });
    expect(ctx.playbookDir).toBe('/srv/site');
  });

  it('keeps what the caller set, and never runs fewer than one host at once', () => {
    const ctx = normalizeRunOptions({ playbook, inventory, pollInterval: 2, forks: 0, asyncDir: '/var/jobs', check: true, becomeDefaults: { become: true } });
    expect(ctx).toMatchObject({ pollInterval: 2, forks: 1, asyncDir: '/var/jobs', check: true, becomeDefaults: { become: true } });
  });

  it("gives the run a signal of its own that aborts with the caller's", () => {
    const caller = new AbortController();
    const ctx = normalizeRunOptions({ playbook, inventory, signal: caller.signal });
    expect(ctx.signal).not.toBe(caller.signal);
    expect(ctx.signal.aborted).toBe(false);
    caller.abort();
    expect(ctx.signal.aborted).toBe(true);
    const late = new AbortController();
    late.abort();
    expect(normalizeRunOptions({ playbook, inventory, signal: late.signal }).signal.aborted).toBe(true);
  });
});
