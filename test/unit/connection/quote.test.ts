import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellJoin, shellQuote } from '../../../src/connection/index.js';

const tricky = [`it's`, '"double"', '$HOME', '${x}', '`id`', '$(id)', 'a b', 'tab\there', 'new\nline', '', '*', '~', '!', '\\', ';rm -rf /', 'ü'];

describe('shell quoting', () => {
  it('every argument reaches /bin/sh unchanged', () => {
    const out = execFileSync('/bin/sh', ['-c', `printf '%s\\0' ${shellJoin(tricky)}`]);
    expect(out.toString().split('\0').slice(0, -1)).toEqual(tricky);
  });

  it('leaves plain words bare and quotes everything else', () => {
    expect(shellQuote('abc-1.2/x')).toBe('abc-1.2/x');
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('')).toBe(`''`);
  });
});
