/** `loop` and `with_<lookup>`: the task once per item, and the aggregate result Ansible registers. */
import { isFailed, type ModuleResult } from '../../core/index.js';
import { TemplateError } from '../../core/errors.js';
import type { RunEventInput } from '../../events/index.js';
import type { LoopControl, Task } from '../../playbook/index.js';
import { loopItemsOf, renderValue, toPlain, withVars, type Vars } from '../../template/index.js';
import { InOrder } from './in-order.js';
import { bool, num } from './values.js';

/** Where an item's events go. */
export type EmitEvent = (event: RunEventInput) => void;

export interface LoopHooks {
  /** The task for one item, with the item's variables: its conditions, retries and action; its events go to `emit`. */
  runItem(vars: Vars, emit: EmitEvent): Promise<ModuleResult>;
  /** An item's result, with the label output shows for it, to report through `emit`. */
  onItem(result: ModuleResult, label: string, emit: EmitEvent): void;
  /** The task's events out. */
  emit: EmitEvent;
  /** Waits, or throws CancelledError when the task is stopped. */
  sleep(ms: number): Promise<void>;
  /** `poll` when the task sets none. */
  defaultPoll: number;
  /** Whether an item's `ansible_facts` are variables the next items see (set_fact, include_vars). */
  itemsSetVariables?: boolean;
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

/**
 * `ansible_loop` under `loop_control.extended`, as Ansible builds it: defined only then, with
 * `previtem`/`nextitem` only where there is one, and `allitems` unless `extended_allitems: false`.
 */
export function extendedLoop(items: readonly unknown[], index: number, allItems: boolean): Record<string, unknown> {
  const length = items.length;
  return {
    index: index + 1,
    index0: index,
    revindex: length - index,
    revindex0: length - index - 1,
    first: index === 0,
    last: index === length - 1,
    length,
    ...(index > 0 ? { previtem: items[index - 1] } : {}),
    ...(index < length - 1 ? { nextitem: items[index + 1] } : {}),
    ...(allItems ? { allitems: [...items] } : {}),
  };
}

/**
 * The variables one loop item adds: the loop variable (`loop_control.loop_var`), the index
 * variable and, under `extended`, `ansible_loop`. Ansible's item results carry them too.
 */
export function loopItemVars(control: LoopControl, items: readonly unknown[], index: number, vars: Vars): Record<string, unknown> {
  const loopVar = control.loop_var ?? 'item';
  return {
    [loopVar]: items[index],
    ansible_loop_var: loopVar,
    ...(control.index_var ? { [control.index_var]: index } : {}),
    ...(bool(control.extended, vars) ? { ansible_loop: extendedLoop(items, index, bool(control.extended_allitems, vars, true)) } : {}),
  };
}

/** The variables an item's result set, when its module sets variables and the item did not fail. */
function variablesSetBy(result: ModuleResult): Vars | undefined {
  const facts = result.ansible_facts;
  if (isFailed(result) || result.skipped === true || !facts || typeof facts !== 'object' || Array.isArray(facts)) return undefined;
  return facts as Vars;
}

export async function runLoop(task: Task, vars: Vars, hooks: LoopHooks): Promise<ModuleResult> {
  const control = task.loop_control ?? {};
  const items = loopItems(task, vars);
  // As in Ansible, a set_fact item's values are visible to the items after it (`x: "{{ x + [item] }}"` accumulates).
  let current = vars;
  const runItem = async (item: unknown, index: number, emit: EmitEvent): Promise<ModuleResult> => {
    const added = loopItemVars(control, items, index, vars);
    const itemVars = withVars(current, added);
    const itemResult = await hooks.runItem(itemVars, emit);
    const set = hooks.itemsSetVariables === true ? variablesSetBy(itemResult) : undefined;
    if (set) current = withVars(current, set);
    const label = toPlain(control.label !== undefined ? renderValue(control.label, itemVars) : item);
    const result = { ...itemResult, ...added, _ansible_item_label: label };
    hooks.onItem(result, typeof label === 'string' ? label : JSON.stringify(label), emit);
    return result;
  };

  let results: ModuleResult[];
  const asyncLimit = num(task.async, vars, 0);
  const poll = num(task.poll, vars, hooks.defaultPoll);
  if (asyncLimit > 0 && poll > 0) {
    // Every item's job is launched at once and then all are waited on (Ansible: one by one). Each
    // item's events (ASYNC POLL, ASYNC OK, its result) are reported after the items before it,
    // so the output is Ansible's, item after item in loop order.
    const order = new InOrder(items.length, hooks.emit);
    results = await Promise.all(
      items.map(async (item, i) => {
        try {
          return await runItem(item, i, order.lane(i));
        } finally {
          order.finish(i);
        }
      }),
    );
  } else {
    results = [];
    const pause = num(control.pause, vars, 0);
    for (let i = 0; i < items.length; i++) {
      if (i > 0 && pause > 0) await hooks.sleep(pause * 1000);
      results.push(await runItem(items[i], i, hooks.emit));
    }
  }
  return aggregateOf(results);
}
