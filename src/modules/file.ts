/**
 * `file`: a path made a directory, file, symlink or nothing, with mode and owner; check mode
 * reports what would change (remote/modules/file.py).
 */
import { moduleAction } from './module-action.js';

export const fileAction = moduleAction('file', { supportsCheckMode: true });
