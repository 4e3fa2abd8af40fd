import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../../src/config/index.js';
import { outputName } from '../../../src/cli/output-choice.js';

function project(cfg: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'castoff-out-'));
  writeFileSync(join(dir, 'ansible.cfg'), cfg);
  return dir;
}

describe('stdout_callback settings', () => {
  it('reads stdout_callback and bin_ansible_callbacks from ansible.cfg without warning about them', () => {
    const s = loadSettings({}, project('[defaults]\nstdout_callback = ansible.posix.json\nbin_ansible_callbacks = True\n'));
    expect(s.stdoutCallback).toBe('ansible.posix.json');
    expect(s.loadCallbackPlugins).toBe(true);
    expect(s.warnings).toEqual([]);
  });

  it('ANSIBLE_STDOUT_CALLBACK and ANSIBLE_LOAD_CALLBACK_PLUGINS win over ansible.cfg; an empty variable leaves the file\'s value', () => {
    const dir = project('[defaults]\nstdout_callback = json\nbin_ansible_callbacks = False\n');
    expect(loadSettings({ ANSIBLE_STDOUT_CALLBACK: 'minimal', ANSIBLE_LOAD_CALLBACK_PLUGINS: '1' }, dir)).toMatchObject({ stdoutCallback: 'minimal', loadCallbackPlugins: true });
    expect(loadSettings({ ANSIBLE_STDOUT_CALLBACK: ' ' }, dir).stdoutCallback).toBe('json');
  });
});

describe('which output a command uses', () => {
  const none = {};

  it('castoff-playbook: --output over stdout_callback over the default output', () => {
    expect(outputName('playbook', {}, none)).toBe('default');
    expect(outputName('playbook', {}, { stdoutCallback: 'oneline' })).toBe('oneline');
    expect(outputName('playbook', { output: 'jsonl' }, { stdoutCallback: 'oneline' })).toBe('jsonl');
  });

  it('--output human is the command\'s own output: default for playbooks, minimal ad-hoc', () => {
    expect(outputName('playbook', { output: 'human' }, { stdoutCallback: 'json' })).toBe('default');
    expect(outputName('adhoc', { output: 'human' }, { stdoutCallback: 'json', loadCallbackPlugins: true })).toBe('minimal');
  });

  it('ad-hoc: minimal unless bin_ansible_callbacks is on and stdout_callback names something other than default, as ansible does', () => {
    expect(outputName('adhoc', {}, none)).toBe('minimal');
    expect(outputName('adhoc', {}, { stdoutCallback: 'json' })).toBe('minimal');
    expect(outputName('adhoc', {}, { stdoutCallback: 'json', loadCallbackPlugins: true })).toBe('json');
    expect(outputName('adhoc', {}, { stdoutCallback: 'ansible.builtin.default', loadCallbackPlugins: true })).toBe('minimal');
  });

  it('ad-hoc -o/--one-line wins over stdout_callback, --output over -o', () => {
    expect(outputName('adhoc', { oneLine: true }, { stdoutCallback: 'json', loadCallbackPlugins: true })).toBe('oneline');
    expect(outputName('adhoc', { oneLine: true, output: 'jsonl' }, none)).toBe('jsonl');
  });

  it('passes an unknown name on for the registry to refuse', () => {
    expect(outputName('playbook', {}, { stdoutCallback: 'yaml' })).toBe('yaml');
  });
});
