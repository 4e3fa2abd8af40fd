import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VaultError } from '../../../src/core/errors.js';
import { encryptVaultText, isVaulted, parseEnvelope, VaultKeyring } from '../../../src/source/vault/index.js';

// Files under test/fixtures/vault were written by ansible-vault (ansible-core 2.14).
const fixtures = join(import.meta.dirname, '../../fixtures/vault');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const secret = (id: string, password: string) => ({ id, password: Buffer.from(password) });

/** The `!vault |` block of one variable of inline.yml, as an envelope. */
function inlineEnvelope(name: string): string {
  const lines = fixture('inline.yml').split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${name}: !vault |`));
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith(' ')) break;
    body.push(line.trim());
  }
  return body.join('\n');
}

function hasAnsibleVault(): boolean {
  try {
    execFileSync('ansible-vault', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('vault envelopes written by ansible-vault', () => {
  it('decrypts a 1.1 file with its password', () => {
    const keyring = new VaultKeyring([secret('default', 'pw-one')]);
    expect(keyring.decryptText(fixture('vars-1.1.yml'))).toBe('db_password: s3cret\nport: 5432\n');
  });

  it('reads the label of a 1.2 file and decrypts it with the labelled secret among several', () => {
    const text = fixture('vars-1.2-prod.yml');
    expect(parseEnvelope(text)).toMatchObject({ version: '1.2', cipher: 'AES256', vaultId: 'prod' });
    const keyring = new VaultKeyring([secret('default', 'pw-one'), secret('prod', 'pw-two')]);
    expect(keyring.decryptText(text)).toBe('db_password: s3cret\nport: 5432\n');
  });

  it('tries every secret when no label matches, as Ansible does by default', () => {
    const keyring = new VaultKeyring([secret('other', 'nope'), secret('dev', 'pw-one')]);
    expect(keyring.decryptText(inlineEnvelope('api_key'))).toBe('top secret');
    expect(new VaultKeyring([secret('x', 'pw-two')]).decryptText(inlineEnvelope('greeting'))).toBe('hello vault');
  });

  it('fails with Ansible message on a wrong password, naming the file and never the plaintext', () => {
    const keyring = new VaultKeyring([secret('default', 'wrong'), secret('prod', 'also-wrong')]);
    expect(() => keyring.decrypt(fixture('vars-1.1.yml'), 'group_vars/all.yml')).toThrow(
      new VaultError('Decryption failed (no vault secrets were found that could decrypt) on group_vars/all.yml'),
    );
  });

  it('fails when there are no secrets at all', () => {
    expect(() => new VaultKeyring().decrypt(fixture('vars-1.1.yml'), 'vars.yml')).toThrow(
      'Attempting to decrypt but no vault secrets found on vars.yml',
    );
  });

  it('reports a damaged envelope as a format error, not a wrong password', () => {
    const keyring = new VaultKeyring([secret('default', 'pw-one')]);
    const text = fixture('vars-1.1.yml');
    const notHex = text.replace(/\n3/, '\nzz');
    expect(() => keyring.decrypt(notHex, 'v.yml')).toThrow(/^There was a vault format error in v\.yml: Vault format unhexlify error/);
    const truncated = text.split('\n').slice(0, 2).join('\n');
    expect(() => keyring.decrypt(truncated, 'v.yml')).toThrow(/vault format error in v\.yml/);
    expect(() => keyring.decrypt('$ANSIBLE_VAULT\n00', 'v.yml')).toThrow(/first line is not a vault header/);
  });

  it('detects vaulted text by its header', () => {
    expect(isVaulted(fixture('vars-1.1.yml'))).toBe(true);
    expect(isVaulted('a: $ANSIBLE_VAULT;1.1;AES256')).toBe(false);
  });
});

describe('encryption', () => {
  it('round-trips, writing 1.1 for the default label and 1.2 for others', () => {
    const keyring = new VaultKeyring([secret('default', 'one'), secret('prod', 'two')]);
    const plain = encryptVaultText('a', 'one');
    expect(plain.split('\n')[0]).toBe('$ANSIBLE_VAULT;1.1;AES256');
    expect(plain.split('\n').slice(1).every((line) => line.length <= 80)).toBe(true);
    const labelled = keyring.encrypt('x'.repeat(100), 'prod');
    expect(labelled.split('\n')[0]).toBe('$ANSIBLE_VAULT;1.2;AES256;prod');
    expect(keyring.decryptText(labelled)).toBe('x'.repeat(100));
    expect(keyring.decryptText(plain)).toBe('a');
  });

  it('pads a plaintext of a whole block with a full block, as PKCS#7 does', () => {
    const text = encryptVaultText('0123456789abcdef', 'pw');
    expect(parseEnvelope(text).ciphertext.length).toBe(32);
    expect(new VaultKeyring([secret('default', 'pw')]).decryptText(text)).toBe('0123456789abcdef');
  });

  it.runIf(hasAnsibleVault())('writes files ansible-vault decrypts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'castoff-vault-'));
    writeFileSync(join(dir, 'pw'), 'castoff-pw\n');
    writeFileSync(join(dir, 'secret.yml'), encryptVaultText('answer: 42\n', 'castoff-pw', { vaultId: 'lab' }));
    const out = execFileSync('ansible-vault', ['decrypt', '--vault-id', `lab@${join(dir, 'pw')}`, '--output', '-', join(dir, 'secret.yml')], {
      encoding: 'utf8',
    });
    expect(out).toBe('answer: 42\n');
  });
});
