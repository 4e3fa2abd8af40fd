/** `set_fact`: new host variables, handed to the executor under FACTS_KEY. */
import { hostModule } from './define.js';
import { CACHEABLE_FACTS, FACTS_KEY } from './types.js';
import { isTrueValue } from '../target/index.js';

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const setFactModule = hostModule({
  name: 'set_fact',
  display: 'default',
  controllerOnly: true,
  supportsCheckMode: true,
  setsVariables: true,
  args: { description: 'a mapping of variables', type: 'object' },
  async run(ctx) {
    // `cacheable` is no fact itself: it makes the variables facts too (castoff keeps no cache between runs).
    const cacheable = ctx.args.cacheable !== undefined && isTrueValue(ctx.args.cacheable);
    const facts = Object.fromEntries(Object.entries(ctx.args).filter(([name]) => name !== 'cacheable'));
    if (Object.keys(facts).length === 0) {
      return { failed: true, changed: false, msg: 'No key/value pairs provided, at least one is required for this action to succeed' };
    }
    const invalid = Object.keys(facts).find((name) => !VARIABLE_NAME.test(name));
    if (invalid !== undefined) {
      return {
        failed: true,
        changed: false,
        msg: `The variable name '${invalid}' is not valid. Variables must start with a letter or underscore character, and contain only letters, numbers and underscores.`,
      };
    }
    return { [FACTS_KEY]: facts, changed: false, ...(cacheable ? { [CACHEABLE_FACTS]: true } : {}) };
  },
});
