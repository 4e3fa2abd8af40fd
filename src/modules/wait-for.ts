/**
 * `wait_for`: waits on the host itself for a port or a file (remote/modules/wait_for.py); aborting the
 * task ends the exec and so the wait.
 */
import { nonNegativeInt, objectOf, oneOfWords, portNumber, stringList, text } from '../source/schema-values.js';
import { path } from './arg-specs.js';
import { hostModule } from './define.js';
import { remotePart } from './module-action.js';

export const waitForModule = hostModule({
  name: 'wait_for',
  display: 'default',
  supportsCheckMode: true,
  args: objectOf({
    host: text(),
    port: portNumber,
    path,
    state: oneOfWords(['started', 'stopped', 'present', 'absent', 'drained']),
    timeout: nonNegativeInt,
    delay: nonNegativeInt,
    connect_timeout: nonNegativeInt,
    sleep: nonNegativeInt,
    search_regex: text(),
    msg: text(),
    exclude_hosts: stringList,
    active_connection_states: stringList,
  }),
  mutuallyExclusive: [['port', 'path']],
  ...remotePart('wait_for'),
});
