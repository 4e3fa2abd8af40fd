/**
 * Loading roles (`roles:`, `meta/main.yml` dependencies, `import_role`): each use of a role becomes
 * a block holding its dependencies' blocks and its tasks, every task carrying the role (its
 * variables, path and name); the role's handlers join the play's.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourcePosition } from '../core/errors.js';
import { collectionRoots } from '../modules/ansible/index.js';
import { isMapping } from '../source/values.js';
import { isTemplate } from '../source/schema-values.js';
import { describeValue } from '../source/validate.js';
import { readVarsText } from '../source/vars-text.js';
import { readYaml } from '../source/yaml.js';
import { type LoadContext, rootPosition, type SourceFile } from './context.js';
import { loadIncludedFile } from './includes.js';
import { BLOCK_KEYWORDS, readKeywords } from './keywords.js';
import { addLibraryModules } from './library.js';
import { notePluginFolders } from './plugin-dirs.js';
import { findRoleDir, findRoleFile, isCollectionRole, roleSearchPaths } from './role-paths.js';
import type { Block, HandlerEntry, LibraryModule, RoleRef, TaskEntry } from './types.js';

/** Keywords a role entry (`- role: x`) passes to the role's block; every other key is a parameter. */
const ENTRY_KEYWORDS = new Set(Object.keys(BLOCK_KEYWORDS).filter((key) => !['block', 'rescue', 'always', 'vars', 'name'].includes(key)));

/** One use of a role: which role, with what parameters and keywords, and which of its files. */
export interface RoleUse {
  reference: string;
  params: Record<string, unknown>;
  keywords: Record<string, unknown>;
  /** `tasks_from`, `vars_from`, `defaults_from`, `handlers_from` (default `main`). */
  from: { tasks?: string; vars?: string; defaults?: string; handlers?: string };
  /** `roles:` and dependencies run once per play with the same parameters; `import_role` always runs. */
  once: boolean;
  at: SourcePosition;
  label: string;
}

/** A `roles:` list item or a dependency: a name, or a mapping with `role:` (or `name:`), keywords and parameters. */
export function roleEntry(item: unknown, at: SourcePosition, label: string): RoleUse | string {
  if (typeof item === 'string') return { reference: item, params: {}, keywords: {}, from: {}, once: true, at, label };
  if (!isMapping(item)) return `a role must be a name or a mapping with 'role', got ${describeValue(item)}`;
  const reference = item.role ?? item.name;
  if (typeof reference !== 'string' || reference === '') return "a role entry needs 'role' (or 'name') naming the role";
  const params: Record<string, unknown> = {};
  const keywords: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'role' || key === 'name') continue;
    if (key === 'vars' && isMapping(value)) Object.assign(params, value);
    else if (ENTRY_KEYWORDS.has(key)) keywords[key] = value;
    else params[key] = value;
  }
  return { reference, params, keywords, from: {}, once: true, at, label };
}

/** The place a role is read from and how it was reached. */
interface RoleOrigin {
  src: SourceFile;
  ctx: LoadContext;
  /** The role that depends on this one, if any. */
  parent?: RoleRef;
  /** Paths of the roles being loaded, outermost first: a dependency loop is an error. */
  chain: string[];
  /** Reached through `meta/main.yml` dependencies (not `import_role` in a role's tasks). */
  dependency?: boolean;
}

async function readVars(rolePath: string, folder: string, name: string | undefined, use: RoleUse, ctx: LoadContext): Promise<Record<string, unknown> | undefined> {
  const file = findRoleFile(rolePath, folder, name);
  if (!file) {
    if (name === undefined) return {};
    ctx.diag.error(use.at, `${use.label}: Could not find specified file in role: ${folder}/${name}`);
    return undefined;
  }
  return readVarsText(await readFile(file, 'utf8'), file, ctx.diag, ctx.yaml) ?? {};
}

interface RoleMeta {
  dependencies: Array<{ item: unknown; at: SourcePosition }>;
  allowDuplicates: boolean;
}

async function readMeta(rolePath: string, ctx: LoadContext): Promise<RoleMeta> {
  const file = findRoleFile(rolePath, 'meta');
  const meta: RoleMeta = { dependencies: [], allowDuplicates: false };
  if (!file) return meta;
  const loaded = readYaml(await readFile(file, 'utf8'), file, ctx.diag, ctx.yaml);
  if (!loaded || loaded.value === null) return meta;
  const root = loaded.value;
  const where = (value: unknown): SourcePosition => (typeof value === 'object' && value !== null ? loaded.positions.of(value) : undefined) ?? { file, line: 1, col: 1 };
  if (!isMapping(root)) {
    ctx.diag.error(where(root), `a role's meta/main.yml must be a mapping, got ${describeValue(root)}`);
    return meta;
  }
  meta.allowDuplicates = root.allow_duplicates === true || ['yes', 'true'].includes(String(root.allow_duplicates).toLowerCase());
  const deps = root.dependencies;
  if (deps === undefined || deps === null) return meta;
  if (!Array.isArray(deps)) {
    ctx.diag.error(loaded.positions.value(root, 'dependencies') ?? where(root), `'dependencies' must be a list of roles, got ${describeValue(deps)}`);
    return meta;
  }
  meta.dependencies = deps.map((item, i) => ({ item, at: loaded.positions.value(deps, i) ?? where(deps) }));
  return meta;
}

/** Custom modules of the role's `library/` first, then those already known. */
async function roleLibrary(rolePath: string, known: Map<string, LibraryModule>): Promise<Map<string, LibraryModule>> {
  const library = new Map<string, LibraryModule>();
  await addLibraryModules(join(rolePath, 'library'), library);
  for (const [name, module] of known) if (!library.has(name)) library.set(name, module);
  return library;
}

