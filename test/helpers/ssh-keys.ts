/** Key pairs for tests: the benchmark's generator, which works around an ssh2 key bug. */
export { ed25519KeyPair } from '../../bench/compare/ssh-keys.js';
