// "Job missing" as a typed state: one result shape for it, and one test that recognises it in the
// controller's own results and in the replies of the host's code (the wire message is the contract).
import { describe, expect, it } from 'vitest';
import { isMissingJob } from '../../../src/async/index.js';
import type { ModuleResult } from '../../../src/core/index.js';
import { missingResult } from '../../../src/async/status.js';

describe('a missing job', () => {
  it('has the result the contract gives: failed, "could not find job", started and finished', () => {
    expect(missingResult('j1.2')).toEqual({ failed: true, msg: 'could not find job', started: 1, finished: 1, ansible_job_id: 'j1.2' });
    expect(isMissingJob(missingResult('j1.2'))).toBe(true);
  });

  it("is recognised in the wrapper's --terminate reply and in async_status's result", () => {
    const fromTerminate: ModuleResult = { failed: 1, msg: 'could not find job', ansible_job_id: 'j1.2' };
    const fromAsyncStatus: ModuleResult = { failed: true, msg: 'could not find job', started: 1, finished: 1, ansible_job_id: 'j1.2' };
    expect([fromTerminate, fromAsyncStatus].map(isMissingJob)).toEqual([true, true]);
  });

  it('is not any other failure', () => {
    const others: ModuleResult[] = [
      { failed: true, msg: 'Job terminated by request', killed: true, finished: 1 },
      { failed: true, msg: 'the job file /a/j1.2 is corrupt (not JSON): x', finished: 0 },
      { failed: true, msg: 'could not find job j1.2' },
      { rc: 0, finished: 1 },
    ];
    expect(others.filter(isMissingJob)).toEqual([]);
  });
});