async function readRoleTaskFile<E extends TaskEntry | HandlerEntry>(
  rolePath: string,
  folder: 'tasks' | 'handlers',
  name: string | undefined,
  use: RoleUse,
  origin: RoleOrigin,
  ctx: LoadContext,
  read: (value: unknown, src: SourceFile) => Promise<E[]>,
): Promise<E[] | undefined> {
  const file = findRoleFile(rolePath, folder, name);
  if (!file) {
    if (name === undefined) return [];
    ctx.diag.error(use.at, `${use.label}: Could not find specified file in role: ${folder}/${name}`);
    return undefined;
  }
  const included = await loadIncludedFile(file, origin.src, use.at, use.label, ctx);
  if (!included) return undefined;
  if (included.value !== null && !Array.isArray(included.value)) {
    ctx.diag.error(rootPosition(included.src, included.value), `a task file must be a list of tasks, got ${describeValue(included.value)}`);
    return undefined;
  }
  return read(included.value, included.src);
}

async function rootsOfCollections(ctx: LoadContext): Promise<string[]> {
  const { installation } = await ctx.ansible.installation();
  return installation?.collectionRoots ?? collectionRoots({ playbookDir: ctx.playbookDir, collectionsPaths: ctx.collectionsPaths });
}

/** Reads task lists; given by the task loader, which in turn reads roles (the two call each other). */
export interface TaskListReader {
  tasks: (value: unknown, src: SourceFile, ctx: LoadContext) => Promise<TaskEntry[]>;
  handlers: (value: unknown, src: SourceFile, ctx: LoadContext) => Promise<HandlerEntry[]>;
}

/**
 * One use of a role as a block: its dependencies' blocks, then its tasks. Returns undefined after
 * reporting a problem, or when the role already ran in this play with the same parameters.
 */
export async function loadRole(use: RoleUse, origin: RoleOrigin, read: TaskListReader): Promise<Block | undefined> {
  const { ctx } = origin;
  const playRoles = ctx.playRoles;
  if (!playRoles) return undefined;
  if (isTemplate(use.reference)) {
    ctx.diag.error(use.at, `${use.label}: a templated role name is not supported; castoff reads roles when the playbook loads`);
    return undefined;
  }
  const searchPaths = roleSearchPaths(ctx.playbookDir, ctx.rolesPaths, origin.parent?.path);
  const roots = isCollectionRole(use.reference) ? await rootsOfCollections(ctx) : [];
  const path = findRoleDir(use.reference, searchPaths, roots, ctx.playbookDir);
  if (!path) {
    const where = isCollectionRole(use.reference) ? roots.map((root) => join(root, 'ansible_collections')) : searchPaths;
    ctx.diag.error(use.at, `${use.label}: the role '${use.reference}' was not found in ${where.join(':')}`);
    return undefined;
  }
  if (origin.chain.includes(path)) {
    ctx.diag.error(use.at, `${use.label}: role dependency loop: ${[...origin.chain, path].join(' -> ')}`);
    return undefined;
  }
  await notePluginFolders(path, ctx.pluginFolders);
  const meta = await readMeta(path, ctx);
  const key = JSON.stringify([path, use.params, use.from]);
  if (use.once && !meta.allowDuplicates && playRoles.seen.has(key)) {
    playRoles.handlers.push(...(playRoles.handlersByRole.get(key) ?? []));
    return undefined;
  }
  if (use.once) playRoles.seen.add(key);

  const defaults = await readVars(path, 'defaults', use.from.defaults, use, ctx);
  const vars = await readVars(path, 'vars', use.from.vars, use, ctx);
  if (!defaults || !vars) return undefined;
  const role: RoleRef = {
    name: use.reference,
    path,
    defaults,
    vars,
    params: { ...origin.parent?.params, ...use.params },
    // Ansible names parents only for roles imported from a role's tasks, not for dependencies.
    parents: origin.parent && !origin.dependency ? [origin.parent.name, ...origin.parent.parents] : [],
  };
  const chain = [...origin.chain, path];
  const dependencies: Block[] = [];
  for (const dep of meta.dependencies) {
    const entry = roleEntry(dep.item, dep.at, `role '${use.reference}' dependency`);
    if (typeof entry === 'string') {
      ctx.diag.error(dep.at, `role '${use.reference}' dependency: ${entry}`);
      continue;
    }
    const block = await loadRole(entry, { src: origin.src, ctx, parent: role, chain, dependency: true }, read);
    if (block) dependencies.push(block);
  }
  playRoles.roles.push(role);

  const roleCtx: LoadContext = { ...ctx, role, library: await roleLibrary(path, ctx.library) };
  const tasks = await readRoleTaskFile(path, 'tasks', use.from.tasks, use, origin, roleCtx, (value, src) => read.tasks(value, src, roleCtx));
  const known = use.once ? playRoles.handlersByRole.get(key) : undefined;
  const handlers = known ?? (await readRoleTaskFile<HandlerEntry>(path, 'handlers', use.from.handlers, use, origin, roleCtx, (value, src) => read.handlers(value, src, roleCtx)));
  if (!tasks || !handlers) return undefined;
  if (use.once) playRoles.handlersByRole.set(key, handlers);
  playRoles.handlers.push(...handlers);
  return {
    kind: 'block',
    position: use.at,
    ...readKeywords(use.keywords, BLOCK_KEYWORDS),
    block: [...dependencies, ...tasks],
    rescue: [],
    always: [],
    role,
  };
}

/** A fresh origin for a role used at the top of a play or by `import_role`. */
export function topOrigin(src: SourceFile, ctx: LoadContext): RoleOrigin {
  return { src, ctx, parent: ctx.role, chain: ctx.role ? [ctx.role.path] : [] };
}
