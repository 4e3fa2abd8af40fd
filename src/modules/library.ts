/**
 * Custom modules from a playbook's `library/` folder: shipped to the host once (keyed by content)
 * and run with the WANT_JSON convention, synchronously or as async jobs. Check mode skips them, as
 * castoff cannot know whether a custom module honours `_ansible_check_mode`.
 */
import { basename, extname } from 'node:path';
import { moduleArgs, runModuleFor } from './module-action.js';
import type { Action } from './types.js';

export function libraryAction(modulePath: string): Action {
  return {
    name: basename(modulePath, extname(modulePath)),
    controllerOnly: false,
    supportsCheckMode: false,
    asyncPayload: (ctx) => ({ modulePath, args: moduleArgs(ctx) }),
    run: (ctx) => runModuleFor(ctx, { modulePath }),
  };
}
