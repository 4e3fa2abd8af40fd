/**
 * Python's `random.Random(seed)`: a Mersenne Twister (MT19937) seeded as CPython seeds it, and the
 * `randrange`, `choice` and `shuffle` built on `getrandbits`. Ansible's `random(seed=..)` and
 * `shuffle(seed=..)` filters use it so a play gets the same pick on every run; reproducing it
 * gives castoff the same pick as Ansible for the same seed.
 */
import { createHash } from 'node:crypto';
import { TemplateError } from '../core/errors.js';

const N = 624;
const M = 397;

export class PyRandom {
  private readonly mt = new Uint32Array(N);
  private index = N;

  constructor(seed: string | number | boolean) {
    this.initByArray(seedKey(seed));
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i += 1) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  private initByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k -= 1) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i += 1;
      j += 1;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k -= 1) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i += 1;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  private twist(): void {
    const mt = this.mt;
    for (let i = 0; i < N; i += 1) {
      const y = (mt[i] & 0x80000000) | (mt[(i + 1) % N] & 0x7fffffff);
      mt[i] = (mt[(i + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)) >>> 0;
    }
    this.index = 0;
  }

  private uint32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `getrandbits(k)`: 32-bit words from the least significant up, the last one cut to size. */
  getrandbits(k: number): bigint {
    if (k <= 32) return k === 0 ? 0n : BigInt(this.uint32() >>> (32 - k));
    let result = 0n;
    for (let shift = 0; shift < k; shift += 32) {
      const left = k - shift;
      const word = left >= 32 ? this.uint32() : this.uint32() >>> (32 - left);
      result |= BigInt(word) << BigInt(shift);
    }
    return result;
  }

  /** `_randbelow(n)` for n > 0: rejection sampling on n's bit length. */
  randbelow(n: number): number {
    const limit = BigInt(n);
    const k = limit.toString(2).length;
    let r = this.getrandbits(k);
    while (r >= limit) r = this.getrandbits(k);
    return Number(r);
  }

  randrange(start: number, stop: number, step: number): number {
    const width = stop - start;
    if (step === 1) {
      if (width > 0) return start + this.randbelow(width);
      throw new TemplateError(`empty range for randrange() (${start}, ${stop}, ${width})`);
    }
    if (step === 0) throw new TemplateError('zero step for randrange()');
    const count = step > 0 ? Math.floor((width + step - 1) / step) : Math.floor((width + step + 1) / step);
    if (count <= 0) throw new TemplateError('empty range for randrange()');
    return start + step * this.randbelow(count);
  }

  choice<T>(items: readonly T[]): T {
    if (items.length === 0) throw new TemplateError('Cannot choose from an empty sequence');
    return items[this.randbelow(items.length)];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = this.randbelow(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

/** CPython's seed as 32-bit words, least significant first (at least one). */
function seedKey(seed: string | number | boolean): number[] {
  let value: bigint;
  if (typeof seed === 'string') {
    // Seed version 2: the UTF-8 bytes followed by their SHA-512, read as one big-endian integer.
    const bytes = Buffer.from(seed, 'utf8');
    const all = Buffer.concat([bytes, createHash('sha512').update(bytes).digest()]);
    value = BigInt(`0x${all.toString('hex')}`);
  } else if (typeof seed === 'boolean') {
    value = seed ? 1n : 0n;
  } else {
    if (!Number.isInteger(seed)) throw new TemplateError('castoff takes a string or an integer as seed, not a float');
    value = BigInt(seed);
  }
  if (value < 0n) value = -value;
  const words: number[] = [];
  do {
    words.push(Number(value & 0xffffffffn));
    value >>= 32n;
  } while (value > 0n);
  return words;
}
