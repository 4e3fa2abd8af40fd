/**
 * `stat`: facts about a path on the host, read-only (remote/modules/stat_module.py).
 */
import { moduleAction } from './module-action.js';

export const statAction = moduleAction('stat', { supportsCheckMode: true });
