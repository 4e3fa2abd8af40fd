/**
 * Writing bytes made on the controller to a file on the host with castoff's copy module
 * (remote/modules/copy_module.py): the one write path of `copy`, `template` and `assemble`, so
 * they share dest handling, mode and owner, backup, validate, follow, check mode and diff. The
 * content travels base64 in the module's arguments, i.e. on the exec's stdin: one exec, written by
 * the user the task runs as (a become user included), and only when its sha1 differs. Fit for files
 * up to a few MB.
 */
import type { ModuleResult } from '../core/index.js';
import { bool, text } from '../source/schema-values.js';
import { fileMode, ownership, path } from './arg-specs.js';
import { runModuleFor } from './module-action.js';
import type { ActionContext } from './types.js';

/** The copy options `template` and `assemble` pass on as they are. */
export const writeOptions = {
  dest: path,
  backup: bool,
  force: bool,
  follow: bool,
  validate: text(),
  directory_mode: fileMode,
  ...ownership,
};

/**
 * `content` written to `args.dest` with the copy options in `args`; `args.src` names the source in
 * the result and the diff, and gives the file's name when `dest` is a directory. The result's
 * `invocation` holds those options, as Ansible's holds the arguments of the copy module its
 * `template` and `assemble` actions run.
 */
export async function writeContent(ctx: ActionContext, content: Buffer, args: Record<string, unknown>): Promise<ModuleResult> {
  const result = await runModuleFor(ctx, { module: 'copy' }, { ...args, _castoff_content: content.toString('base64') });
  return { ...result, invocation: result.invocation ?? { module_args: args } };
}
