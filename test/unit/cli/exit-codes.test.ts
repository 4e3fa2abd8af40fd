import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../../src/cli/exit-codes.js';

describe('the exit code of a run', () => {
  it("is ansible-playbook's for each way a run ends", () => {
    expect(exitCodeFor('ok')).toBe(0);
    expect(exitCodeFor('failed')).toBe(2);
    expect(exitCodeFor('unreachable')).toBe(4);
    expect(exitCodeFor('cancelled')).toBe(99);
  });
});
