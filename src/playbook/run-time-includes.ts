/**
 * What `include_tasks` and `include_role` read when they run: the file or role their rendered
 * arguments name, read with the loader of the playbook (the same checks and messages) and kept, so
 * that a file or role use is read once however many hosts and loop items include it. A problem is
 * the include's failure on that host, not a load error.
 */
import { resolve } from 'node:path';
import type { SourcePosition } from '../core/errors.js';
import { Diagnostics } from '../source/diagnostics.js';
import { describeValue } from '../source/validate.js';
import { emptyPlayRoles, type LoadContext, rootPosition, type SourceFile } from './context.js';
import { loadIncludedFile } from './includes.js';
import { loadRole, topOrigin, type TaskListReader } from './roles.js';
import type { Include, IncludedContent, IncludeFailure } from './types.js';

export type RunTimeKeyword = Include['keyword'];

/** Where an include is written, for its messages. */
export interface IncludeSite {
  src: SourceFile;
  ctx: LoadContext;
  at: SourcePosition;
  label: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The arguments that decide what is read: the same ones read the same file or role use. */
function cacheKey(keyword: RunTimeKeyword, args: Record<string, unknown>): string {
  return keyword === 'include_tasks'
    ? JSON.stringify([args._raw_params ?? args.file])
    : JSON.stringify([args.name, args.tasks_from, args.vars_from, args.defaults_from, args.handlers_from]);
}

/** The loader of one include: reads what the rendered arguments name, each distinct name once. */
export function includeLoader(keyword: RunTimeKeyword, site: IncludeSite, reader: TaskListReader): Include['load'] {
  const cache = new Map<string, Promise<IncludedContent | IncludeFailure>>();
  return (args) => {
    const key = cacheKey(keyword, args);
    let content = cache.get(key);
    if (!content) {
      content = keyword === 'include_tasks' ? readTaskFile(args, site, reader) : readRole(args, site, reader);
      cache.set(key, content);
    }
    return content;
  };
}

/** A context that collects this read's problems and roles apart from the playbook's load. */
function runTimeContext(ctx: LoadContext): LoadContext {
  return { ...ctx, diag: new Diagnostics(), playRoles: emptyPlayRoles() };
}

function outcome(ctx: LoadContext, content: Omit<IncludedContent, 'handlers' | 'roles'>): IncludedContent | IncludeFailure {
  if (ctx.diag.errors.length > 0) return { error: ctx.diag.errors.map((e) => e.message).join('\n') };
  return { ...content, handlers: ctx.playRoles!.handlers, roles: ctx.playRoles!.roles };
}

async function readTaskFile(args: Record<string, unknown>, site: IncludeSite, reader: TaskListReader): Promise<IncludedContent | IncludeFailure> {
  const ctx = runTimeContext(site.ctx);
  const reference = text(args._raw_params) ?? text(args.file);
  if (reference === undefined) {
    ctx.diag.error(site.at, `${site.label}: the file name is empty`);
    return outcome(ctx, { file: '', entries: [] });
  }
  const included = await loadIncludedFile(reference, site.src, site.at, site.label, ctx);
  if (!included) return outcome(ctx, { file: reference, entries: [] });
  if (included.value !== null && !Array.isArray(included.value)) {
    ctx.diag.error(rootPosition(included.src, included.value), `a task file must be a list of tasks, got ${describeValue(included.value)}`);
  }
  const entries = Array.isArray(included.value) ? await reader.tasks(included.value, included.src, ctx) : [];
  return outcome(ctx, { file: resolve(included.src.file), entries });
}

async function readRole(args: Record<string, unknown>, site: IncludeSite, reader: TaskListReader): Promise<IncludedContent | IncludeFailure> {
  const ctx = runTimeContext(site.ctx);
  const name = text(args.name);
  if (name === undefined) {
    ctx.diag.error(site.at, `${site.label}: the role name is empty`);
    return outcome(ctx, { file: '', entries: [] });
  }
  const from = { tasks: text(args.tasks_from), vars: text(args.vars_from), defaults: text(args.defaults_from), handlers: text(args.handlers_from) };
  const block = await loadRole({ reference: name, params: {}, keywords: {}, from, once: false, at: site.at, label: site.label }, topOrigin(site.src, ctx), reader);
  return outcome(ctx, { file: block?.role?.path ?? name, entries: block ? [block] : [] });
}
