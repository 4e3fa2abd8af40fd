/**
 * `ping`: proves the host can run a Python module (remote/modules/ping.py).
 */
import { moduleAction } from './module-action.js';

export const pingAction = moduleAction('ping', { supportsCheckMode: true });
