/**
 * `file`: a path made a directory, file, symlink or nothing, with mode and owner; check mode
 * reports what would change (remote/modules/file.py).
 */
import { bool, objectOf, oneOfWords, text } from '../source/schema-values.js';
import { ownership, path } from './arg-specs.js';
import { hostModule } from './define.js';
import { remotePart } from './module-action.js';

export const fileModule = hostModule({
  name: 'file',
  display: 'default',
  supportsCheckMode: true,
  args: objectOf({
    path,
    dest: path,
    name: path,
    state: oneOfWords(['absent', 'directory', 'file', 'hard', 'link', 'touch']),
    src: path,
    recurse: bool,
    force: bool,
    follow: bool,
    modification_time: text(),
    modification_time_format: text(),
    access_time: text(),
    access_time_format: text(),
    ...ownership,
  }),
  requiredOneOf: [['path', 'dest', 'name']],
  mutuallyExclusive: [['path', 'dest', 'name']],
  ...remotePart('file'),
});
