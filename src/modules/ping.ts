/**
 * `ping`: proves the host can run a Python module (remote/modules/ping.py).
 */
import { anything, objectOf } from '../source/schema-values.js';
import { hostModule } from './define.js';
import { remotePart } from './module-action.js';

export const pingModule = hostModule({
  name: 'ping',
  display: 'default',
  supportsCheckMode: true,
  args: objectOf({ data: anything }),
  ...remotePart('ping'),
});
