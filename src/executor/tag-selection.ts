/**
 * Tags as Ansible selects tasks by them: a task's own tags and those it inherits, templates
 * rendered over the play's variables (play vars, vars_files, extra vars; no host's, as in Ansible),
 * then `--tags` / `--skip-tags`. The play runner and `--list-tasks` / `--list-tags` share this.
 */
import { mergeVarLayers } from '../inventory/index.js';
import type { Block, Include, Play, Task, TaskEntry } from '../playbook/index.js';
import { isTemplated, lazyVars, renderValue, type Vars } from '../template/index.js';
import { effectiveKeywords, selectedByTags } from './scope.js';

/** The variables a play's tags are rendered with. */
export function playTagVars(play: Play, extraVars: Vars = {}): Vars {
  const varsFiles = Object.assign({}, ...play.vars_files.map((entry) => entry.loaded?.vars ?? {})) as Vars;
  return lazyVars(mergeVarLayers(play.vars, varsFiles, extraVars));
}

/**
 * Each tag, rendered when it is a template (a list result gives several); one that cannot be
 * rendered stays as written, so it is shown and matched as text rather than stopping the run.
 */
export function renderTags(tags: readonly string[], vars: Vars): string[] {
  return tags.flatMap((tag) => {
    if (!isTemplated(tag)) return [tag];
    try {
      const value = renderValue(tag, vars);
      return Array.isArray(value) ? value.map(String) : [String(value)];
    } catch {
      return [tag];
    }
  });
}

export interface TagOptions {
  tags?: readonly string[];
  skipTags?: readonly string[];
  extraVars?: Vars;
}

export interface ListedTask {
  /** As headings show it: a role's tasks as `role : task`. */
  name: string;
  /** Its own and inherited tags, rendered, sorted and without repeats, as ansible-playbook lists them. */
  tags: string[];
}

/** The tasks of a play (pre_tasks, tasks, post_tasks) that the tag options select, in order. */
export function listedTasks(play: Play, options: TagOptions = {}): ListedTask[] {
  const vars = playTagVars(play, options.extraVars);
  const out: ListedTask[] = [];
  const walk = (entries: ReadonlyArray<TaskEntry>, blocks: Block[]): void => {
    for (const entry of entries) {
      if (entry.kind === 'block') {
        const chain = [...blocks, entry];
        walk([...entry.block, ...entry.rescue, ...entry.always], chain);
        continue;
      }
      const tags = renderTags(effectiveKeywords({ play, blocks }, entry).tags, vars);
      if (!selectedByTags(tags, options.tags, options.skipTags)) continue;
      out.push({ name: listedName(entry), tags: [...new Set(tags)].sort() });
    }
  };
  walk([...play.pre_tasks, ...play.tasks, ...play.post_tasks], []);
  return out;
}

function listedName(task: Task | Include): string {
  const name = task.name ?? (task.kind === 'include' ? task.keyword : task.action);
  return task.role ? `${task.role.name} : ${name}` : name;
}
