/**
 * `shell`: runs a command line through `/bin/sh` (remote/modules/shell.py). Check mode skips it, as
 * Ansible cannot tell what a command would change.
 */
import { moduleAction } from './module-action.js';

export const shellAction = moduleAction('shell', { supportsCheckMode: false });
