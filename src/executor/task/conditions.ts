/** `when`, `until`, `changed_when` and `failed_when`: lists of conditions that must all hold. */
import type { ModuleResult } from '../../core/index.js';
import { TemplateError, type SourcePosition } from '../../core/errors.js';
import { errorPositionText } from '../../playbook/index.js';
import { evaluateCondition, type Vars } from '../../template/index.js';

/**
 * Ansible's wording for template errors, by where they happened, followed by where the task is
 * (`The error appears to be in '<file>': line L, column C`) when it is known.
 */
export function templateFailure(err: TemplateError, where: 'args' | 'conditional', condition?: string, position?: SourcePosition): ModuleResult {
  const text =
    where === 'conditional'
      ? `The conditional check '${condition}' failed. The error was: ${err.message}`
      : /is undefined|has no attribute/.test(err.message)
        ? `The task includes an option with an undefined variable. The error was: ${err.message}`
        : err.message;
  return { failed: true, changed: false, msg: position === undefined ? text : text + errorPositionText(position) };
}

export type ConditionCheck =
  | { ok: true; value: true }
  | { ok: true; value: false; falseCondition: string | boolean }
  | { ok: false; result: ModuleResult };

/** All conditions must hold; on the first that does not, says which (for `false_condition`). */
export function checkConditions(conditions: ReadonlyArray<string | boolean>, vars: Vars, position?: SourcePosition): ConditionCheck {
  for (const condition of conditions) {
    try {
      if (!evaluateCondition(condition, vars)) return { ok: true, value: false, falseCondition: condition };
    } catch (err) {
      if (err instanceof TemplateError) return { ok: false, result: templateFailure(err, 'conditional', String(condition), position) };
      throw err;
    }
  }
  return { ok: true, value: true };
}

export function skippedResult(condition: string | boolean): ModuleResult {
  return { changed: false, skipped: true, skip_reason: 'Conditional result was False', false_condition: condition };
}
