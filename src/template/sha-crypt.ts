/**
 * SHA-crypt (`$5$` and `$6$`, Ulrich Drepper's "Unix crypt using SHA-256 and SHA-512"), the
 * hashes Ansible's `password_hash('sha256'|'sha512')` makes for /etc/shadow.
 */
import { createHash, randomInt } from 'node:crypto';

const ALPHABET = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

interface Variant {
  id: '5' | '6';
  algorithm: 'sha256' | 'sha512';
  size: number;
  /** The spec's byte groups rotate one way for SHA-256 and the other for SHA-512. */
  rotation: 1 | -1;
}

export const SHA_CRYPT: Record<'sha256' | 'sha512', Variant> = {
  sha256: { id: '5', algorithm: 'sha256', size: 32, rotation: -1 },
  sha512: { id: '6', algorithm: 'sha512', size: 64, rotation: 1 },
};

/** The spec's default; a hash made with it does not name its rounds. */
const DEFAULT_ROUNDS = 5000;

function digest(algorithm: string, ...parts: Buffer[]): Buffer {
  const hash = createHash(algorithm);
  for (const part of parts) hash.update(part);
  return hash.digest();
}

function repeatTo(block: Buffer, length: number): Buffer {
  return Buffer.concat(Array.from({ length: Math.ceil(length / block.length) }, () => block)).subarray(0, length);
}

function encode24(b2: number, b1: number, b0: number, chars: number): string {
  let w = (b2 << 16) | (b1 << 8) | b0;
  let out = '';
  for (let i = 0; i < chars; i += 1) {
    out += ALPHABET[w & 0x3f];
    w >>= 6;
  }
  return out;
}

function encodeDigest(c: Buffer, variant: Variant): string {
  const third = variant.size === 64 ? 21 : 10;
  let out = '';
  for (let k = 0; k < third; k += 1) {
    const base = [k, k + third, k + 2 * third];
    const pick = (j: number) => c[base[(((j + variant.rotation * (k % 3)) % 3) + 3) % 3]];
    out += encode24(pick(0), pick(1), pick(2), 4);
  }
  return variant.size === 64 ? out + encode24(0, 0, c[63], 2) : out + encode24(0, c[31], c[30], 3);
}

export function randomSalt(length = 16): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

export function shaCrypt(password: string, salt: string, rounds: number, variant: Variant): string {
  const p = Buffer.from(password, 'utf8');
  const s = Buffer.from(salt.slice(0, 16), 'utf8');
  const h = (...parts: Buffer[]) => digest(variant.algorithm, ...parts);
  const b = h(p, s, p);
  const aParts = [p, s, repeatTo(b, p.length)];
  for (let n = p.length; n > 0; n >>= 1) aParts.push(n & 1 ? b : p);
  let c = h(...aParts);
  const pBytes = repeatTo(h(...Array.from({ length: p.length }, () => p)), p.length);
  const sBytes = repeatTo(h(...Array.from({ length: 16 + c[0] }, () => s)), s.length);
  for (let i = 0; i < rounds; i += 1) {
    const parts = [i & 1 ? pBytes : c];
    if (i % 3) parts.push(sBytes);
    if (i % 7) parts.push(pBytes);
    parts.push(i & 1 ? c : pBytes);
    c = h(...parts);
  }
  const roundsPart = rounds === DEFAULT_ROUNDS ? '' : `rounds=${rounds}$`;
  return `$${variant.id}$${roundsPart}${s.toString('utf8')}$${encodeDigest(c, variant)}`;
}
