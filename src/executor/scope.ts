/**
 * Keyword inheritance: a task takes what it does not set from its enclosing blocks, then the play
 * (nearest wins), except `vars` and `environment` which merge, `tags` which add up, and `when`
 * which must all hold.
 */
import type { Block, Condition, InheritableKeywords, Play } from '../playbook/index.js';

/** The chain of containers around a task, outermost (the play) first. */
export interface Scope {
  play: Play;
  blocks: Block[];
}

export interface EffectiveKeywords extends Omit<InheritableKeywords, 'vars' | 'environment' | 'tags'> {
  /** Block and task vars (play vars are a layer of their own). */
  vars: Record<string, unknown>;
  environment: Array<Record<string, unknown> | string>;
  tags: string[];
  when: Condition[];
  delegate_to?: string;
  notify: string[];
}

const NEAREST_WINS: Array<keyof InheritableKeywords> = [
  'become',
  'become_user',
  'become_method',
  'become_flags',
  'remote_user',
  'connection',
  'port',
  'no_log',
  'check_mode',
  'diff',
  'ignore_errors',
  'ignore_unreachable',
  'any_errors_fatal',
  'timeout',
  'throttle',
  'run_once',
];

export function effectiveKeywords(scope: Scope, task: InheritableKeywords & { when?: Condition[]; delegate_to?: string; notify?: string[] }): EffectiveKeywords {
  const chain: Array<InheritableKeywords & { when?: Condition[]; delegate_to?: string; notify?: string[] }> = [scope.play, ...scope.blocks, task];
  const out: EffectiveKeywords = { vars: {}, environment: [], tags: [], when: [], notify: [] };
  for (const level of chain) {
    for (const key of NEAREST_WINS) {
      if (level[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = level[key];
    }
    // Play vars are their own, lower layer (below vars_files); only blocks and the task add here.
    if (level.vars && level !== scope.play) Object.assign(out.vars, level.vars);
    if (level.environment !== undefined) out.environment.push(level.environment);
    if (level.tags) out.tags.push(...level.tags);
    if (level.when) out.when.push(...level.when);
    if (level.delegate_to !== undefined) out.delegate_to = level.delegate_to;
    if (level.notify) out.notify.push(...level.notify);
  }
  return out;
}

/** `--tags` / `--skip-tags` as Ansible: `always` runs unless skipped by name, `never` only when asked. */
export function selectedByTags(taskTags: readonly string[], only: readonly string[] | undefined, skip: readonly string[] | undefined): boolean {
  const tags = new Set(taskTags);
  if (skip?.some((t) => tags.has(t) || (t === 'tagged' && tags.size > 0) || (t === 'untagged' && tags.size === 0))) return false;
  if (tags.has('never') && !only?.some((t) => tags.has(t))) return false;
  if (!only || only.length === 0 || only.includes('all')) return true;
  if (tags.has('always')) return true;
  return only.some((t) => tags.has(t) || (t === 'tagged' && tags.size > 0) || (t === 'untagged' && tags.size === 0));
}
