/**
 * `meta`: steers the play (`flush_handlers`, `end_play`, `end_host`); the play runner carries it
 * out over the whole batch, as Ansible's strategy does.
 */
import { objectOf, oneOfWords } from '../source/schema-values.js';
import { playModule } from './define.js';

export const metaModule = playModule({
  name: 'meta',
  display: 'default',
  args: objectOf(
    {
      _raw_params: oneOfWords([
        'flush_handlers',
        'refresh_inventory',
        'noop',
        'clear_facts',
        'clear_host_errors',
        'end_play',
        'end_host',
        'end_batch',
        'reset_connection',
        'end_role',
      ]),
    },
    ['_raw_params'],
  ),
});
