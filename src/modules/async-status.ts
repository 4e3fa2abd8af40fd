/** `async_status`: reads, cleans up or terminates an async job by its id, as the job's own user. */
import { asyncStatus, type AsyncStatusMode } from '../async/index.js';
import type { Action } from './types.js';

export const asyncStatusAction: Action = {
  name: 'async_status',
  controllerOnly: false,
  supportsCheckMode: true,
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
};
