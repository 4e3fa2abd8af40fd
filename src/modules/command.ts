/**
 * `command`: runs a program without a shell (remote/modules/command.py). Check mode skips it, as
 * Ansible cannot tell what a command would change.
 */
import { moduleAction } from './module-action.js';

export const commandAction = moduleAction('command', { supportsCheckMode: false });
