import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../../src/config/index.js';
import { toConnectionSpec } from '../../../src/connection/index.js';

function project(cfg: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'castoff-cfg-'));
  writeFileSync(join(dir, 'ansible.cfg'), cfg);
  return dir;
}

describe('castoff_helper setting', () => {
  it('reads [defaults] castoff_helper, and CASTOFF_HELPER over it', () => {
    const off = project('[defaults]\ncastoff_helper = false\n');
    expect(loadSettings({}, off).helper).toBe(false);
    expect(loadSettings({ CASTOFF_HELPER: 'on' }, off).helper).toBe(true);
    expect(loadSettings({ CASTOFF_HELPER: '1' }, off).helper).toBe(true);
    const plain = project('[defaults]\nforks = 3\n');
    expect(loadSettings({}, plain).helper).toBeUndefined();
    for (const word of ['0', 'false', 'off']) expect(loadSettings({ CASTOFF_HELPER: word }, plain).helper).toBe(false);
    expect(loadSettings({}, off).warnings).toEqual([]);
  });

  it('is on for SSH hosts unless the run turns it off', () => {
    expect(toConnectionSpec('web1', {}, {}, undefined)).toMatchObject({ kind: 'ssh', helper: true });
    expect(toConnectionSpec('web1', {}, { helper: false }, undefined)).toMatchObject({ kind: 'ssh', helper: false });
  });
});
