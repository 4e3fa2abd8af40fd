import { readFile } from 'node:fs/promises';
import { CastoffError } from '../core/errors.js';
import { isVaulted, VaultKeyring } from '../source/vault/index.js';

/**
 * A controller file as an action sends it: decrypted when it is vaulted, unless `decrypt` is
 * false (as `copy`'s `decrypt: false`). The message of a failed result when it cannot be.
 */
export async function readLocalFile(file: string, vault: VaultKeyring | undefined, decrypt = true): Promise<Buffer | { error: string }> {
  const data = await readFile(file);
  if (!decrypt || !isVaulted(data.subarray(0, 64).toString('latin1'))) return data;
  try {
    return (vault ?? new VaultKeyring()).decrypt(data.toString('utf8'), file);
  } catch (error) {
    if (error instanceof CastoffError) return { error: error.message };
    throw error;
  }
}
