/**
 * `raw`: the command line straight to the host's shell, no Python needed (bootstrapping hosts).
 * The environment is exported inside the command so that it survives sudo.
 */
import { envPrefix, shellQuote } from '../connection/index.js';
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
    const r = await ctx.connection.exec(`${envPrefix(ctx.environment)}${line}`, execOptions(ctx));
    return commandOutputResult(r);
  },
};
