/** `fail`: fails the task on purpose, with the message given. */
import { anything, objectOf } from '../source/schema-values.js';
import { hostModule } from './define.js';
import { withMessage } from './message.js';

export const failModule = hostModule({
  name: 'fail',
  display: 'default',
  controllerOnly: true,
  supportsCheckMode: true,
  args: objectOf({ msg: anything }),
  async run(ctx) {
    return withMessage({ failed: true, changed: false }, ctx.args.msg ?? 'Failed as requested from task');
  },
});
