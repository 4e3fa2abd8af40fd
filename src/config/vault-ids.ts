import { DEFAULT_VAULT_ID, parseVaultId, type VaultIdSpec } from '../source/vault/index.js';
import type { Settings } from './settings.js';

/** The vault options of a command line (or a library caller). */
export interface VaultRequest {
  /** `--vault-id label@source`, in order. */
  vaultIds?: readonly string[];
  /** `--vault-password-file`, in order. */
  vaultPasswordFiles?: readonly string[];
  /** `--ask-vault-pass`. */
  askVaultPass?: boolean;
}

/**
 * Where the run's vault passwords come from, in Ansible's order: `vault_identity_list`, then
 * `--vault-id`, then each password file (the command line's, then `vault_password_file`) as
 * `default@file`, then the prompt of `--ask-vault-pass` (or `ask_vault_pass`).
 */
export function vaultIdSpecs(request: VaultRequest, settings: Settings | undefined): VaultIdSpec[] {
  const ids = [...(settings?.vaultIdentityList ?? []), ...(request.vaultIds ?? [])].map(parseVaultId);
  const files = [...(request.vaultPasswordFiles ?? []), ...(settings?.vaultPasswordFile ? [settings.vaultPasswordFile] : [])];
  for (const file of files) ids.push({ id: DEFAULT_VAULT_ID, source: file });
  if (request.askVaultPass ?? settings?.askVaultPass) ids.push({ id: DEFAULT_VAULT_ID, source: 'prompt_ask_vault_pass' });
  return ids;
}
