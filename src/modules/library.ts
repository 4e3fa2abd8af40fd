/**
 * Custom modules from a playbook's `library/` folder: shipped to the host once (keyed by content)
 * and run with the WANT_JSON convention, synchronously or as async jobs. Check mode skips them, as
 * castoff cannot know whether a custom module honours `_ansible_check_mode`. Their arguments are
 * whatever the module reads, so the loader checks none.
 */
import { basename, extname } from 'node:path';
import { hostModule } from './define.js';
import { moduleArgs, runModuleFor } from './module-action.js';
import type { HostModule } from './types.js';

export function libraryModule(modulePath: string): HostModule {
  return hostModule({
    name: basename(modulePath, extname(modulePath)),
    display: 'default',
    controllerOnly: false,
    supportsCheckMode: false,
    args: { type: 'object' },
    asyncPayload: (ctx) => ({ modulePath, args: moduleArgs(ctx) }),
    run: (ctx) => runModuleFor(ctx, { modulePath }),
  });
}
