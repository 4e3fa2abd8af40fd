/**
 * `copy`: a local file (`src`) or `content` to `dest` on the host, through writeContent (one exec
 * as the task's user, an atomic write only when the sha1 differs); `remote_src` copies on the host.
 */
import { stat } from 'node:fs/promises';
import type { ModuleResult } from '../core/index.js';
import { anything, bool, objectOf, text } from '../source/schema-values.js';
import { path } from './arg-specs.js';
import { writeContent, writeOptions } from './copy-content.js';
import { isTrue, textArg } from './args.js';
import { hostModule } from './define.js';
import { findLocalFile, notFoundMessage, REMOTE_SRC_HINT, searchDirsOf } from './local-files.js';
import { runModuleFor } from './module-action.js';
import type { ActionContext } from './types.js';
import { readLocalFile } from './vaulted-file.js';

/** What `content:` writes: text as is, anything else (a mapping, a list, a number) as JSON, as Ansible. */
function contentBytes(content: unknown): Buffer {
  return Buffer.from(typeof content === 'string' ? content : JSON.stringify(content));
}

async function localSource(ctx: ActionContext, src: string, decrypt: boolean): Promise<Buffer | ModuleResult> {
  const local = findLocalFile(searchDirsOf(ctx), src);
  if (!local) {
    return {
      failed: true,
      changed: false,
      msg: `${notFoundMessage(src)}\n${REMOTE_SRC_HINT}`,
    };
  }
  if ((await stat(local)).isDirectory()) {
    return { failed: true, changed: false, msg: `copying a directory is not supported by castoff: ${src}` };
  }
  const data = await readLocalFile(local, ctx.vault, decrypt);
  return Buffer.isBuffer(data) ? data : { failed: true, changed: false, msg: data.error };
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
      remote_src: bool,
      local_follow: bool,
      checksum: text(),
      decrypt: bool,
      ...writeOptions,
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
    const data = content !== undefined ? contentBytes(content) : await localSource(ctx, src ?? '', args.decrypt === undefined || isTrue(args.decrypt));
    if (!Buffer.isBuffer(data)) return data;
    return writeContent(ctx, data, args);
  },
});
