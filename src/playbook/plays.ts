import { dirname, join } from 'node:path';
import { isMapping } from '../source/values.js';
import { emptyPlayRoles, type LoadContext, type PlayRoles, rootPosition, type SourceFile } from './context.js';
import { loadIncludedFile } from './includes.js';
import { reportKeywordIssues } from './keyword-issues.js';
import { PLAY_KEYWORDS, readKeywords, UNSUPPORTED_KEYWORDS } from './keywords.js';
import { notePluginFolders } from './plugin-dirs.js';
import { addLibraryModules } from './library.js';
import { shortModuleName } from './modules.js';
import { isTemplate } from '../source/schema-values.js';
import { readConditions, readTags, readVars } from './coerce.js';
import { readTaskList, TASK_LIST_READER, withCollections } from './tasks.js';
import { loadRole, roleEntry, topOrigin } from './roles.js';
import type { Block, Condition, HandlerEntry, Play, TaskEntry } from './types.js';
import { describeValue, schemaIssues } from '../source/validate.js';
import { readVarsFiles } from './vars-files.js';
import { importPlaybookSchema, KEYWORD_SCHEMAS } from './schemas.js';
import { readVarsPrompt } from './vars-prompt.js';

/** Reads the plays of a playbook file, splicing in those of `import_playbook`. */
export async function readPlaybookEntries(value: unknown, src: SourceFile, ctx: LoadContext): Promise<Play[]> {
  if (value === null) {
    ctx.diag.error({ file: src.file, line: 1, col: 1 }, 'empty playbook, nothing to do');
    return [];
  }
  if (!Array.isArray(value)) {
    ctx.diag.error(rootPosition(src, value), `a playbook must be a list of plays, got ${describeValue(value)}`);
    return [];
  }
  const plays: Play[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (!isMapping(item)) {
      ctx.diag.error(src.positions.value(value, i) ?? rootPosition(src, value), `a play must be a mapping of keywords, got ${describeValue(item)}`);
      continue;
    }
    const importKey = Object.keys(item).find((key) => shortModuleName(key) === 'import_playbook');
    if (importKey) plays.push(...(await readImportPlaybook(item, importKey, src, ctx)));
    else {
      const play = await readPlay(item, src, ctx);
      if (play) plays.push(play);
    }
  }
  return plays;
}

async function readPlay(raw: Record<string, unknown>, src: SourceFile, ctx: LoadContext): Promise<Play | undefined> {
  const position = rootPosition(src, raw);
  const hostsText = Array.isArray(raw.hosts) ? raw.hosts.join(',') : typeof raw.hosts === 'string' ? raw.hosts : undefined;
  const label = `play "${typeof raw.name === 'string' ? raw.name : (hostsText ?? 'unnamed')}"`;
  const unsupported = Object.keys(raw).filter((key) => UNSUPPORTED_KEYWORDS[key]);
  for (const key of unsupported) {
    ctx.diag.error(src.positions.key(raw, key) ?? position, `${label}: ${UNSUPPORTED_KEYWORDS[key]}`);
  }
  const checked = Object.fromEntries(Object.entries(raw).filter(([key]) => !unsupported.includes(key)));
  reportKeywordIssues(schemaIssues(KEYWORD_SCHEMAS.play, checked), raw, src, label, ctx.diag, position);
  const typed = readKeywords(raw, PLAY_KEYWORDS);
  const playRoles: PlayRoles = emptyPlayRoles();
  const tasksCtx = { ...withCollections(raw, ctx), playRoles };
  const vars_prompt = readVarsPrompt(raw.vars_prompt, src, label, ctx.diag, src.positions.key(raw, 'vars_prompt') ?? position);
  const vars_files = await readVarsFiles(raw.vars_files, src, label, ctx, src.positions.key(raw, 'vars_files') ?? position);
  // Roles load first, as in Ansible: their tasks run after pre_tasks, before the play's tasks.
  const roleBlocks = await readRoles(raw.roles, src, label, tasksCtx);
  const rolesHandlerCount = playRoles.handlers.length;
  const play: Play = {
    position,
    hosts: hostsText ?? '',
    vars: {},
    ...typed,
    ...(vars_prompt && vars_prompt.length > 0 ? { vars_prompt } : {}),
    vars_files,
    pre_tasks: (await readTaskList(raw.pre_tasks, src, 'task', tasksCtx)) as TaskEntry[],
    tasks: [...roleBlocks, ...((await readTaskList(raw.tasks, src, 'task', tasksCtx)) as TaskEntry[])],
    post_tasks: (await readTaskList(raw.post_tasks, src, 'task', tasksCtx)) as TaskEntry[],
    handlers: (await readTaskList(raw.handlers, src, 'handler', tasksCtx)) as HandlerEntry[],
    roles: playRoles.roles,
  };
  // Ansible's order: the handlers of `roles:`, the play's own, then those of roles imported by tasks.
  play.handlers = [...playRoles.handlers.slice(0, rolesHandlerCount), ...play.handlers, ...playRoles.handlers.slice(rolesHandlerCount)];
  // A play that may gather looks for Ansible's `setup` (the installation answer is cached on disk).
  if (typed.gather_facts !== false) {
    const setup = await ctx.ansible.preferred('setup');
    if (setup) play.factsModule = setup;
  }
  return play;
}

