import type { SourcePosition } from '../core/errors.js';
import { isMapping } from '../source/values.js';
import { type LoadContext, resolveModule, type ResolvedModule, rootPosition, type SourceFile } from './context.js';
import { isProblem, lookupModule, type ModuleProblem } from './module-lookup.js';
import { loadIncludedFile } from './includes.js';
import { asIncludeTask, BARE_INCLUDE_DEPRECATION, bareIncludeKey } from './bare-include.js';
import { reportKeywordIssues } from './keyword-issues.js';
import {
  BLOCK_KEYWORDS,
  HANDLER_KEYWORDS,
  INCLUDE_KEYWORDS,
  type KeywordSpec,
  readKeywords,
  RUN_TIME_INCLUDE_KEYWORDS,
  TASK_KEYWORDS,
  UNSUPPORTED_KEYWORDS,
} from './keywords.js';
import { KEYWORD_SCHEMAS } from './schemas.js';
import { checkArgs, gatherArgs } from './module-args.js';
import { builtinModuleNames, INCLUDE_SPECS, ROLE_SPECS, shortModuleName } from './modules.js';
import { runsOnPlay, type ModuleSpec } from '../modules/index.js';
import { isTemplate } from '../source/schema-values.js';
import { hasLookup } from '../template/index.js';
import { closestMatch, didYouMean } from '../source/suggest.js';
import { loadRole, topOrigin, type TaskListReader } from './roles.js';
import type { Block, Handler, HandlerEntry, Include, Task, TaskEntry } from './types.js';
import { includeLoader } from './run-time-includes.js';
import { describeValue, schemaIssues } from '../source/validate.js';

/** Tasks and handlers are read alike; handlers also accept `listen`. */
export type Section = 'task' | 'handler';

type Entry = Task | Block | Include;

/** `loop` and every `with_<lookup>` (`with_items`, `with_dict`, `with_fileglob`, ...). */
function isLoopKeyword(key: string): boolean {
  return key === 'loop' || (key.startsWith('with_') && key.length > 'with_'.length);
}
const INCLUDE_MODULES = new Set(['import_tasks', 'include_tasks']);
const ROLE_MODULES = new Set(['import_role', 'include_role']);

function keywordsOf(section: Section): Record<string, KeywordSpec> {
  return section === 'handler' ? HANDLER_KEYWORDS : TASK_KEYWORDS;
}

function pick(raw: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, raw[key]]));
}

