/**
 * `stat`: facts about a path on the host, read-only (remote/modules/stat_module.py).
 */
import { bool, objectOf, oneOfWords } from '../source/schema-values.js';
import { path } from './arg-specs.js';
import { hostModule } from './define.js';
import { remotePart } from './module-action.js';

export const statModule = hostModule({
  name: 'stat',
  display: 'default',
  supportsCheckMode: true,
  args: objectOf(
    {
      path,
      follow: bool,
      get_checksum: bool,
      checksum_algorithm: oneOfWords(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']),
      get_mime: bool,
      get_attributes: bool,
    },
    ['path'],
  ),
  ...remotePart('stat'),
});
