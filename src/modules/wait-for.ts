/**
 * `wait_for`: waits on the host itself for a port or a file (remote/modules/wait_for.py); aborting the
 * task ends the exec and so the wait.
 */
import { moduleAction } from './module-action.js';

export const waitForAction = moduleAction('wait_for', { supportsCheckMode: true });
