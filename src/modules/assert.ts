/** `assert`: checks conditions against the host's variables, on the controller. */
import type { ModuleResult } from '../core/index.js';
import { TemplateError } from '../core/errors.js';
import { evaluateCondition } from '../template/index.js';
import { anything, bool, conditions, objectOf } from '../source/schema-values.js';
import { hostModule } from './define.js';
import { withMessage } from './message.js';

type Condition = string | boolean;

function conditionsOf(that: unknown): Condition[] {
  const list = Array.isArray(that) ? that : [that];
  return list.map((item) => (typeof item === 'boolean' ? item : String(item)));
}

export const assertModule = hostModule({
  name: 'assert',
  display: 'default',
  controllerOnly: true,
  supportsCheckMode: true,
  args: objectOf({ that: conditions, msg: anything, fail_msg: anything, success_msg: anything, quiet: bool }, ['that']),
  mutuallyExclusive: [['msg', 'fail_msg']],
  async run(ctx): Promise<ModuleResult> {
    for (const condition of conditionsOf(ctx.args.that)) {
      let holds: boolean;
      try {
        holds = evaluateCondition(condition, ctx.vars);
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        const text = String(condition);
        return {
          failed: true,
          changed: false,
          msg: `The conditional check '${text}' failed. The error was: error while evaluating conditional (${text}): ${error.message}`,
        };
      }
      if (!holds) {
        return withMessage({ failed: true, changed: false, evaluated_to: false, assertion: condition }, ctx.args.fail_msg ?? ctx.args.msg ?? 'Assertion failed');
      }
    }
    return withMessage({ changed: false }, ctx.args.success_msg ?? 'All assertions passed');
  },
});
