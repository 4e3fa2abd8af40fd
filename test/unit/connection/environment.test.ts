import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { environmentOnStdin, isEnvironmentName } from '../../../src/connection/index.js';
import { ConfigError } from '../../../src/core/errors.js';

const tricky: Record<string, string> = {
  QUOTES: `it's "quoted" $HOME \`id\` $(id)`,
  LINES: 'first\n\nthird\n',
  BACKSLASH: 'a\\b\\',
  SPACES: '  padded  ',
  EMPTY: '',
  UNICODE: 'ü ☃',
  _UNDER_9: 'x',
};

function runIn(shell: string, command: string, stdin: string | Buffer | undefined): string {
  return execFileSync(shell, ['-c', command], { input: stdin ?? '' }).toString();
}

describe.each(['/bin/sh', 'bash', 'dash'])('the environment on stdin, read by %s', (shell) => {
  it('exports every value exactly, and leaves the command its own input', () => {
    const names = Object.keys(tricky);
    const { command, stdin } = environmentOnStdin(`printf '%s\\0' ${names.map((n) => `"$${n}"`).join(' ')}; sh -c 'printf "%s" "$LINES"'; printf '\\0'; cat`, tricky, 'the command input\nline 2');
    const out = runIn(shell, command, stdin).split('\0');
    expect(out.slice(0, names.length)).toEqual(names.map((n) => tricky[n]));
    // exported: a child process sees it too
    expect(out[names.length]).toBe(tricky.LINES);
    expect(out[names.length + 1]).toBe('the command input\nline 2');
  });

  it('puts no value on the command line', () => {
    const { command } = environmentOnStdin('true', { DB_PASSWORD: 'hunter2-secret' }, undefined);
    expect(command).not.toContain('hunter2-secret');
    expect(runIn(shell, command, environmentOnStdin('true', { DB_PASSWORD: 'hunter2-secret' }, undefined).stdin)).toBe('');
  });
});

describe('environmentOnStdin', () => {
  it('changes nothing without variables', () => {
    expect(environmentOnStdin('cat', {}, 'in')).toEqual({ command: 'cat', stdin: 'in' });
    expect(environmentOnStdin('cat', undefined, undefined)).toEqual({ command: 'cat', stdin: undefined });
  });

  it('fails clearly, instead of running anything, when stdin does not bring the environment', () => {
    const { command } = environmentOnStdin('echo ran', { A: '1' }, undefined);
    expect(() => execFileSync('/bin/sh', ['-c', command], { input: '', stdio: ['pipe', 'pipe', 'pipe'] })).toThrow(/the environment did not arrive on stdin/);
  });

  it('refuses a name a shell cannot export, naming it', () => {
    for (const name of ['A-B', '1A', 'A B', 'A;B', '', 'A=B', 'É']) {
      expect(isEnvironmentName(name)).toBe(false);
      expect(() => environmentOnStdin('true', { [name]: 'x' }, undefined)).toThrow(ConfigError);
      expect(() => environmentOnStdin('true', { [name]: 'x' }, undefined)).toThrow(`invalid environment variable name ${JSON.stringify(name)}`);
    }
    for (const name of ['A', '_', 'a_1', 'PATH']) expect(isEnvironmentName(name)).toBe(true);
  });
});
