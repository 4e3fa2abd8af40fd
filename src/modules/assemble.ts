/**
 * `assemble`: the files of a folder joined into one (assemble-fragments.ts), then written to the
 * host through the copy module's write path, with its mode, owner, backup, validate and diff. The
 * folder is on the host by default (`remote_src: true`, as Ansible): one exec as the task's user
 * lists it with every file's bytes; with `remote_src: false` it is on the controller.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ModuleResult } from '../core/index.js';
import { bool, objectOf, text } from '../source/schema-values.js';
import { path } from './arg-specs.js';
import { isTrue, textArg } from './args.js';
import { assembleFragments, parseFragmentListing, type Fragment } from './assemble-fragments.js';
import { writeContent, writeOptions } from './copy-content.js';
import { hostModule } from './define.js';
import { findLocalFile, searchDirsOf } from './local-files.js';
import { MAX_FETCH_BYTES } from './fetch.js';
import { remotePath } from './remote-path.js';
import { execOptions, type ActionContext } from './types.js';

const MISSING = 66;
const NOT_DIRECTORY = 65;

function listingProgram(src: string): string {
  const d = remotePath(src);
  return [
    `[ -e ${d} ] || exit ${MISSING}`,
    `[ -d ${d} ] || exit ${NOT_DIRECTORY}`,
    `for f in ${d}/* ${d}/.[!.]* ${d}/..?*; do`,
    '  [ -f "$f" ] || continue',
    '  n=$(wc -c < "$f") || exit 1',
    `  printf '%s/%s/' "\${f##*/}" $n`,
    '  cat "$f" || exit 1',
    'done',
  ].join('\n');
}

async function remoteFragments(ctx: ActionContext, src: string): Promise<Fragment[] | ModuleResult> {
  const r = await ctx.connection.exec(listingProgram(src), { ...execOptions(ctx), outputLimit: MAX_FETCH_BYTES });
  if (r.rc === MISSING) return { failed: true, changed: false, msg: `Source (${src}) does not exist` };
  if (r.rc === NOT_DIRECTORY) return { failed: true, changed: false, msg: `Source (${src}) is not a directory` };
  if (r.rc !== 0) return { failed: true, changed: false, msg: `could not read the fragments in ${src} (rc ${r.rc}): ${r.stderr.toString().trim()}` };
  if (r.truncated?.stdout) return { failed: true, changed: false, msg: `the fragments in ${src} add up to more than the ${MAX_FETCH_BYTES} bytes castoff assembles` };
  return parseFragmentListing(r.stdout) ?? { failed: true, changed: false, msg: `could not read the fragments in ${src}: the host's listing is malformed` };
}

async function localFragments(ctx: ActionContext, src: string): Promise<Fragment[] | ModuleResult> {
  const found = findLocalFile(searchDirsOf(ctx), src);
  if (!found) return { failed: true, changed: false, msg: `Source (${src}) does not exist` };
  const dir = resolve(found);
  if (!(await stat(dir)).isDirectory()) return { failed: true, changed: false, msg: `Source (${src}) is not a directory` };
  const fragments: Fragment[] = [];
  for (const name of await readdir(dir)) {
    const file = join(dir, name);
    // As os.path.isfile: a symlink to a file counts.
    if (!(await stat(file).catch(() => undefined))?.isFile()) continue;
    fragments.push({ name, content: await readFile(file) });
  }
  return fragments;
}

export const assembleModule = hostModule({
  name: 'assemble',
  display: 'default',
  controllerOnly: false,
  supportsCheckMode: false,
  args: objectOf({ src: path, delimiter: text(), regexp: text(), ignore_hidden: bool, remote_src: bool, decrypt: bool, ...writeOptions }, ['src', 'dest']),
  async run(ctx) {
    const src = textArg(ctx.args, 'src');
    const dest = textArg(ctx.args, 'dest');
    if (!src || !dest) return { failed: true, changed: false, msg: 'src and dest are required' };
    const pattern = textArg(ctx.args, 'regexp');
    let regexp: RegExp | undefined;
    try {
      regexp = pattern === undefined ? undefined : new RegExp(pattern);
    } catch (err) {
      return { failed: true, changed: false, msg: `Invalid Regular Expression: ${pattern}: ${(err as Error).message}` };
    }
    const remote = ctx.args.remote_src === undefined || isTrue(ctx.args.remote_src);
    const fragments = remote ? await remoteFragments(ctx, src) : await localFragments(ctx, src);
    if (!Array.isArray(fragments)) return fragments;
    const content = assembleFragments(fragments, { delimiter: textArg(ctx.args, 'delimiter'), regexp, ignoreHidden: isTrue(ctx.args.ignore_hidden) });
    const copyArgs = Object.fromEntries(Object.entries(ctx.args).filter(([name]) => name in writeOptions));
    const { diff, ...result } = await writeContent(ctx, content, { ...copyArgs, dest });
    if (result.failed) return result;
    // Ansible's assemble shows a diff only when there is one.
    return { ...result, ...(Array.isArray(diff) && diff.length > 0 ? { diff } : {}), src, msg: 'OK' };
  },
});
