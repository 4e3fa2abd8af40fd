import type { ModuleResult } from '../core/index.js';

/**
 * A result whose `msg` is whatever the task gave: Ansible keeps a list or a mapping as it is (and
 * prints it so). ModuleResult types `msg` as text, which is what modules print, hence the assertion.
 */
export function withMessage(fields: ModuleResult, msg: unknown): ModuleResult {
  return { ...fields, msg } as ModuleResult;
}