function quoted(words: string[]): string {
  const q = words.map((w) => `'${w}'`);
  return q.length === 1 ? q[0] : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

/** The context for what an entry holds: its own `collections:` list replaces the inherited one. */
export function withCollections(raw: Record<string, unknown>, ctx: LoadContext): LoadContext {
  const list = raw.collections;
  if (typeof list === 'string') return { ...ctx, collections: [list] };
  return Array.isArray(list) && list.every((c) => typeof c === 'string') ? { ...ctx, collections: list } : ctx;
}

/** Reads a list of tasks (or handlers); entries that are wrong are reported and left out. */
export async function readTaskList(value: unknown, src: SourceFile, section: Section, ctx: LoadContext): Promise<Entry[]> {
  if (!Array.isArray(value)) return [];
  const entries: Entry[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (!isMapping(item)) {
      const at = src.positions.value(value, i) ?? rootPosition(src, value);
      ctx.diag.error(at, `a ${section} must be a mapping of keywords, got ${describeValue(item)}`);
      continue;
    }
    const entry = await readTaskEntry(item, src, section, withCollections(item, ctx));
    if (entry) entries.push(entry);
  }
  return entries;
}

async function readTaskEntry(raw: Record<string, unknown>, src: SourceFile, section: Section, ctx: LoadContext): Promise<Entry | undefined> {
  if ('block' in raw) return readBlock(raw, src, section, ctx);
  const bare = bareIncludeKey(raw);
  if (bare) return readBareInclude(raw, bare, src, section, ctx);
  const includeKey = Object.keys(raw).find((key) => INCLUDE_MODULES.has(shortModuleName(key)));
  // Handlers are walked as a flat list, so an include among them is read when the playbook loads.
  if (includeKey && shortModuleName(includeKey) === 'include_tasks' && section === 'task') return readRunTimeInclude(raw, includeKey, src, ctx);
  if (includeKey) return readInclude(raw, includeKey, src, section, ctx);
  const roleKey = Object.keys(raw).find((key) => ROLE_MODULES.has(shortModuleName(key)));
  if (roleKey && shortModuleName(roleKey) === 'include_role' && section === 'task') return readRunTimeInclude(raw, roleKey, src, ctx);
  if (roleKey) return readRoleImport(raw, roleKey, src, section, ctx);
  return readTask(raw, src, section, ctx);
}

/** `include:` as the `import_tasks` or `include_tasks` it stands for (bare-include.ts), with Ansible's deprecation. */
async function readBareInclude(raw: Record<string, unknown>, key: string, src: SourceFile, section: Section, ctx: LoadContext): Promise<Entry | undefined> {
  const at = src.positions.key(raw, key) ?? rootPosition(src, raw);
  const include = asIncludeTask(raw, key);
  if ('problem' in include) {
    ctx.diag.error(at, `${section} "${nameOf(raw, 'include')}": ${include.problem}`);
    return undefined;
  }
  ctx.diag.warn(at, BARE_INCLUDE_DEPRECATION);
  src.positions.recordCopy(raw, include.raw, { [include.keyword]: key });
  return readInclude(include.raw, include.keyword, src, section, ctx);
}

/** How roles read their task files: with this module's task reader. */
export const TASK_LIST_READER: TaskListReader = {
  tasks: async (value, src, ctx) => (await readTaskList(value, src, 'task', ctx)) as TaskEntry[],
  handlers: async (value, src, ctx) => (await readTaskList(value, src, 'handler', ctx)) as HandlerEntry[],
};

/**
 * `include_tasks` and `include_role` in a task list: checked now, read when they run (see
 * run-time-includes.ts). Their arguments may be templates; a loop includes once per item.
 */
async function readRunTimeInclude(raw: Record<string, unknown>, key: string, src: SourceFile, ctx: LoadContext): Promise<Include | undefined> {
  const keyword = shortModuleName(key) as Include['keyword'];
  const position = rootPosition(src, raw);
  const label = `task "${nameOf(raw, keyword)}"`;
  const report = (at: SourcePosition, detail: string): void => ctx.diag.error(at, `${label}: ${detail}`);
  const errorsBefore = ctx.diag.errors.length;
  const others = Object.keys(raw).filter((k) => k !== key && k !== 'args');
  const loopKeys = others.filter(isLoopKeyword);
  if (loopKeys.length > 1) report(src.positions.key(raw, loopKeys[1]) ?? position, `${quoted(loopKeys)} cannot be used together`);
  for (const k of loopKeys) {
    const lookup = k.slice('with_'.length);
    if (k !== 'loop' && !hasLookup(lookup)) report(src.positions.key(raw, k) ?? position, `lookup plugin (${lookup}) not found`);
  }
  const keywordPart = pick(raw, others.filter((k) => !isLoopKeyword(k)));
  reportKeywordIssues(schemaIssues(KEYWORD_SCHEMAS.runTimeInclude, keywordPart), raw, src, label, ctx.diag, position);
  const valuePosition = src.positions.value(raw, key) ?? position;
  const spec = keyword === 'include_tasks' ? INCLUDE_SPECS.get(keyword)! : ROLE_SPECS.get(keyword)!;
  const gathered = gatherArgs(raw[key], valuePosition, isMapping(raw.args) ? raw.args : undefined, spec, src.positions);
  if ('detail' in gathered) {
    report(gathered.position, gathered.detail);
    return undefined;
  }
  for (const problem of checkArgs(spec, gathered, valuePosition)) report(problem.position, problem.detail);
  const { apply, ...args } = gathered.args;
  const applied = isMapping(apply) ? apply : {};
  reportKeywordIssues(schemaIssues(KEYWORD_SCHEMAS.include, applied), applied, src, `${label}: apply`, ctx.diag, valuePosition);
  if (ctx.diag.errors.length > errorsBefore) return undefined;
  const include: Include = {
    kind: 'include',
    keyword,
    position,
    args,
    apply: readKeywords(applied, INCLUDE_KEYWORDS),
    ...readKeywords(raw, RUN_TIME_INCLUDE_KEYWORDS),
    load: includeLoader(keyword, { src, ctx, at: valuePosition, label }, TASK_LIST_READER),
  };
  if (ctx.role) include.role = ctx.role;
  if (loopKeys.length === 1) {
    include.loop = raw[loopKeys[0]];
    include.loop_keyword = loopKeys[0] as Include['loop_keyword'];
  }
  return include;
}

/** `import_role`: the role as a block carrying the task's keywords; its handlers join the play's. */
async function readRoleImport(
  raw: Record<string, unknown>,
  roleKey: string,
  src: SourceFile,
  section: Section,
  ctx: LoadContext,
): Promise<Block | undefined> {
  const keyword = shortModuleName(roleKey) as 'import_role' | 'include_role';
  const position = rootPosition(src, raw);
  const label = `${section} "${nameOf(raw, keyword)}"`;
  const report = (at: SourcePosition, detail: string): void => ctx.diag.error(at, `${label}: ${detail}`);
  if (section === 'handler') {
    report(src.positions.key(raw, roleKey) ?? position, `'${keyword}' cannot be used as a handler`);
    return undefined;
  }
  const read = readStaticEntry(raw, roleKey, ROLE_SPECS.get(keyword)!, src, position, staticLoopMessage(keyword), report, label, ctx);
  const name = read?.args.name;
  if (!read || typeof name !== 'string') return undefined;
  const { args, valuePosition } = read;
  const text = (key: string): string | undefined => (typeof args[key] === 'string' ? (args[key] as string) : undefined);
  const apply = isMapping(args.apply) ? args.apply : {};
  reportKeywordIssues(schemaIssues(KEYWORD_SCHEMAS.include, apply), apply, src, `${label}: apply`, ctx.diag, valuePosition);
  const block = await loadRole(
    {
      reference: name,
      params: {},
      keywords: {},
      from: { tasks: text('tasks_from'), vars: text('vars_from'), defaults: text('defaults_from'), handlers: text('handlers_from') },
      once: false,
      at: valuePosition,
      label,
    },
    topOrigin(src, ctx),
    TASK_LIST_READER,
  );
  if (!block) return undefined;
  return { ...block, position, ...readKeywords(raw, INCLUDE_KEYWORDS), ...readKeywords(apply, INCLUDE_KEYWORDS) };
}

/**
 * The keywords and arguments of an entry read when the playbook loads (`import_role`,
 * `import_tasks`), every problem reported: loops, keywords, then arguments. Undefined when the
 * arguments cannot be used.
 */
function readStaticEntry(
  raw: Record<string, unknown>,
  key: string,
  spec: ModuleSpec,
  src: SourceFile,
  position: SourcePosition,
  loopMessage: string,
  report: (at: SourcePosition, detail: string) => void,
  label: string,
  ctx: LoadContext,
): { args: Record<string, unknown>; valuePosition: SourcePosition } | undefined {
  const others = Object.keys(raw).filter((k) => k !== key && k !== 'args');
  for (const loopKey of others.filter(isLoopKeyword)) report(src.positions.key(raw, loopKey) ?? position, loopMessage);
  const keywordPart = pick(raw, others.filter((k) => !isLoopKeyword(k)));
  reportKeywordIssues(schemaIssues(KEYWORD_SCHEMAS.include, keywordPart), raw, src, label, ctx.diag, position);
  const valuePosition = src.positions.value(raw, key) ?? position;
  const extraArgs = isMapping(raw.args) ? raw.args : undefined;
  const gathered = gatherArgs(raw[key], valuePosition, extraArgs, spec, src.positions);
  if ('detail' in gathered) {
    report(gathered.position, gathered.detail);
    return undefined;
  }
  const problems = checkArgs(spec, gathered, valuePosition);
  for (const problem of problems) report(problem.position, problem.detail);
  return problems.length > 0 ? undefined : { args: gathered.args, valuePosition };
}

/** A loop on what is read when the playbook loads: Ansible's words for the import_ forms. */
function staticLoopMessage(keyword: string): string {
  return keyword.startsWith('import_')
    ? `You cannot use loops on '${keyword}' statements. You should use '${keyword.replace('import_', 'include_')}' instead.`
    : `loops on '${keyword}' among handlers are not supported; castoff reads handlers when the playbook loads`;
}

function nameOf(raw: Record<string, unknown>, fallback: string): string {
  return typeof raw.name === 'string' ? raw.name : fallback;
}

async function readBlock(raw: Record<string, unknown>, src: SourceFile, section: Section, ctx: LoadContext): Promise<Block> {
  const position = rootPosition(src, raw);
  const label = typeof raw.name === 'string' ? `block "${raw.name}"` : 'block';
  reportKeywordIssues(schemaIssues(KEYWORD_SCHEMAS.block, raw), raw, src, label, ctx.diag, position);
  return {
    kind: 'block',
    position,
    ...readKeywords(raw, BLOCK_KEYWORDS),
    block: await readTaskList(raw.block, src, section, ctx),
    rescue: await readTaskList(raw.rescue, src, section, ctx),
    always: await readTaskList(raw.always, src, section, ctx),
  };
}

/**
 * `import_tasks`/`include_tasks` become a block holding the file's tasks, so the include's own
 * keywords (`when`, `tags`, `vars`, ...) reach each included task by inheritance. Both are read
 * when the playbook loads; a templated file name or a loop would need run-time inclusion.
 */
async function readInclude(
  raw: Record<string, unknown>,
  includeKey: string,
  src: SourceFile,
  section: Section,
  ctx: LoadContext,
): Promise<Block | undefined> {
  const keyword = shortModuleName(includeKey) as 'import_tasks' | 'include_tasks';
  const position = rootPosition(src, raw);
  const label = `${section} "${nameOf(raw, keyword)}"`;
  const report = (at: SourcePosition, detail: string): void => ctx.diag.error(at, `${label}: ${detail}`);
  const read = readStaticEntry(raw, includeKey, INCLUDE_SPECS.get(keyword)!, src, position, staticLoopMessage(keyword), report, label, ctx);
  const reference = read?.args._raw_params ?? read?.args.file;
  if (!read || typeof reference !== 'string') return undefined;
  const { valuePosition } = read;
  if (isTemplate(reference)) {
    report(valuePosition, `'${keyword}' with a templated file name is not supported; castoff reads included files when the playbook loads`);
    return undefined;
  }
  const included = await loadIncludedFile(reference, src, valuePosition, label, ctx);
  if (!included) return undefined;
  if (included.value !== null && !Array.isArray(included.value)) {
    ctx.diag.error(rootPosition(included.src, included.value), `a task file must be a list of tasks, got ${describeValue(included.value)}`);
    return undefined;
  }
  const apply = isMapping(read.args.apply) ? read.args.apply : {};
  reportKeywordIssues(schemaIssues(KEYWORD_SCHEMAS.include, apply), apply, src, `${label}: apply`, ctx.diag, valuePosition);
  return {
    kind: 'block',
    position,
    ...readKeywords(raw, INCLUDE_KEYWORDS),
    ...readKeywords(apply, INCLUDE_KEYWORDS),
    block: await readTaskList(included.value, included.src, section, ctx),
    rescue: [],
    always: [],
    included: { keyword, file: included.src.file },
  };
}

interface ModuleChoice {
  action: string;
  value: unknown;
  keyPosition: SourcePosition;
  valuePosition: SourcePosition;
}

/** `action: shell echo hi` and `action: {module: shell, cmd: echo hi}` name the module inside. */
function moduleFromAction(value: unknown, keyPosition: SourcePosition, valuePosition: SourcePosition): ModuleChoice | string {
  const named = isMapping(value) ? value.module : value;
  if (isTemplate(named) && /^\s*[{][{%]/.test(named)) {
    // Ansible renders such a name when the task runs; castoff picks each task's module when it loads.
    const name = /^\s*(\{\{.*?\}\}|\{%.*?%\})/.exec(named)?.[1] ?? named.trim();
    return `a templated module name ('${name}') is not supported; castoff resolves modules when the playbook loads, so name the module in the task`;
  }
  if (typeof value === 'string') {
    const match = /^\s*(\S+)\s*([\s\S]*)$/.exec(value);
    if (!match) return 'the action is empty';
    return { action: match[1], value: match[2] === '' ? null : match[2], keyPosition, valuePosition };
  }
  if (isMapping(value) && typeof value.module === 'string') {
    const { module, ...args } = value;
    return { action: module, value: args, keyPosition: valuePosition, valuePosition };
  }
  return "the action must be a string like 'shell echo hi' or a mapping with 'module'";
}

type Lookups = Map<string, ResolvedModule | ModuleProblem>;

/**
 * What each key that is no keyword names. When castoff knows one of them (or the task uses
 * `action:`), the others are misspelt keywords and nothing more is looked up; otherwise each is
 * looked up as a module, in the user's Ansible installation too.
 */
async function lookupKeys(candidates: string[], hasAction: boolean, ctx: LoadContext): Promise<Lookups> {
  const known = candidates.filter((key) => resolveModule(key, ctx));
  const lookups: Lookups = new Map();
  for (const key of known.length > 0 || hasAction ? known : candidates) lookups.set(key, await lookupModule(key, ctx));
  return lookups;
}

async function readTask(raw: Record<string, unknown>, src: SourceFile, section: Section, ctx: LoadContext): Promise<Task | undefined> {
  const specs = keywordsOf(section);
  const position = rootPosition(src, raw);
  const keys = Object.keys(raw);
  const keyPosition = (key: string): SourcePosition => src.positions.key(raw, key) ?? position;
  const actionKeys = keys.filter((key) => key === 'action' || key === 'local_action');
  const loopKeys = keys.filter(isLoopKeyword);
  const lookups = await lookupKeys(keys.filter((key) => !(key in specs) && !loopKeys.includes(key)), actionKeys.length > 0, ctx);
  const found = (key: string): ResolvedModule | undefined => {
    const lookup = lookups.get(key);
    return lookup && !isProblem(lookup) ? lookup : undefined;
  };
  const moduleKeys = keys.filter((key) => !(key in specs) && !loopKeys.includes(key) && found(key));
  const unknownKeys = keys.filter((key) => !(key in specs) && !loopKeys.includes(key) && !moduleKeys.includes(key));
  const label = `${section} "${nameOf(raw, moduleKeys[0] ?? unknownKeys[0] ?? 'unnamed')}"`;
  const errorsBefore = ctx.diag.errors.length;
  const report = (at: SourcePosition, detail: string): void => ctx.diag.error(at, `${label}: ${detail}`);

  reportUnknownKeys(unknownKeys, moduleKeys.length + actionKeys.length > 0, specs, keyPosition, report, ctx, lookups);
  const moduleSources = [...moduleKeys, ...actionKeys];
  if (moduleSources.length > 1) report(position, `a task needs exactly one module, found ${quoted(moduleSources)}`);
  if (moduleSources.length === 0 && unknownKeys.length === 0) report(position, 'a task needs exactly one module, found none');
  if (loopKeys.length > 1) report(keyPosition(loopKeys[1]), `${quoted(loopKeys)} cannot be used together`);
  for (const key of loopKeys) {
    const lookup = key.slice('with_'.length);
    if (key !== 'loop' && !hasLookup(lookup)) report(keyPosition(key), `lookup plugin (${lookup}) not found`);
  }
  reportKeywordIssues(schemaIssues(KEYWORD_SCHEMAS[section], pick(raw, keys.filter((k) => k in specs))), raw, src, label, ctx.diag, position);
  if (moduleSources.length !== 1) return undefined;

  const source = moduleSources[0];
  const valuePosition = src.positions.value(raw, source) ?? keyPosition(source);
  const choice = actionKeys.length
    ? moduleFromAction(raw[source], keyPosition(source), valuePosition)
    : { action: source, value: raw[source], keyPosition: keyPosition(source), valuePosition };
  if (typeof choice === 'string') {
    report(valuePosition, choice);
    return undefined;
  }
  const resolved = found(choice.action) ?? (await lookupModule(choice.action, ctx));
  if (isProblem(resolved)) {
    report(choice.keyPosition, resolved.problem);
    return undefined;
  }
  if (resolved.loaderOnly) {
    report(choice.keyPosition, `'${resolved.module}' can only be used at the top level of a playbook, not as a task`);
    return undefined;
  }
  if (resolved.ansible?.deprecation) ctx.diag.warn(choice.keyPosition, `${label}: ${resolved.ansible.deprecation}`);
  const checked = moduleArgs(raw, choice, resolved, src, report);
  if (!checked || ctx.diag.errors.length > errorsBefore) return undefined;

  const typed = readKeywords(raw, specs);
  const task: Task = { kind: 'task', position, module: resolved.module, action: choice.action, args: checked.args, ...typed };
  if (checked.problems.length > 0) task.argProblems = checked.problems;
  if (isTemplate(raw.args)) {
    task.argsTemplate = raw.args;
    ctx.diag.warn(keyPosition('args'), `${label}: Using a variable for a task's 'args' is unsafe in some situations (see https://docs.ansible.com/ansible/devel/reference_appendices/faq.html#argsplat-unsafe)`);
  }
  if (resolved.library) task.library = resolved.library;
  if (resolved.ansible) task.ansible = resolved.ansible;
  if (resolved.installed) task.installed = resolved.installed;
  if (ctx.role) task.role = ctx.role;
  if (loopKeys.length === 1) {
    task.loop = raw[loopKeys[0]];
    task.loop_keyword = loopKeys[0] as Task['loop_keyword'];
  }
  if (source === 'local_action') task.delegate_to = 'localhost';
  if (section === 'handler') {
    const handler: Handler = { ...task, listen: (typed.listen as string[] | undefined) ?? [] };
    return handler;
  }
  return task;
}

function moduleArgs(
  raw: Record<string, unknown>,
  choice: ModuleChoice,
  resolved: ResolvedModule,
  src: SourceFile,
  report: (at: SourcePosition, detail: string) => void,
): { args: Record<string, unknown>; problems: string[] } | undefined {
  const extraArgs = isMapping(raw.args) ? raw.args : undefined;
  const gathered = gatherArgs(choice.value, choice.valuePosition, extraArgs, resolved.spec, src.positions);
  if ('detail' in gathered) {
    report(gathered.position, gathered.detail);
    return undefined;
  }
  // Wrong arguments fail the task when it runs, as in Ansible (ignore_errors and rescue see them).
  // With `args:` a template, the arguments are only known then.
  const checkable = resolved.spec && !resolved.ansible && !isTemplate(raw.args);
  const problems = checkable ? checkArgs(resolved.spec!, gathered, choice.keyPosition) : [];
  if (runsOnPlay({ module: resolved.module })) {
    // A play-level action (`meta`) with wrong arguments stops Ansible's play, not one host's task.
    for (const problem of problems) report(problem.position, problem.detail);
    return problems.length > 0 ? undefined : { args: gathered.args, problems: [] };
  }
  return { args: gathered.args, problems: problems.map((p) => `${p.position.file}:${p.position.line}:${p.position.col}: ${p.detail}`) };
}

function moduleNames(ctx: LoadContext): string[] {
  return [...builtinModuleNames(), ...ctx.library.keys()];
}

/**
 * A key that is neither a keyword nor a module: in a task without a module it is most likely a
 * misspelt module, otherwise a misspelt keyword.
 */
function reportUnknownKeys(
  unknownKeys: string[],
  hasModule: boolean,
  specs: Record<string, KeywordSpec>,
  keyPosition: (key: string) => SourcePosition,
  report: (at: SourcePosition, detail: string) => void,
  ctx: LoadContext,
  lookups: Lookups,
): void {
  const modules = moduleNames(ctx);
  const keywords = Object.keys(specs);
  const plain = unknownKeys.filter((key) => !UNSUPPORTED_KEYWORDS[key]);
  const likelyModule = hasModule
    ? undefined
    : (plain.find((key) => closestMatch(key, modules) !== undefined) ?? plain.find((key) => closestMatch(key, keywords) === undefined));
  for (const key of unknownKeys) {
    const at = keyPosition(key);
    if (isTemplate(key)) {
      // Ansible's load-time wording: a module key is never rendered.
      report(at, `couldn't resolve module/action '${key}'. This often indicates a misspelling, missing collection, or incorrect module path.`);
      continue;
    }
    const lookup = lookups.get(key);
    const problem: ModuleProblem | undefined = lookup && isProblem(lookup) ? lookup : undefined;
    if (UNSUPPORTED_KEYWORDS[key]) report(at, UNSUPPORTED_KEYWORDS[key]);
    else if (problem?.certain) report(at, problem.problem);
    else if (key === likelyModule) report(at, problem?.problem ?? `unknown module '${key}'${didYouMean(key, modules)}`);
    else report(at, `unknown keyword '${key}'${didYouMean(key, keywords)}`);
  }
}
