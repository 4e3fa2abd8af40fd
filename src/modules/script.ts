/**
 * `script`: a local script shipped to the host and run there, no Python needed. One exec does it
 * all: the script arrives on stdin, is written by the user that runs it (the become user, so no
 * ownership handover) into a private temp file under `~/.castoff/tmp`, runs, and is removed even
 * when the task is aborted.
 */
import { readFile } from 'node:fs/promises';
import type { ModuleResult } from '../core/index.js';
import { shellQuote } from '../connection/index.js';
import { textArg } from './args.js';
import { commandOutputResult } from './exec-result.js';
import { findLocalFile, notFoundMessage, searchDirsOf } from './local-files.js';
import { remotePath } from './remote-path.js';
import { bool, objectOf, text } from '../source/schema-values.js';
import { commandOptions } from './arg-specs.js';
import { hostModule } from './define.js';
import { execOptions, type ActionContext } from './types.js';

/**
 * The script's path (the first word, maybe quoted) and the rest of the line kept as written, so the
 * host's shell reads the arguments with the user's own quoting.
 */
export function splitScriptLine(line: string): { path: string; rest: string } {
  const match = /^(?:'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+))([\s\S]*)$/.exec(line.trim());
  if (!match) return { path: '', rest: '' };
  const path = match[1] ?? match[2]?.replace(/\\(.)/g, '$1') ?? match[3];
  return { path, rest: match[4].trim() };
}

/**
 * Shell text for `private_dir <path>`: the rule Python payloads follow (remote/modules/
 * _castoff_private_dir.py) for hosts without Python. The directory is made 0700 when missing, and
 * refused when it is a symlink, belongs to another user or may be written by group or others, so
 * that nobody else can swap the script between its upload and its run.
 */
export const PRIVATE_DIR = [
  'private_dir() {',
  `  if [ -L "$1" ]; then echo "castoff's directory $1 is a symbolic link, which castoff does not follow" >&2; return 1; fi`,
  '  [ -d "$1" ] || mkdir -m 700 "$1" || return 1',
  '  set -- "$1" $(ls -ldn "$1")',
  `  if [ "$4" != "$(id -u)" ]; then echo "castoff's directory $1 belongs to $(id -nu "$4" 2>/dev/null || echo "uid $4"), not to $(id -nu), the user the job runs as" >&2; return 1; fi`,
  `  case "$2" in ?????w*|????????w*) echo "castoff's directory $1 is writable by group or others ($2); castoff keeps job files only where no other user can change them" >&2; return 1;; esac`,
  '}',
].join('\n');

function scriptProgram(ctx: ActionContext, rest: string): string {
  const executable = textArg(ctx.args, 'executable');
  const chdir = textArg(ctx.args, 'chdir');
  const invocation = `${executable ? `${shellQuote(executable)} ` : ''}"$f"${rest ? ` ${rest}` : ''}`;
  return [
    // The temp file is private (umask 077); the script itself then runs with the usual umask.
    'u=$(umask); umask 077',
    PRIVATE_DIR,
    'd="$HOME/.castoff/tmp"',
    'private_dir "$HOME/.castoff" && private_dir "$d" && f=$(mktemp "$d/script.XXXXXXXXXX") || exit 1',
    `trap 'rm -f "$f"' EXIT`,
    `trap 'exit 143' HUP INT TERM`,
    'cat > "$f" && chmod 700 "$f" || exit 1',
    'umask "$u"',
    ...(chdir ? [`cd ${remotePath(chdir)} || exit 1`] : []),
    invocation,
  ].join('\n');
}

async function remoteExists(ctx: ActionContext, path: string): Promise<boolean> {
  const r = await ctx.connection.exec(`test -e ${remotePath(path)}`, execOptions(ctx));
  return r.rc === 0;
}

async function skipReason(ctx: ActionContext): Promise<string | undefined> {
  const creates = textArg(ctx.args, 'creates');
  if (creates && (await remoteExists(ctx, creates))) return `${creates} exists, matching creates option`;
  const removes = textArg(ctx.args, 'removes');
  if (removes && !(await remoteExists(ctx, removes))) return `${removes} does not exist, matching removes option`;
  return undefined;
}

export const scriptModule = hostModule({
  name: 'script',
  display: 'command',
  controllerOnly: false,
  supportsCheckMode: false,
  freeForm: true,
  freeFormOptions: ['creates', 'removes', 'chdir', 'executable'],
  args: objectOf({ _raw_params: text('a script path and its arguments'), cmd: text(), decrypt: bool, ...commandOptions }),
  requiredOneOf: [['_raw_params', 'cmd']],
  mutuallyExclusive: [['_raw_params', 'cmd']],
  async run(ctx): Promise<ModuleResult> {
    const { path, rest } = splitScriptLine(textArg(ctx.args, '_raw_params') ?? textArg(ctx.args, 'cmd') ?? '');
    if (!path) return { failed: true, changed: false, msg: 'script requires a path to the script, e.g. script: files/setup.sh' };
    const local = findLocalFile(searchDirsOf(ctx), path);
    if (!local) return { failed: true, changed: false, msg: notFoundMessage(path) };
    const skipped = await skipReason(ctx);
    if (skipped) return { changed: false, skipped: true, msg: skipped };
    const r = await ctx.connection.exec(scriptProgram(ctx, rest), { stdin: await readFile(local), ...execOptions(ctx), env: ctx.environment });
    return commandOutputResult(r);
  },
});
