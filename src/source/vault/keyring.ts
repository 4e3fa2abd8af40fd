import { VaultError } from '../../core/errors.js';
import { decryptEnvelope, encryptVaultText, parseEnvelope, type EncryptOptions } from './cipher.js';

/** One vault password and the label (`--vault-id label@source`) it was given under. */
export interface VaultSecret {
  id: string;
  password: Buffer;
}

export const DEFAULT_VAULT_ID = 'default';

/**
 * The vault secrets of a run. Decrypting tries the secret whose label matches the envelope's
 * first, then every other one, as Ansible does by default (the label is not signed, only a hint).
 */
export class VaultKeyring {
  readonly secrets: readonly VaultSecret[];

  constructor(secrets: readonly VaultSecret[] = []) {
    this.secrets = secrets;
  }

  get empty(): boolean {
    return this.secrets.length === 0;
  }

  /**
   * The plaintext of an envelope. `source` (a file name) is added to the message as Ansible
   * adds it; callers that report a file:line position leave it out. Throws VaultError.
   */
  decrypt(text: string, source?: string): Buffer {
    const on = source === undefined ? '' : ` on ${source}`;
    if (this.empty) throw new VaultError(`Attempting to decrypt but no vault secrets found${on}`);
    let envelope;
    try {
      envelope = parseEnvelope(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new VaultError(`There was a vault format error${source === undefined ? '' : ` in ${source}`}: ${detail}`);
    }
    const ordered = [
      ...this.secrets.filter((secret) => secret.id === envelope.vaultId),
      ...this.secrets.filter((secret) => secret.id !== envelope.vaultId),
    ];
    for (const secret of ordered) {
      const plaintext = decryptEnvelope(envelope, secret.password);
      if (plaintext) return plaintext;
    }
    throw new VaultError(`Decryption failed (no vault secrets were found that could decrypt)${on}`);
  }

  decryptText(text: string, source?: string): string {
    return this.decrypt(text, source).toString('utf8');
  }

  /**
   * Encrypts with the secret labelled `vaultId`, or with the only secret when none is named.
   * Throws VaultError when that choice is not clear.
   */
  encrypt(plaintext: Buffer | string, vaultId?: string, opts: Omit<EncryptOptions, 'vaultId'> = {}): string {
    const secret = vaultId === undefined ? this.onlySecret() : this.secrets.find((s) => s.id === vaultId);
    if (!secret) {
      const known = this.secrets.map((s) => s.id).join(', ');
      throw new VaultError(`Did not find a match for --encrypt-vault-id=${vaultId ?? ''} in the known vault-ids [${known}]`);
    }
    return encryptVaultText(plaintext, secret.password, { ...opts, vaultId: secret.id });
  }

  private onlySecret(): VaultSecret {
    if (this.secrets.length === 1) return this.secrets[0];
    if (this.empty) throw new VaultError('A vault password must be specified to encrypt data');
    throw new VaultError('The vault-ids ' + this.secrets.map((s) => s.id).join(',') + ' are available to encrypt. Specify the vault-id to encrypt with --encrypt-vault-id');
  }
}
