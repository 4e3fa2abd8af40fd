/**
 * `shell`: runs a command line through `/bin/sh` (remote/modules/shell.py). Check mode skips it, as
 * Ansible cannot tell what a command would change.
 */
import { objectOf, text } from '../source/schema-values.js';
import { COMMAND_LINE_OPTIONS, commandOptions, stdinOptions } from './arg-specs.js';
import { hostModule } from './define.js';
import { remotePart } from './module-action.js';

export const shellModule = hostModule({
  name: 'shell',
  display: 'command',
  supportsCheckMode: false,
  freeForm: true,
  freeFormOptions: COMMAND_LINE_OPTIONS,
  args: objectOf({ _raw_params: text('a command line'), cmd: text('a command line'), ...commandOptions, ...stdinOptions }),
  requiredOneOf: [['_raw_params', 'cmd']],
  mutuallyExclusive: [['_raw_params', 'cmd']],
  ...remotePart('shell'),
});
