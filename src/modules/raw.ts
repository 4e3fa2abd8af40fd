/**
 * `raw`: the command line straight to the host's shell, no Python needed (bootstrapping hosts).
 * The environment reaches the command on stdin (see connection/environment.ts), never in argv.
 */
import { shellQuote } from '../connection/index.js';
import { objectOf, text } from '../source/schema-values.js';
import { path } from './arg-specs.js';
import { textArg } from './args.js';
import { commandOutputResult } from './exec-result.js';
import { hostModule } from './define.js';
import { execOptions } from './types.js';

export const rawModule = hostModule({
  name: 'raw',
  display: 'command',
  controllerOnly: false,
  supportsCheckMode: false,
  freeForm: true,
  freeFormOptions: ['executable'],
  args: objectOf({ _raw_params: text('a command line'), executable: path }, ['_raw_params']),
  async run(ctx) {
    const command = textArg(ctx.args, '_raw_params');
    if (!command) return { failed: true, changed: false, msg: 'no command given' };
    const executable = textArg(ctx.args, 'executable');
    const line = executable ? `${shellQuote(executable)} -c ${shellQuote(command)}` : command;
    const r = await ctx.connection.exec(line, { ...execOptions(ctx), env: ctx.environment });
    return commandOutputResult(r);
  },
});
