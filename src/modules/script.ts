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
import { privateTempFile } from './private-temp.js';
import { hostTest, remotePath } from './remote-path.js';
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


function scriptProgram(ctx: ActionContext, rest: string): string {
  const executable = textArg(ctx.args, 'executable');
  const chdir = textArg(ctx.args, 'chdir');
  const invocation = `${executable ? `${shellQuote(executable)} ` : ''}"$f"${rest ? ` ${rest}` : ''}`;
  return [
    // The temp file is private (umask 077); the script itself then runs with the usual umask.
    'u=$(umask); umask 077',
    ...privateTempFile('script'),
    `trap 'rm -f "$f"' EXIT`,
    `trap 'exit 143' HUP INT TERM`,
    'cat > "$f" && chmod 700 "$f" || exit 1',
    'umask "$u"',
    ...(chdir ? [`cd ${remotePath(chdir)} || exit 1`] : []),
    invocation,
  ].join('\n');
}

async function skipReason(ctx: ActionContext): Promise<string | undefined> {
  const creates = textArg(ctx.args, 'creates');
  if (creates && (await hostTest(ctx, '-e', creates))) return `${creates} exists, matching creates option`;
  const removes = textArg(ctx.args, 'removes');
  if (removes && !(await hostTest(ctx, '-e', removes))) return `${removes} does not exist, matching removes option`;
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
