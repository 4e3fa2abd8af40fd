/** `loop` and `with_<lookup>`: the task once per item, and the aggregate result Ansible registers. */
import { isFailed, type ModuleResult } from '../../core/index.js';
import { TemplateError } from '../../core/errors.js';
import type { LoopControl, Task } from '../../playbook/index.js';
import { loopItemsOf, renderValue, toPlain, withVars, type Vars } from '../../template/index.js';
import { num } from './values.js';

export interface LoopHooks {
  /** The task for one item, with the item's variables: its conditions, retries and action. */
  runItem(vars: Vars): Promise<ModuleResult>;
  /** An item's result, with the label output shows for it. */
  onItem(result: ModuleResult, label: string): void;
  /** Waits, or throws CancelledError when the task is stopped. */
  sleep(ms: number): Promise<void>;
  /** `poll` when the task sets none. */
  defaultPoll: number;
}

/** The items of a loop (`loop`, or a `with_<lookup>` run on its value), rendered with the host's variables. */
export function loopItems(task: Pick<Task, 'loop' | 'loop_keyword'>, vars: Vars): unknown[] {
  const rendered = renderValue(task.loop, vars);
  const keyword = task.loop_keyword ?? 'loop';
  if (keyword !== 'loop') return loopItemsOf(keyword.slice('with_'.length), toPlain(rendered), vars);
  if (!Array.isArray(rendered)) {
    throw new TemplateError(`Invalid data passed to 'loop', it requires a list, got this instead: ${JSON.stringify(rendered)}.`);
  }
  return rendered;
}

function aggregateOf(results: ModuleResult[]): ModuleResult {
  const aggregate: ModuleResult = {
    results,
    changed: results.some((r) => r.changed === true),
    msg: 'All items completed',
  };
  if (results.some((r) => isFailed(r))) {
    aggregate.failed = true;
    aggregate.msg = 'One or more items failed';
  }
  if (results.some((r) => r.unreachable)) aggregate.unreachable = true;
  if (results.length > 0 && results.every((r) => r.skipped)) aggregate.skipped = true;
  if (results.length === 0) {
    aggregate.skipped = true;
    aggregate.skipped_reason = 'No items in the list';
  }
  return aggregate;
}

/** The variables one loop item adds: the loop variable (`loop_control.loop_var`), the index variable and `ansible_loop`. */
export function loopItemVars(control: LoopControl, item: unknown, index: number, count: number): Record<string, unknown> {
  const loopVar = control.loop_var ?? 'item';
  return {
    [loopVar]: item,
    ansible_loop_var: loopVar,
    ...(control.index_var ? { [control.index_var]: index } : {}),
    ansible_loop: { index: index + 1, index0: index, first: index === 0, last: index === count - 1, length: count },
  };
}

export async function runLoop(task: Task, vars: Vars, hooks: LoopHooks): Promise<ModuleResult> {
  const control = task.loop_control ?? {};
  const loopVar = control.loop_var ?? 'item';
  const items = loopItems(task, vars);
  const runItem = async (item: unknown, index: number): Promise<ModuleResult> => {
    const itemVars = withVars(vars, loopItemVars(control, item, index, items.length));
    const itemResult = await hooks.runItem(itemVars);
    const label = toPlain(control.label !== undefined ? renderValue(control.label, itemVars) : item);
    const result = {
      ...itemResult,
      [loopVar]: item,
      ansible_loop_var: loopVar,
      _ansible_item_label: label,
      ...(control.index_var ? { [control.index_var]: index } : {}),
    };
    hooks.onItem(result, typeof label === 'string' ? label : JSON.stringify(label));
    return result;
  };

  let results: ModuleResult[];
  const asyncLimit = num(task.async, vars, 0);
  const poll = num(task.poll, vars, hooks.defaultPoll);
  if (asyncLimit > 0 && poll > 0) {
    // Every item's job is launched at once and then all are waited on (Ansible: one by one).
    results = await Promise.all(items.map((item, i) => runItem(item, i)));
  } else {
    results = [];
    const pause = num(control.pause, vars, 0);
    for (let i = 0; i < items.length; i++) {
      if (i > 0 && pause > 0) await hooks.sleep(pause * 1000);
      results.push(await runItem(items[i], i));
    }
  }
  return aggregateOf(results);
}
