/**
 * An installed Ansible module as a castoff module: its payload shipped once per host, run with
 * the task's arguments plus the internal ones Ansible sends, synchronously or as an async job.
 * The module answers check mode itself (one that does not support it returns `skipped` with
 * Ansible's message), and its return is cleaned as Ansible's controller cleans it.
 */
import { cleanModuleReturn } from '../../core/index.js';
import { hostModule } from '../define.js';
import { moduleRunOptions } from '../module-action.js';
import { runModule } from '../run-module.js';
import type { ActionContext, HostModule } from '../types.js';
import { internalArgs } from './module-args.js';
import { ansiblePayload } from './payload.js';
import type { AnsibleModuleRef } from './types.js';

/** `{"ANSIBLE_MODULE_ARGS": ...}`: the task's arguments and the internal `_ansible_*` ones. */
function argumentsFile(ref: AnsibleModuleRef, ctx: ActionContext): Record<string, unknown> {
  const internal = internalArgs(ref.installation, { checkMode: ctx.checkMode, diff: ctx.diff, noLog: ctx.noLog === true, moduleName: ctx.module });
  return { ANSIBLE_MODULE_ARGS: { ...ctx.args, ...internal } };
}

function shipped(ref: AnsibleModuleRef): { bundle: ReturnType<typeof ansiblePayload>['bundle']; entry: string } {
  const { bundle, entry } = ansiblePayload(ref);
  return { bundle, entry };
}

const modules = new WeakMap<AnsibleModuleRef, HostModule>();

export function ansibleModule(ref: AnsibleModuleRef): HostModule {
  let module = modules.get(ref);
  if (!module) {
    module = hostModule({
      name: ref.fqcn,
      display: 'default',
      controllerOnly: false,
      supportsCheckMode: true,
      // The module checks its own arguments on the host, with its own messages.
      args: { type: 'object' },
      asyncPayload: (ctx) => ({ payload: shipped(ref), args: argumentsFile(ref, ctx) }),
      run: async (ctx) => cleanModuleReturn(await runModule(ctx.connection, { payload: shipped(ref) }, argumentsFile(ref, ctx), moduleRunOptions(ctx))),
    });
    modules.set(ref, module);
  }
  return module;
}
