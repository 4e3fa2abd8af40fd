/**
 * `validate_argument_spec`: checks `provided_arguments`, and the task's variables named in the
 * spec, against `argument_spec` (argument-checks.ts), failing with Ansible's messages.
 */
import type { ModuleResult } from '../core/index.js';
import { TemplateError } from '../core/errors.js';
import { anything, mapping, objectOf } from '../source/schema-values.js';
import { toPlain } from '../template/index.js';
import { checkArguments, type ArgumentSpec } from './argument-checks.js';
import { hostModule } from './define.js';
import type { ActionContext } from './types.js';

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pythonTypeName(value: unknown): string {
  if (typeof value === 'string') return "<class 'str'>";
  if (Array.isArray(value)) return "<class 'list'>";
  if (typeof value === 'number') return Number.isInteger(value) ? "<class 'int'>" : "<class 'float'>";
  if (typeof value === 'boolean') return "<class 'bool'>";
  return "<class 'NoneType'>";
}

/** The spec's options the task's variables define: the arguments a role gets from its vars. */
function argumentsFromVars(ctx: ActionContext, spec: ArgumentSpec): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  for (const name of Object.keys(spec)) {
    if (Object.hasOwn(ctx.vars, name)) found[name] = toPlain(ctx.vars[name]);
  }
  return found;
}

export const validateArgumentSpecModule = hostModule({
  name: 'validate_argument_spec',
  display: 'default',
  controllerOnly: true,
  supportsCheckMode: true,
  args: objectOf({ argument_spec: anything, provided_arguments: mapping, validate_args_context: anything }, ['argument_spec']),
  async run(ctx): Promise<ModuleResult> {
    const spec = toPlain(ctx.args.argument_spec);
    const provided = toPlain(ctx.args.provided_arguments ?? {});
    if (!isMapping(spec)) return { failed: true, changed: false, msg: `Incorrect type for argument_spec, expected dict and got ${pythonTypeName(spec)}` };
    if (!isMapping(provided)) return { failed: true, changed: false, msg: `Incorrect type for provided_arguments, expected dict and got ${pythonTypeName(provided)}` };
    const context = toPlain(ctx.args.validate_args_context ?? {});
    let fromVars: Record<string, unknown>;
    try {
      fromVars = argumentsFromVars(ctx, spec as ArgumentSpec);
    } catch (err) {
      if (err instanceof TemplateError) return { failed: true, changed: false, msg: err.message };
      throw err;
    }
    const { errors } = checkArguments(spec as ArgumentSpec, { ...fromVars, ...provided });
    if (errors.length > 0) {
      return {
        failed: true,
        changed: false,
        msg: `Validation of arguments failed:\n${errors.join('\n')}`,
        argument_errors: errors,
        argument_spec_data: spec,
        validate_args_context: context,
      };
    }
    return { changed: false, msg: 'The arg spec validation passed', validate_args_context: context };
  },
});
