/**
 * `copy`: a local file (`src`) or `content` to `dest` on the host. The content travels base64 in
 * the module's arguments, i.e. on the exec's stdin: one exec per copy, written by the user the task
 * runs as (a become user included, where an SFTP upload would belong to the login user), and
 * copy_module.py writes it atomically only when its sha1 differs. Fit for files up to a few MB.
 */
import { stat, readFile } from 'node:fs/promises';
import type { ModuleResult } from '../core/index.js';
import { anything, bool, objectOf, text } from '../source/schema-values.js';
import { fileMode, ownership, path } from './arg-specs.js';
import { isTrue, textArg } from './args.js';
import { hostModule } from './define.js';
import { findLocalFile, notFoundMessage } from './local-files.js';
import { runModuleFor } from './module-action.js';
import type { ActionContext } from './types.js';

/** What `content:` writes: text as is, anything else (a mapping, a list, a number) as JSON, as Ansible. */
function contentBytes(content: unknown): Buffer {
  return Buffer.from(typeof content === 'string' ? content : JSON.stringify(content));
}

async function localSource(ctx: ActionContext, src: string): Promise<Buffer | ModuleResult> {
  const local = findLocalFile(ctx.baseDir, src);
  if (!local) {
    return {
      failed: true,
      changed: false,
      msg: `${notFoundMessage(src)}\nIf you are using a module and expect the file to exist on the remote, see the remote_src option`,
    };
  }
  if ((await stat(local)).isDirectory()) {
    return { failed: true, changed: false, msg: `copying a directory is not supported by castoff: ${src}` };
  }
  return readFile(local);
}

export const copyModule = hostModule({
  name: 'copy',
  display: 'default',
  controllerOnly: false,
  supportsCheckMode: true,
  args: objectOf(
    {
      src: path,
      content: anything,
      dest: path,
      backup: bool,
      force: bool,
      remote_src: bool,
      follow: bool,
      local_follow: bool,
      directory_mode: fileMode,
      validate: text(),
      checksum: text(),
      decrypt: bool,
      ...ownership,
    },
    ['dest'],
  ),
  requiredOneOf: [['src', 'content']],
  mutuallyExclusive: [['src', 'content']],
  async run(ctx) {
    const { content, ...args } = ctx.args;
    const src = textArg(args, 'src');
    if (content === undefined && isTrue(args.remote_src)) return runModuleFor(ctx, { module: 'copy' }, args);
    if (content === undefined && !src) return { failed: true, changed: false, msg: 'src (or content) is required' };
    const data = content !== undefined ? contentBytes(content) : await localSource(ctx, src ?? '');
    if (!Buffer.isBuffer(data)) return data;
    return runModuleFor(ctx, { module: 'copy' }, { ...args, _castoff_content: data.toString('base64') });
  },
});
