/**
 * The settings castoff reads, under the constant names Ansible's `config` lookup takes
 * (`lookup('config', 'DEFAULT_ROLES_PATH')`), with Ansible's defaults where the settings say
 * nothing. As in Ansible, these are the configured values: command-line options do not change them.
 */
import type { Settings } from './settings.js';

/** Defaults that depend on the environment, worked out by the layers that own them. */
export interface ConfigDefaults {
  rolesPaths: string[];
  libraryPaths: string[];
  collectionsPaths: string[];
}

export function ansibleConfigValues(settings: Settings | undefined, defaults: ConfigDefaults): Record<string, unknown> {
  const s: Partial<Settings> = settings ?? {};
  return {
    CONFIG_FILE: s.configFile ?? null,
    DEFAULT_HOST_LIST: s.inventory ?? ['/etc/ansible/hosts'],
    DEFAULT_FORKS: s.forks ?? 5,
    DEFAULT_TIMEOUT: s.timeout ?? 10,
    DEFAULT_REMOTE_USER: s.remoteUser ?? null,
    DEFAULT_PRIVATE_KEY_FILE: s.privateKeyFile ?? null,
    HOST_KEY_CHECKING: s.hostKeyChecking === undefined ? true : s.hostKeyChecking !== 'off',
    DEFAULT_POLL_INTERVAL: s.pollInterval ?? 15,
    TASK_TIMEOUT: s.taskTimeout ?? 0,
    INTERPRETER_PYTHON: s.pythonInterpreter ?? 'auto',
    DEFAULT_BECOME: s.become ?? false,
    DEFAULT_BECOME_USER: s.becomeUser ?? 'root',
    DEFAULT_BECOME_METHOD: s.becomeMethod ?? 'sudo',
    DEFAULT_STRATEGY: s.strategy ?? 'linear',
    DEFAULT_GATHERING: s.gathering ?? 'implicit',
    INJECT_FACTS_AS_VARS: s.injectFactsAsVars ?? true,
    DEFAULT_GATHER_SUBSET: s.gatherSubset ?? null,
    DEFAULT_GATHER_TIMEOUT: s.gatherTimeout ?? null,
    DEFAULT_STDOUT_CALLBACK: s.stdoutCallback ?? 'default',
    DEFAULT_LOAD_CALLBACK_PLUGINS: s.loadCallbackPlugins ?? false,
    DEFAULT_ROLES_PATH: s.rolesPaths ?? defaults.rolesPaths,
    DEFAULT_MODULE_PATH: s.libraryPaths ?? defaults.libraryPaths,
    COLLECTIONS_PATHS: s.collectionsPaths ?? defaults.collectionsPaths,
    LOCALHOST_WARNING: s.localhostWarning ?? true,
    INVENTORY_UNPARSED_WARNING: s.inventoryUnparsedWarning ?? true,
    INVENTORY_UNPARSED_IS_FAILED: s.inventoryUnparsedIsFailed ?? false,
    INVENTORY_ANY_UNPARSED_IS_FAILED: s.inventoryAnyUnparsedIsFailed ?? false,
    DEFAULT_VAULT_PASSWORD_FILE: s.vaultPasswordFile ?? null,
    DEFAULT_VAULT_IDENTITY_LIST: s.vaultIdentityList ?? [],
    DEFAULT_ASK_VAULT_PASS: s.askVaultPass ?? false,
  };
}
