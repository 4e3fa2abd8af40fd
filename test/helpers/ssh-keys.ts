/**
 * Key pairs for tests. ssh2 1.17's generateKeyPairSync('ed25519') strips leading zero bytes from
 * the public key, so about one pair in 256 cannot be parsed back (mscdex/ssh2#1513): a test host
 * with such a key never lets anyone in. Generating again until both halves parse avoids that.
 */
import { utils } from 'ssh2';

type KeyOptions = Parameters<typeof utils.generateKeyPairSync>[1];

export function ed25519KeyPair(options: KeyOptions = {}): { private: string; public: string } {
  const passphrase = (options as { passphrase?: string }).passphrase;
  for (;;) {
    const pair = utils.generateKeyPairSync('ed25519', options);
    if (!(utils.parseKey(pair.public) instanceof Error) && !(utils.parseKey(pair.private, passphrase) instanceof Error)) return pair;
  }
}
