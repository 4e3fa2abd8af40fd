/** `async_status`: reads, cleans up or terminates an async job by its id, as the job's own user. */
import { asyncStatus, type AsyncStatusMode } from '../async/index.js';
import { objectOf, oneOfWords, text } from '../source/schema-values.js';
import { hostModule } from './define.js';

export const asyncStatusModule = hostModule({
  name: 'async_status',
  display: 'default',
  controllerOnly: false,
  supportsCheckMode: true,
  args: objectOf({ jid: text('a job id'), mode: oneOfWords(['status', 'cleanup', 'terminate']) }, ['jid']),
  run(ctx) {
    return asyncStatus(ctx.connection, {
      jid: String(ctx.args.jid ?? ''),
      mode: (ctx.args.mode as AsyncStatusMode | undefined) ?? 'status',
      become: ctx.become,
      asyncDir: ctx.asyncDir,
      python: ctx.python,
      signal: ctx.signal,
    });
  },
});
