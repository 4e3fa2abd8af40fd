import { createCipheriv, createDecipheriv, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import { VaultError } from '../../core/errors.js';

/**
 * Ansible Vault's AES256 format (1.1, and 1.2 which adds a vault id to the header): a key, an HMAC
 * key and a counter are derived from the password with PBKDF2-SHA256 (10000 rounds, 32-byte salt);
 * the PKCS#7-padded plaintext is encrypted with AES-256-CTR and the ciphertext signed with
 * HMAC-SHA256. The body is `hex(salt)\nhex(hmac)\nhex(ciphertext)`, hexlified once more and wrapped
 * at 80 columns under the header line.
 */

export const VAULT_HEADER = '$ANSIBLE_VAULT;';
const ITERATIONS = 10_000;
const SALT_BYTES = 32;
const LINE_WIDTH = 80;

/** The envelope cannot be read (damaged, truncated, not hex); Ansible's "vault format error". */
export class VaultFormatError extends VaultError {
  override name = 'VaultFormatError';
}

export interface VaultEnvelope {
  version: string;
  cipher: string;
  /** The label of a 1.2 envelope; not signed, only a hint for choosing a secret. */
  vaultId?: string;
  salt: Buffer;
  hmac: Buffer;
  ciphertext: Buffer;
}

export function isVaulted(text: string): boolean {
  return text.trimStart().startsWith(VAULT_HEADER);
}

function unhexlify(hex: string, part: string): Buffer {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new VaultFormatError(`Vault format unhexlify error: the ${part} is not hexadecimal text`);
  }
  return Buffer.from(hex, 'hex');
}

/** Reads an envelope as written to a file or under `!vault |`; throws VaultFormatError. */
export function parseEnvelope(text: string): VaultEnvelope {
  const lines = text.trim().split(/\r?\n/).map((line) => line.trim());
  const header = lines[0].split(';').map((field) => field.trim());
  if (header[0] !== VAULT_HEADER.slice(0, -1) || header.length < 3) {
    throw new VaultFormatError('Vault envelope format error: the first line is not a vault header');
  }
  const [, version, cipher, vaultId] = header;
  const outer = unhexlify(lines.slice(1).join(''), 'envelope').toString('latin1');
  const parts = outer.split('\n');
  if (parts.length !== 3 || parts.some((part) => part.length === 0)) {
    throw new VaultFormatError('Vault vaulttext format error: the body does not hold salt, HMAC and ciphertext');
  }
  return {
    version,
    cipher,
    ...(vaultId ? { vaultId } : {}),
    salt: unhexlify(parts[0], 'salt'),
    hmac: unhexlify(parts[1], 'HMAC'),
    ciphertext: unhexlify(parts[2], 'ciphertext'),
  };
}

function deriveKeys(password: Buffer, salt: Buffer): { key: Buffer; hmacKey: Buffer; iv: Buffer } {
  const derived = pbkdf2Sync(password, salt, ITERATIONS, 80, 'sha256');
  return { key: derived.subarray(0, 32), hmacKey: derived.subarray(32, 64), iv: derived.subarray(64, 80) };
}

/** The plaintext, or undefined when the password does not fit (the HMAC does not match). */
export function decryptEnvelope(envelope: VaultEnvelope, password: Buffer): Buffer | undefined {
  if (envelope.cipher !== 'AES256') throw new VaultError(`${envelope.cipher} cipher could not be found`);
  const { key, hmacKey, iv } = deriveKeys(password, envelope.salt);
  const expected = createHmac('sha256', hmacKey).update(envelope.ciphertext).digest();
  if (expected.length !== envelope.hmac.length || !timingSafeEqual(expected, envelope.hmac)) return undefined;
  const decipher = createDecipheriv('aes-256-ctr', key, iv);
  const padded = Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()]);
  const pad = padded.at(-1) ?? 0;
  if (pad < 1 || pad > 16 || pad > padded.length || !padded.subarray(padded.length - pad).every((b) => b === pad)) {
    throw new VaultFormatError('Vault format error: the decrypted data has invalid padding');
  }
  return padded.subarray(0, padded.length - pad);
}

export interface EncryptOptions {
  /** Writes a 1.2 envelope with this label; without it, 1.1 as Ansible does for the default id. */
  vaultId?: string;
  /** Only for reproducible tests; a fresh random salt otherwise. */
  salt?: Buffer;
}

function wrap(text: string): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += LINE_WIDTH) lines.push(text.slice(i, i + LINE_WIDTH));
  return lines.join('\n');
}

/** The envelope Ansible would write for `plaintext` (no trailing newline). */
export function encryptVaultText(plaintext: Buffer | string, password: Buffer | string, opts: EncryptOptions = {}): string {
  const salt = opts.salt ?? randomBytes(SALT_BYTES);
  const { key, hmacKey, iv } = deriveKeys(Buffer.from(password), salt);
  const data = Buffer.from(plaintext);
  const pad = 16 - (data.length % 16);
  const cipher = createCipheriv('aes-256-ctr', key, iv);
  const ciphertext = Buffer.concat([cipher.update(Buffer.concat([data, Buffer.alloc(pad, pad)])), cipher.final()]);
  const hmac = createHmac('sha256', hmacKey).update(ciphertext).digest();
  const body = [salt, hmac, ciphertext].map((part) => part.toString('hex')).join('\n');
  const labelled = opts.vaultId !== undefined && opts.vaultId !== 'default';
  const header = labelled ? `${VAULT_HEADER}1.2;AES256;${opts.vaultId}` : `${VAULT_HEADER}1.1;AES256`;
  return `${header}\n${wrap(Buffer.from(body, 'latin1').toString('hex'))}`;
}
