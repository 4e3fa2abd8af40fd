import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings, parseSize } from '../../../src/config/index.js';
import { ConfigError } from '../../../src/core/errors.js';

function project(cfg: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'castoff-cfg-'));
  writeFileSync(join(dir, 'ansible.cfg'), cfg);
  return dir;
}

describe('output_limit setting', () => {
  it('reads [defaults] output_limit, and CASTOFF_OUTPUT_LIMIT over it', () => {
    const dir = project('[defaults]\noutput_limit = 2M\n');
    expect(loadSettings({}, dir).outputLimit).toBe(2 * 1024 * 1024);
    expect(loadSettings({ CASTOFF_OUTPUT_LIMIT: '65536' }, dir).outputLimit).toBe(65536);
    expect(loadSettings({}, project('[defaults]\nforks = 3\n')).outputLimit).toBeUndefined();
  });

  it('takes bytes or K, M, G (powers of 1024), with or without B or iB', () => {
    expect(parseSize('4096', 'x')).toBe(4096);
    expect(parseSize('512k', 'x')).toBe(512 * 1024);
    expect(parseSize('10MiB', 'x')).toBe(10 * 1024 * 1024);
    expect(parseSize('1 GB', 'x')).toBe(1024 ** 3);
    expect(parseSize(' ', 'x')).toBeUndefined();
  });

  it('refuses anything else with an error naming where it came from', () => {
    expect(() => parseSize('lots', 'CASTOFF_OUTPUT_LIMIT')).toThrow(ConfigError);
    expect(() => parseSize('10', 'CASTOFF_OUTPUT_LIMIT')).toThrow(/^CASTOFF_OUTPUT_LIMIT: invalid size '10': expected a number of bytes of at least 1024/);
    const dir = project('[defaults]\noutput_limit = -5\n');
    expect(() => loadSettings({}, dir)).toThrow(`${join(dir, 'ansible.cfg')}:2: [defaults] output_limit: invalid size '-5'`);
  });
});
