/** Loading Ansible-style playbooks into typed plays, tasks, blocks and handlers. */
export { loadPlaybook, parsePlaybookText, type LoadPlaybookOptions } from './load.js';
export type {
  Block,
  Condition,
  Handler,
  Include,
  IncludedContent,
  IncludeFailure,
  HandlerEntry,
  InheritableKeywords,
  LibraryModule,
  LoopControl,
  Play,
  Playbook,
  RoleRef,
  Task,
  TaskEntry,
  Templated,
  VarsFileEntry,
  VarsPrompt,
} from './types.js';
export type { LoadWarning } from '../source/diagnostics.js';
export { loadVarsFile } from './vars-files.js';
export type { VaultKeyring } from '../source/vault/index.js';
export { builtinModule, shortModuleName, type ModuleSpec } from './modules.js';
export { parseKeyValueArgs, type KeyValueArgs } from './kv.js';
export { isTemplate } from '../source/schema-values.js';
export { defaultRolesPaths, taskSearchDirs } from './role-paths.js';
export { errorPositionText } from './error-position.js';
