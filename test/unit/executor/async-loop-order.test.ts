/**
 * An async loop's items run at the same time but are reported in loop order, as Ansible reports
 * them: each item's ASYNC POLL lines, its ASYNC OK and its result before the next item's. Local jobs:
 * no Docker.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../src/index.js';
import { itemsOf, play, resultOf, runLocal } from './run-local.js';

/** The job id an async event or an item's result belongs to. */
function jobOf(event: RunEvent): string | undefined {
  if (event.type === 'async_poll' || event.type === 'async_done') return event.jid;
  if (event.type === 'host_result' && event.item !== undefined) return String(event.result.ansible_job_id);
  return undefined;
}

describe('an async loop', () => {
  it('whose jobs end in reverse order reports its items in loop order, each one whole before the next', async () => {
    const asyncDir = await mkdtemp(join(tmpdir(), 'castoff-loop-order-'));
    const run = await runLocal(
      play(`  tasks:
    - name: sleeps
      shell: "sleep {{ item }}; echo slept {{ item }}"
      loop: [3, 2, 1]
      async: 30
      poll: 1
`),
      { asyncDir },
    );
    expect(run.exitCode).toBe(0);
    expect(itemsOf(run, 'sleeps').map((e) => e.item)).toEqual(['3', '2', '1']);
    const results = resultOf(run, 'sleeps')?.result.results as Array<Record<string, unknown>>;
    expect(results.map((r) => r.stdout)).toEqual(['slept 3', 'slept 2', 'slept 1']);
    // The jobs overlapped (the 1 s one ended before the 3 s one), yet the events come grouped by item, in loop order.
    expect(String(results[2].end) < String(results[0].end)).toBe(true);
    const jids = results.map((r) => String(r.ansible_job_id));
    const sequence = run.events.map(jobOf).filter((jid): jid is string => jid !== undefined);
    const itemOrder = sequence.map((jid) => jids.indexOf(jid));
    expect(itemOrder.every((index) => index >= 0)).toBe(true);
    expect(itemOrder, 'an item reported before the one ahead of it in the loop').toEqual([...itemOrder].sort((a, b) => a - b));
    // Each item ends with ASYNC OK, then its result.
    for (const jid of jids) {
      const own = run.events.filter((e) => jobOf(e) === jid).map((e) => e.type);
      expect(own.slice(-2)).toEqual(['async_done', 'host_result']);
    }
  });
});
