import { describe, expect, it } from 'vitest';
import { isJobIdOf, jobStatusFile } from '../../../src/async/index.js';

describe('the job id of a launch', () => {
  it('is the prefix castoff chose, a dot and the wrapper pid', () => {
    expect(isJobIdOf('j123', 'j123.4567')).toBe(true);
    expect(isJobIdOf('j123', 'j123.1234567890')).toBe(true);
  });

  it('is nothing else a host may send', () => {
    for (const name of ['j123', 'j123.', 'j1234.5', 'j12.5', 'j123.12345678901', 'j123.4a', 'j123.4/../x', 'j123.4\n', ' j123.4', 'x.j123.4'] as const) {
      expect(isJobIdOf('j123', name), name).toBe(false);
    }
    for (const value of [123.4, null, undefined, ['j123.4'], { jid: 'j123.4' }]) expect(isJobIdOf('j123', value)).toBe(false);
  });

  it('names its status file in the async dir', () => {
    expect(jobStatusFile('/home/u/.ansible_async', 'j1.2')).toBe('/home/u/.ansible_async/j1.2');
    expect(jobStatusFile('/home/u/.ansible_async/', 'j1.2')).toBe('/home/u/.ansible_async/j1.2');
  });
});
