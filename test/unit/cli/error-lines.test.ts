import { afterEach, describe, expect, it, vi } from 'vitest';
import { exitCodeForError } from '../../../src/cli/common.js';
import { EXIT } from '../../../src/cli/exit-codes.js';
import { CastoffError } from '../../../src/index.js';

afterEach(() => {
  vi.restoreAllMocks();
});

function stderrOf(work: () => void): string {
  let text = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += chunk.toString();
    return true;
  });
  work();
  return text;
}

describe('ERROR! lines', () => {
  it('show what a host sent inside an error message escaped, keeping the message lines', () => {
    const err = new CastoffError('h1: the job file /r/j1.1 is corrupt (not JSON): Unexpected token \u001b]0;pwned\u0007\nsecond line\r');
    let code: number | undefined;
    const text = stderrOf(() => (code = exitCodeForError(err, 0)));
    expect(code).toBe(EXIT.error);
    expect(text).toBe('ERROR! h1: the job file /r/j1.1 is corrupt (not JSON): Unexpected token \\u001b]0;pwned\\u0007\nsecond line\\u000d\n');
  });

  it('escape an unexpected error too', () => {
    expect(stderrOf(() => exitCodeForError(new Error('boom \u009b2J'), 0))).toBe('ERROR! Unexpected Exception, this is probably a bug: boom \\u009b2J\n');
  });
});
