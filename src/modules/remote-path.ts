/** Paths on the host as shell words. */
import { shellQuote } from '../connection/index.js';

/** A remote path for the shell: quoted, with a leading `~` left for the shell to expand. */
export function remotePath(path: string): string {
  if (path === '~') return '"$HOME"';
  if (path.startsWith('~/')) return `"$HOME"/${shellQuote(path.slice(2))}`;
  return shellQuote(path);
}
