import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encryptVaultText, loadVaultKeyring, parseVaultId } from '../../../src/source/vault/index.js';

let dir: string;
const path = (name: string) => join(dir, name);

function script(name: string, body: string): string {
  writeFileSync(path(name), `#!/bin/sh\n${body}\n`);
  chmodSync(path(name), 0o755);
  return path(name);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'castoff-vault-secrets-'));
  writeFileSync(path('pw'), '  file-pw \n\n');
  writeFileSync(path('empty'), '\n');
});

describe('--vault-id specs', () => {
  it('reads label@source and a bare source labelled default', () => {
    expect(parseVaultId('prod@/etc/pw')).toEqual({ id: 'prod', source: '/etc/pw' });
    expect(parseVaultId('/etc/pw')).toEqual({ id: 'default', source: '/etc/pw' });
    expect(parseVaultId('dev@prompt')).toEqual({ id: 'dev', source: 'prompt' });
  });
});

describe('vault password sources', () => {
  it('reads a file without its surrounding whitespace', async () => {
    const keyring = await loadVaultKeyring([{ id: 'default', source: path('pw') }]);
    expect(keyring.secrets[0].password.toString()).toBe('file-pw');
  });

  it("runs an executable file and takes its stdout without line endings", async () => {
    const file = script('pw.sh', "printf ' script-pw\\n'");
    const keyring = await loadVaultKeyring([{ id: 'default', source: file }]);
    expect(keyring.secrets[0].password.toString()).toBe(' script-pw');
  });

  it('tells a *-client script which label it is asked for', async () => {
    const file = script('vault-client.sh', 'echo "pw-for-$2"');
    const keyring = await loadVaultKeyring([{ id: 'prod', source: file }]);
    expect(keyring.secrets[0].password.toString()).toBe('pw-for-prod');
  });

  it('keeps several ids, each decrypting its own data', async () => {
    const keyring = await loadVaultKeyring([
      { id: 'dev', source: path('pw') },
      { id: 'prod', source: script('prod.sh', 'echo prod-pw') },
    ]);
    expect(keyring.secrets.map((s) => s.id)).toEqual(['dev', 'prod']);
    expect(keyring.decryptText(encryptVaultText('p', 'prod-pw', { vaultId: 'prod' }))).toBe('p');
    expect(keyring.decryptText(encryptVaultText('d', 'file-pw', { vaultId: 'dev' }))).toBe('d');
  });

  it('asks on the terminal for a prompt source, with the label in the question', async () => {
    const questions: string[] = [];
    const keyring = await loadVaultKeyring([{ id: 'ops', source: 'prompt' }], {
      prompt: async (question) => {
        questions.push(question);
        return 'typed\n';
      },
    });
    expect(questions).toEqual(['Vault password (ops): ']);
    expect(keyring.secrets[0].password.toString()).toBe('typed');
  });

  it('fails clearly for a missing file, an empty password, a failing script and no terminal', async () => {
    await expect(loadVaultKeyring([{ id: 'default', source: path('nope') }])).rejects.toThrow(`The vault password file ${path('nope')} was not found`);
    await expect(loadVaultKeyring([{ id: 'default', source: path('empty') }])).rejects.toThrow(
      `Invalid vault password was provided from file (${path('empty')})`,
    );
    const failing = script('fail.sh', 'echo oops >&2; exit 3');
    await expect(loadVaultKeyring([{ id: 'default', source: failing }])).rejects.toThrow(`Vault password script ${failing} returned non-zero (3): oops`);
    await expect(loadVaultKeyring([{ id: 'default', source: 'prompt' }])).rejects.toThrow(/no terminal to ask on/);
  });
});
