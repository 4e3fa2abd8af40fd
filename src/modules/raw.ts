/**
 * `raw`: the command line straight to the host's shell, no Python needed (bootstrapping hosts).
 * The environment reaches the command on stdin (see connection/environment.ts), never in argv.
 */
import { shellQuote } from '../connection/index.js';
import { textArg } from './args.js';
import { commandOutputResult } from './exec-result.js';
import { execOptions, type Action } from './types.js';

export const rawAction: Action = {
  name: 'raw',
  controllerOnly: false,
  supportsCheckMode: false,
  async run(ctx) {
    const command = textArg(ctx.args, '_raw_params');
    if (!command) return { failed: true, changed: false, msg: 'no command given' };
    const executable = textArg(ctx.args, 'executable');
    const line = executable ? `${shellQuote(executable)} -c ${shellQuote(command)}` : command;
    const r = await ctx.connection.exec(line, { ...execOptions(ctx), env: ctx.environment });
    return commandOutputResult(r);
  },
};
