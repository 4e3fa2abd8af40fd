/**
 * Lookups that need the run beyond its variables: vault secrets (file, unvault, template) and the
 * Ansible settings (config). Messages as ansible-core 2.14 gives them for the same calls.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encryptVaultText, VaultKeyring } from '../../../src/source/vault/index.js';
import { lazyVars, renderTemplate, withLookupEnvironment, type LookupEnvironment } from '../../../src/template/index.js';

let dir: string;
const keyring = new VaultKeyring([{ id: 'default', password: Buffer.from('pw') }]);
const withVault: LookupEnvironment = { decryptVault: (text, file) => keyring.decrypt(text, file) };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'castoff-lookup-env-'));
  mkdirSync(join(dir, 'files'));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'files', 'secret.txt'), encryptVaultText('secret text\n\n', Buffer.from('pw')));
  writeFileSync(join(dir, 'files', 'plain.txt'), 'plain\n');
  writeFileSync(join(dir, 'templates', 'vaulted.j2'), encryptVaultText('name={{ name }}\n', Buffer.from('pw')));
});

const render = (text: string, environment: LookupEnvironment = {}): unknown =>
  withLookupEnvironment(environment, () => renderTemplate(text, lazyVars({ playbook_dir: dir, name: 'web' })));

const failure = (text: string, environment: LookupEnvironment = {}): string => {
  try {
    render(text, environment);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected ${text} to fail`);
};

describe('vaulted files in lookups', () => {
  it('unvault gives the decrypted file as it is, a plain file too', () => {
    expect(render("{{ lookup('unvault', 'secret.txt') }}", withVault)).toBe('secret text\n\n');
    expect(render("{{ lookup('ansible.builtin.unvault', 'plain.txt') }}", withVault)).toBe('plain\n');
  });

  it('file decrypts and strips as for a plain file', () => {
    expect(render("{{ lookup('file', 'secret.txt') }}", withVault)).toBe('secret text');
  });

  it('template renders a vaulted template', () => {
    expect(render("{{ lookup('template', 'vaulted.j2') }}", withVault)).toBe('name=web\n');
  });

  it('fails without secrets, or with the wrong ones, naming the file', () => {
    const path = join(dir, 'files', 'secret.txt');
    expect(failure("{{ lookup('unvault', 'secret.txt') }}")).toBe(
      `An unhandled exception occurred while running the lookup plugin 'unvault'. Error was a <class 'ansible.errors.AnsibleParserError'>, original message: A vault password or secret must be specified to decrypt ${path}. A vault password or secret must be specified to decrypt ${path}`,
    );
    const wrong = new VaultKeyring([{ id: 'default', password: Buffer.from('nope') }]);
    expect(failure("{{ lookup('file', 'secret.txt') }}", { decryptVault: (text, file) => wrong.decrypt(text, file) })).toContain(`Decryption failed (no vault secrets were found that could decrypt) on ${path}`);
  });

  it('unvault names a missing file as Ansible does', () => {
    expect(failure("{{ lookup('unvault', 'nope.txt') }}")).toBe(
      `An unhandled exception occurred while running the lookup plugin 'unvault'. Error was a <class 'ansible.errors.AnsibleParserError'>, original message: Unable to find file matching "nope.txt" . Unable to find file matching "nope.txt" `,
    );
  });
});

describe('config lookup', () => {
  const config: LookupEnvironment = { config: { DEFAULT_TIMEOUT: 10, DEFAULT_ROLES_PATH: ['/r1', '/r2'], DEFAULT_REMOTE_USER: null } };

  it("gives the run's values", () => {
    expect(render("{{ lookup('config', 'DEFAULT_TIMEOUT') }}", config)).toBe(10);
    expect(render("{{ lookup('config', 'DEFAULT_ROLES_PATH') }}", config)).toEqual(['/r1', '/r2']);
    expect(render("{{ q('config', 'DEFAULT_TIMEOUT', 'DEFAULT_REMOTE_USER') }}", config)).toEqual([10, null]);
  });

  it('handles a missing setting by on_missing', () => {
    expect(failure("{{ lookup('config', 'NOPE_X') }}", config)).toBe(
      "Unable to find setting NOPE_X. module 'ansible.constants' has no attribute 'NOPE_X'. module 'ansible.constants' has no attribute 'NOPE_X'",
    );
    expect(render("{{ q('config', 'NOPE_X', 'DEFAULT_TIMEOUT', on_missing='skip') }}", config)).toEqual([10]);
    expect(render("{{ q('config', 'NOPE_X', on_missing='warn') }}", config)).toEqual([]);
  });

  it('refuses bad options as Ansible does', () => {
    expect(failure("{{ lookup('config', 'NOPE_X', on_missing='bad') }}", config)).toBe(
      'Invalid value "bad" for configuration option "plugin_type: lookup plugin: config setting: on_missing ", valid values are: error, skip, warn',
    );
    expect(failure("{{ lookup('config', 1) }}", config)).toBe(`Invalid setting identifier, "1" is not a string, its a <class 'int'>`);
    expect(failure("{{ lookup('config', 'remote_user', plugin_type='connection') }}", config)).toBe('Both plugin_type and plugin_name are required, cannot use one without the other');
  });
});
