/** Paths on the host as shell words, and the shell's `test` of one. */
import { shellQuote } from '../connection/index.js';
import { execOptions, type ActionContext } from './types.js';

/** A remote path for the shell: quoted, with a leading `~` left for the shell to expand. */
export function remotePath(path: string): string {
  if (path === '~') return '"$HOME"';
  if (path.startsWith('~/')) return `"$HOME"/${shellQuote(path.slice(2))}`;
  return shellQuote(path);
}

/** `test <flag> <path>` on the host, as the task's user: `-e` exists, `-d` is a directory, ... */
export async function hostTest(ctx: ActionContext, flag: string, path: string): Promise<boolean> {
  return (await ctx.connection.exec(`test ${flag} ${remotePath(path)}`, execOptions(ctx))).rc === 0;
}
