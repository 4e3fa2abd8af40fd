/** `debug`: prints a message or a variable's value, on the controller. */
import { TemplateError } from '../core/errors.js';
import { renderTemplate, type Vars } from '../template/index.js';
import { withMessage } from './message.js';
import type { Action } from './types.js';

export const UNDEFINED_VARIABLE = 'VARIABLE IS NOT DEFINED!';

/** `var:` is an expression, as in Ansible: a name, a dotted path (`result.stdout`) or more. */
function lookUp(expression: string, vars: Vars): unknown {
  try {
    return renderTemplate(`{{ ${expression} }}`, vars);
  } catch (error) {
    if (error instanceof TemplateError) return UNDEFINED_VARIABLE;
    throw error;
  }
}

export const debugAction: Action = {
  name: 'debug',
  controllerOnly: true,
  supportsCheckMode: true,
  async run(ctx) {
    if (ctx.args.var !== undefined) {
      const expression = String(ctx.args.var);
      return { [expression]: lookUp(expression, ctx.vars), changed: false };
    }
    return withMessage({ changed: false }, ctx.args.msg ?? 'Hello world!');
  },
};
