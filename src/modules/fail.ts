/** `fail`: fails the task on purpose, with the message given. */
import { withMessage } from './message.js';
import type { Action } from './types.js';

export const failAction: Action = {
  name: 'fail',
  controllerOnly: true,
  supportsCheckMode: true,
  async run(ctx) {
    return withMessage({ failed: true, changed: false }, ctx.args.msg ?? 'Failed as requested from task');
  },
};