/** A play's `roles:`: each a block of the role's dependencies and tasks. */
async function readRoles(value: unknown, src: SourceFile, label: string, ctx: LoadContext): Promise<Block[]> {
  if (!Array.isArray(value)) return [];
  const blocks: Block[] = [];
  for (let i = 0; i < value.length; i++) {
    const at = src.positions.value(value, i) ?? rootPosition(src, value);
    const use = roleEntry(value[i], at, `${label}: role`);
    if (typeof use === 'string') {
      ctx.diag.error(at, `${label}: ${use}`);
      continue;
    }
    const block = await loadRole(use, topOrigin(src, ctx), TASK_LIST_READER);
    if (block) blocks.push(block);
  }
  return blocks;
}

/**
 * `import_playbook` splices the other file's plays in. Its `vars` override each play's own, its
 * `tags` add to theirs, and its `when` is put before the conditions of each top-level task.
 */
async function readImportPlaybook(raw: Record<string, unknown>, key: string, src: SourceFile, ctx: LoadContext): Promise<Play[]> {
  const position = rootPosition(src, raw);
  const label = `import_playbook "${typeof raw.name === 'string' ? raw.name : String(raw[key])}"`;
  const issues = schemaIssues(importPlaybookSchema(key), raw);
  reportKeywordIssues(issues, raw, src, label, ctx.diag, position);
  const reference = raw[key];
  const at = src.positions.value(raw, key) ?? position;
  if (issues.length > 0 || typeof reference !== 'string') return [];
  if (isTemplate(reference)) {
    ctx.diag.error(at, `${label}: a templated playbook name is not supported; castoff reads imported playbooks when the playbook loads`);
    return [];
  }
  const included = await loadIncludedFile(reference, src, at, label, ctx);
  if (!included) return [];
  await addLibraryModules(join(dirname(included.src.file), 'library'), ctx.library);
  await notePluginFolders(dirname(included.src.file), ctx.pluginFolders);
  const plays = await readPlaybookEntries(included.value, included.src, ctx);
  const vars = readVars(raw.vars);
  const importTags = raw.tags === undefined ? [] : readTags(raw.tags);
  const when = raw.when === undefined ? [] : readConditions(raw.when);
  for (const play of plays) {
    play.vars = { ...play.vars, ...vars };
    if (importTags.length > 0) play.tags = [...new Set([...(play.tags ?? []), ...importTags])];
    if (when.length > 0) for (const entry of [...play.pre_tasks, ...play.tasks, ...play.post_tasks]) prependWhen(entry, when);
  }
  return plays;
}

function prependWhen(entry: { when?: Condition[] }, when: Condition[]): void {
  entry.when = [...when, ...(entry.when ?? [])];
}
