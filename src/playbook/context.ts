import type { SourcePosition } from '../core/errors.js';
import type { AnsibleModuleRef, AnsibleModules } from '../modules/ansible/index.js';
import type { Diagnostics } from '../source/diagnostics.js';
import { builtinModule, type ModuleSpec, shortModuleName } from './modules.js';
import type { HandlerEntry, LibraryModule, RoleRef } from './types.js';
import type { PositionIndex, YamlOptions } from '../source/yaml.js';

/** State shared while one playbook and everything it includes is loaded. */
export interface LoadContext {
  diag: Diagnostics;
  yaml: YamlOptions;
  /** Custom modules from `library/` folders, highest priority first. */
  library: Map<string, LibraryModule>;
  /** Folder of the top playbook, as given: the fallback for relative include paths. */
  playbookDir: string;
  /** The installed Ansible modules, looked up only for names castoff does not have. */
  ansible: AnsibleModules;
  /** The `collections:` list in force (a play's, a block's or a task's own), short names look there. */
  collections?: string[];
  /** Folders searched for roles after `roles/` beside the playbook (`roles_path`). */
  rolesPaths: string[];
  /** Where collections are installed, for roles named by FQCN (`ns.coll.role`). */
  collectionsPaths?: string[];
  /** The roles of the play being read; undefined outside a play. */
  playRoles?: PlayRoles;
  /** The role whose files are being read. */
  role?: RoleRef;
  /** Python plugin folders met beside playbooks and in roles, which castoff does not load (plugin-dirs.ts). */
  pluginFolders: Set<string>;
}

/** What the roles of one play add to it, gathered while the play loads. */
export interface PlayRoles {
  /** Every role loaded, dependencies first, in load order. */
  roles: RoleRef[];
  /** Roles' handlers in load order (the play puts those of `roles:` before its own, the rest after). */
  handlers: HandlerEntry[];
  /** `path` + parameters of each role run by `roles:` or as a dependency: each runs once per play. */
  seen: Set<string>;
  /**
   * The handlers of each role of `roles:` or a dependency, by the same key as `seen`: loaded again
   * (a dependency of a role imported later), it adds the same handlers again, as Ansible reuses the
   * role. A handler listed twice runs where it is first listed (see the play runner).
   */
  handlersByRole: Map<string, HandlerEntry[]>;
}

/** A play's roles before any is read. */
export function emptyPlayRoles(): PlayRoles {
  return { roles: [], handlers: [], seen: new Set(), handlersByRole: new Map() };
}

/** One loaded file: its name as shown in messages, where its nodes are, and how we got to it. */
export interface SourceFile {
  file: string;
  positions: PositionIndex;
  /** Absolute paths of this file and of the files that included it, outermost first. */
  includeChain: string[];
  /** The same chain as shown in messages. */
  includeNames: string[];
}

export function rootPosition(src: SourceFile, value: unknown): SourcePosition {
  return (typeof value === 'object' && value !== null ? src.positions.of(value) : undefined) ?? { file: src.file, line: 1, col: 1 };
}

export interface ResolvedModule {
  module: string;
  spec?: ModuleSpec;
  library?: LibraryModule;
  /** An inclusion keyword (`import_tasks`), which is no task of its own. */
  loaderOnly?: boolean;
  /** A module of the user's Ansible installation (arguments are then the module's to check). */
  ansible?: AnsibleModuleRef;
  /** The installed module castoff's module runs on the host (ModuleSpec.runsInstalled). */
  installed?: AnsibleModuleRef;
}

/**
 * Which module a task key names. Short and `ansible.legacy.` names look in `library/` first (a
 * custom `ping` replaces the built-in one, as in Ansible); `ansible.builtin.` names never do.
 */
export function resolveModule(name: string, ctx: LoadContext): ResolvedModule | undefined {
  const short = shortModuleName(name);
  if (!name.startsWith('ansible.builtin.')) {
    const library = ctx.library.get(short);
    if (library) return { module: short, library };
  }
  const builtin = builtinModule(name);
  return builtin ? { module: builtin.spec.name, spec: builtin.spec, loaderOnly: builtin.loaderOnly } : undefined;
}
