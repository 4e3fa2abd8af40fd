import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { AnsibleModules, type AnsibleSearchOptions } from '../modules/ansible/index.js';
import type { LoadContext } from './context.js';
import { Diagnostics } from '../source/diagnostics.js';
import { addLibraryModules } from './library.js';
import { notePluginFolders, pluginFoldersWarning } from './plugin-dirs.js';
import { readPlaybookEntries } from './plays.js';
import { defaultRolesPaths } from './role-paths.js';
import type { LibraryModule, Playbook } from './types.js';
import { readYaml, type YamlOptions } from '../source/yaml.js';

export interface LoadPlaybookOptions extends YamlOptions {
  /** More folders of custom modules, searched after the `library/` folder next to the playbook. */
  libraryPaths?: string[];
  /**
   * Where the user's Ansible installation and collections are (from the settings); used only for
   * modules castoff does not have. Default: Ansible's defaults, PATH and the environment.
   */
  ansible?: Omit<AnsibleSearchOptions, 'playbookDir'>;
  /** Folders searched for roles after `roles/` beside the playbook (`roles_path`); default: Ansible's. */
  rolesPaths?: string[];
}

/**
 * Loads a playbook and every file it imports, checks it against the schema and returns typed
 * plays. Throws ParseErrors listing every mistake found (each `file:line:col: message`).
 */
export async function loadPlaybook(path: string, opts: LoadPlaybookOptions = {}): Promise<Playbook> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`could not read playbook '${path}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parsePlaybookText(text, path, opts);
}

/**
 * Like loadPlaybook, for a playbook's text; `file` names it in messages and anchors relative
 * paths (imports, `vars_files`, `library/`).
 */
export async function parsePlaybookText(text: string, file: string, opts: LoadPlaybookOptions = {}): Promise<Playbook> {
  const diag = new Diagnostics();
  const library = new Map<string, LibraryModule>();
  for (const folder of [join(dirname(file), 'library'), ...(opts.libraryPaths ?? [])]) await addLibraryModules(folder, library);
  const ansible = new AnsibleModules({ ...opts.ansible, playbookDir: resolve(dirname(file)) });
  const ctx: LoadContext = {
    diag,
    yaml: opts,
    library,
    playbookDir: dirname(file),
    ansible,
    rolesPaths: opts.rolesPaths ?? defaultRolesPaths(),
    collectionsPaths: opts.ansible?.collectionsPaths,
    pluginFolders: new Set(),
  };
  await notePluginFolders(dirname(file), ctx.pluginFolders);
  const loaded = readYaml(text, file, diag, opts);
  const plays = loaded
    ? await readPlaybookEntries(loaded.value, {
        file,
        positions: loaded.positions,
        includeChain: [resolve(file)],
        includeNames: [file],
      }, ctx)
    : [];
  diag.throwIfAny();
  const plugins = pluginFoldersWarning(ctx.pluginFolders);
  // About the whole run, not a line of a file: shown without a position.
  if (plugins) diag.warnings.push({ file, line: 1, col: 1, detail: plugins, message: plugins });
  return { file, plays, warnings: diag.warnings };
}
