/**
 * Key pairs for the benchmark's and the tests' hosts. ssh2 1.17's generateKeyPairSync('ed25519')
 * strips leading zero bytes from the public key, so about one pair in 256 cannot be parsed back
 * (mscdex/ssh2#1513): a host with such a key never lets anyone in. Generating again until both
 * halves parse avoids that.
 */
import ssh2 from 'ssh2';

// ssh2 is CommonJS: under Node's ESM loader only its default export is reliable.
const { utils } = ssh2;

type KeyOptions = Parameters<typeof utils.generateKeyPairSync>[1];

export function ed25519KeyPair(options: KeyOptions = {}): { private: string; public: string } {
  const passphrase = (options as { passphrase?: string }).passphrase;
  for (;;) {
    const pair = utils.generateKeyPairSync('ed25519', options);
    if (!(utils.parseKey(pair.public) instanceof Error) && !(utils.parseKey(pair.private, passphrase) instanceof Error)) return pair;
  }
}
