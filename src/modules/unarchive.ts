/**
 * `unarchive`: the controller part Ansible's unarchive action plugin plays, around Ansible's
 * installed unarchive module (castoff ships no module of its own under Ansible's name). A local
 * `src` (Ansible's default) is uploaded to a private temp file on the host, as the user the task
 * runs as, the module unpacks it from there, and the temp file is removed; with `remote_src` the
 * module runs on the host's file (or URL) directly. Check mode and diff are the module's own.
 * No `asyncPayload`: Ansible refuses async for unarchive before anything runs.
 */
import { readFile } from 'node:fs/promises';
import type { ModuleResult } from '../core/index.js';
import { ansibleModule } from './ansible/module.js';
import { isTrue, textArg } from './args.js';
import { hostModule } from './define.js';
import { findLocalFile, localCandidates, notFoundSearchedMessage, REMOTE_SRC_HINT, searchDirsOf } from './local-files.js';
import { privateTempFile } from './private-temp.js';
import { hostTest, remotePath } from './remote-path.js';
import { execOptions, type ActionContext } from './types.js';

const fail = (msg: string): ModuleResult => ({ failed: true, changed: false, msg });

/** Shell text that stores stdin in a new private file under `~/.castoff/tmp` and prints its path. */
const UPLOAD = [
  'umask 077',
  ...privateTempFile('unarchive'),
  `cat > "$f" || { rm -f "$f"; exit 1; }`,
  `printf '%s' "$f"`,
].join('\n');

async function upload(ctx: ActionContext, data: Buffer): Promise<string | ModuleResult> {
  const r = await ctx.connection.exec(UPLOAD, { stdin: data, ...execOptions(ctx) });
  const path = r.stdout.toString().trim();
  if (r.rc !== 0 || !path.startsWith('/')) return fail(`could not upload the archive to the host: ${r.stderr.toString().trim() || `rc ${r.rc}`}`);
  return path;
}

/** `copy` is the old, inverted name of `remote_src`; Ansible rejects both together. */
function remoteSource(args: Record<string, unknown>): { remote: boolean; args: Record<string, unknown> } | { error: ModuleResult } {
  if (!('copy' in args)) return { remote: isTrue(args.remote_src), args };
  if ('remote_src' in args) return { error: fail("parameters are mutually exclusive: ('copy', 'remote_src')") };
  const { copy, ...rest } = args;
  const remote = !isTrue(copy);
  return { remote, args: { ...rest, remote_src: remote } };
}

async function unarchive(ctx: ActionContext): Promise<ModuleResult> {
  const source = remoteSource(ctx.args);
  if ('error' in source) return source.error;
  // `decrypt` is for the controller's (vault) copy only; the module does not know it.
  const { decrypt: _decrypt, ...args } = source.args;
  const src = textArg(args, 'src');
  const dest = textArg(args, 'dest');
  if (!src || !dest) return fail('src (or content) and dest are required');
  const creates = textArg(args, 'creates');
  if (creates && (await hostTest(ctx, '-e', creates))) return { changed: false, skipped: true, msg: `skipped, since ${creates} exists` };

  const local = source.remote ? undefined : findLocalFile(searchDirsOf(ctx), src);
  if (!source.remote && !local) return fail(`${notFoundSearchedMessage(src, localCandidates(searchDirsOf(ctx), src))}\n${REMOTE_SRC_HINT}`);
  if (!(await hostTest(ctx, '-d', dest))) return fail(`dest '${dest}' must be an existing dir`);
  // The loader found it; a task built without the loader may lack it.
  if (!ctx.installed) return fail("unarchive runs Ansible's unarchive module, which was not looked up for this task");
  const module = ansibleModule(ctx.installed);
  if (!local) return module.run({ ...ctx, args });

  const uploaded = await upload(ctx, await readFile(local));
  if (typeof uploaded !== 'string') return uploaded;
  try {
    return await module.run({ ...ctx, args: { ...args, src: uploaded } });
  } finally {
    // Removed even when the task was aborted: the abort signal would stop this exec too.
    await ctx.connection.exec(`rm -f ${remotePath(uploaded)}`, { ...execOptions(ctx), signal: new AbortController().signal }).catch(() => undefined);
  }
}

export const unarchiveModule = hostModule({
  name: 'unarchive',
  display: 'default',
  controllerOnly: false,
  supportsCheckMode: true,
  // Ansible's module checks its own arguments on the host, with its own messages.
  args: { type: 'object' },
  runsInstalled: 'unarchive',
  run: unarchive,
});
