export { findConfigFile } from './config-file.js';
export { loadSettings, parseSize, type Settings } from './settings.js';
export { vaultIdSpecs, type VaultRequest } from './vault-ids.js';
export { ansibleConfigValues, type ConfigDefaults } from './ansible-values.js';
