import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseErrors, VaultParseError } from '../../../src/core/errors.js';
import { loadInventory } from '../../../src/inventory/index.js';
import { loadPlaybook } from '../../../src/playbook/index.js';
import { Diagnostics } from '../../../src/source/diagnostics.js';
import { readVarsText } from '../../../src/source/vars-text.js';
import { encryptVaultText, VaultKeyring } from '../../../src/source/vault/index.js';

const fixtures = join(import.meta.dirname, '../../fixtures/vault');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const both = new VaultKeyring([
  { id: 'default', password: Buffer.from('pw-one') },
  { id: 'dev', password: Buffer.from('pw-two') },
]);

function read(text: string, file: string, vault?: VaultKeyring) {
  const diag = new Diagnostics();
  const vars = readVarsText(text, file, diag, { vault });
  return { vars, errors: diag.errors };
}

describe('vaulted YAML', () => {
  it('decrypts inline !vault values written by ansible-vault, with two ids', () => {
    expect(read(fixture('inline.yml'), 'inline.yml', both)).toEqual({ vars: { greeting: 'hello vault', api_key: 'top secret' }, errors: [] });
  });

  it('reads a whole vaulted vars file', () => {
    expect(read(fixture('vars-1.1.yml'), 'vars.yml', both).vars).toEqual({ db_password: 's3cret', port: 5432 });
  });

  it('names the file and line of an inline value no secret decrypts, without its plaintext', () => {
    const wrong = new VaultKeyring([{ id: 'default', password: Buffer.from('pw-one') }]);
    const { errors } = read(fixture('inline.yml'), 'inline.yml', wrong);
    expect(errors.map((e) => e.message)).toEqual(['inline.yml:1:18: Decryption failed (no vault secrets were found that could decrypt)']);
    expect(errors[0]).toBeInstanceOf(VaultParseError);
  });

  it('says no vault secrets were found for a vaulted file read without any', () => {
    const { errors } = read(fixture('vars-1.1.yml'), 'vars.yml');
    expect(errors.map((e) => e.message)).toEqual(['vars.yml:1:1: Attempting to decrypt but no vault secrets found']);
  });

  it('refuses a !vault value that is not an envelope', () => {
    const { errors } = read('x: !vault "plain"\n', 'x.yml', both);
    expect(errors.map((e) => e.message)).toEqual(["x.yml:1:11: a '!vault' value must be the text of a vault envelope ($ANSIBLE_VAULT;...)"]);
  });
});

describe('vaulted files of a playbook and an inventory', () => {
  it('loads vaulted vars_files and inventory group_vars with the keyring, and fails without it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-vault-load-'));
    writeFileSync(join(dir, 'secret.yml'), encryptVaultText('token: abc\n', 'pw-two', { vaultId: 'dev' }));
    writeFileSync(join(dir, 'play.yml'), '- hosts: all\n  vars_files: [secret.yml]\n  tasks: []\n');
    const playbook = await loadPlaybook(join(dir, 'play.yml'), { vault: both });
    expect(playbook.plays[0].vars_files[0].loaded?.vars).toEqual({ token: 'abc' });
    await expect(loadPlaybook(join(dir, 'play.yml'))).rejects.toThrow(ParseErrors);

    writeFileSync(join(dir, 'hosts'), encryptVaultText('[web]\nw1 ansible_host=10.0.0.1\n', 'pw-one'));
    mkdirSync(join(dir, 'group_vars'));
    writeFileSync(join(dir, 'group_vars', 'web.yml'), encryptVaultText('db_pass: !vault |\n  ' + encryptVaultText('inner', 'pw-two', { vaultId: 'dev' }).split('\n').join('\n  ') + '\n', 'pw-one'));
    const inventory = await loadInventory([join(dir, 'hosts')], { vault: both });
    expect(inventory.hosts.get('w1')?.vars).toMatchObject({ ansible_host: '10.0.0.1' });
    expect(inventory.groups.get('web')?.inventoryDirVars).toEqual({ db_pass: 'inner' });
    await expect(loadInventory([join(dir, 'hosts')], { vault: new VaultKeyring([{ id: 'x', password: Buffer.from('no') }]) })).rejects.toThrow(
      `${join(dir, 'hosts')}:1:1: Decryption failed (no vault secrets were found that could decrypt)`,
    );
  });
});
