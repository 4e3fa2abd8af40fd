import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAdHoc, type RunEvent } from '../../../src/index.js';

type HostResult = Extract<RunEvent, { type: 'host_result' }>;

async function adHoc(options: { poll?: number; pollInterval?: number }): Promise<HostResult['result']> {
  const events: RunEvent[] = [];
  const asyncDir = await mkdtemp(join(tmpdir(), 'castoff-adhoc-async-'));
  const result = await runAdHoc({ pattern: 'localhost', module: 'command', args: 'echo adhoc-done', async: 60, asyncDir, ...options, onEvent: (e) => events.push(e) });
  expect(result.outcome).toBe('ok');
  const hostResult = events.find((e): e is HostResult => e.type === 'host_result');
  return hostResult!.result;
}

describe('ad-hoc async poll', () => {
  it("without -P, an ad-hoc async task polls at the run's pollInterval (0: fire and forget)", async () => {
    const result = await adHoc({ pollInterval: 0 });
    expect(result).toMatchObject({ started: 1, finished: 0 });
    expect(result.ansible_job_id).toEqual(expect.any(String));
  });

  it('-P wins over the run pollInterval', async () => {
    const result = await adHoc({ poll: 1, pollInterval: 0 });
    expect(result).toMatchObject({ finished: 1, stdout: 'adhoc-done' });
  });
});
