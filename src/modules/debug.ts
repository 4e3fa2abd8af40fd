/** `debug`: prints a message or a variable's value, on the controller. */
import { TemplateError } from '../core/errors.js';
import { renderTemplate, type Vars } from '../template/index.js';
import { anything, nonNegativeInt, objectOf, text } from '../source/schema-values.js';
import { hostModule } from './define.js';
import { withMessage } from './message.js';

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

export const debugModule = hostModule({
  name: 'debug',
  display: 'debug',
  controllerOnly: true,
  supportsCheckMode: true,
  args: objectOf({ msg: anything, var: text('a variable name or expression'), verbosity: nonNegativeInt }),
  mutuallyExclusive: [['msg', 'var']],
  async run(ctx) {
    if (ctx.args.var !== undefined) {
      const expression = String(ctx.args.var);
      return { [expression]: lookUp(expression, ctx.vars), changed: false };
    }
    return withMessage({ changed: false }, ctx.args.msg ?? 'Hello world!');
  },
});
