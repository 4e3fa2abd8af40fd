export { decryptEnvelope, encryptVaultText, isVaulted, parseEnvelope, VAULT_HEADER, VaultFormatError, type EncryptOptions, type VaultEnvelope } from './cipher.js';
export { DEFAULT_VAULT_ID, VaultKeyring, type VaultSecret } from './keyring.js';
export { loadVaultKeyring, parseVaultId, type VaultIdSpec, type VaultSecretOptions } from './secrets.js';
