/**
 * `command`: runs a program without a shell (remote/modules/command.py). Check mode skips it, as
 * Ansible cannot tell what a command would change.
 */
import { bool, objectOf, text } from '../source/schema-values.js';
import { COMMAND_LINE_OPTIONS, commandOptions, stdinOptions } from './arg-specs.js';
import { hostModule } from './define.js';
import { remotePart } from './module-action.js';

export const commandModule = hostModule({
  name: 'command',
  display: 'command',
  supportsCheckMode: false,
  freeForm: true,
  freeFormOptions: COMMAND_LINE_OPTIONS,
  args: objectOf({
    _raw_params: text('a command line'),
    cmd: text('a command line'),
    argv: { description: 'a list of strings', type: 'array', items: { text: true } },
    expand_argument_vars: bool,
    ...commandOptions,
    ...stdinOptions,
  }),
  requiredOneOf: [['_raw_params', 'cmd', 'argv']],
  mutuallyExclusive: [['_raw_params', 'cmd', 'argv']],
  ...remotePart('command'),
});
