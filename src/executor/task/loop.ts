/** `loop` and `with_<lookup>`: the task once per item, and the aggregate result Ansible registers. */
import { isFailed, type ModuleResult } from '../../core/index.js';
import { TemplateError } from '../../core/errors.js';
import type { Task } from '../../playbook/index.js';
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
  /** Whether an item's `ansible_facts` are variables the next items see (set_fact, include_vars). */
  itemsSetVariables?: boolean;
}

function loopItems(task: Task, vars: Vars): unknown[] {
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

/** The variables an item's result set, when its module sets variables and the item did not fail. */
function variablesSetBy(result: ModuleResult): Vars | undefined {
  const facts = result.ansible_facts;
  if (isFailed(result) || result.skipped === true || !facts || typeof facts !== 'object' || Array.isArray(facts)) return undefined;
  return facts as Vars;
}

export async function runLoop(task: Task, vars: Vars, hooks: LoopHooks): Promise<ModuleResult> {
  const control = task.loop_control ?? {};
  const loopVar = control.loop_var ?? 'item';
  const items = loopItems(task, vars);
  // As in Ansible, a set_fact item's values are visible to the items after it (`x: "{{ x + [item] }}"` accumulates).
  let current = vars;
  const runItem = async (item: unknown, index: number): Promise<ModuleResult> => {
    const itemVars = withVars(current, {
      [loopVar]: item,
      ansible_loop_var: loopVar,
      ...(control.index_var ? { [control.index_var]: index } : {}),
      ansible_loop: { index: index + 1, index0: index, first: index === 0, last: index === items.length - 1, length: items.length },
    });
    const itemResult = await hooks.runItem(itemVars);
    const set = hooks.itemsSetVariables === true ? variablesSetBy(itemResult) : undefined;
    if (set) current = withVars(current, set);
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
