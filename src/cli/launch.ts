/**
 * What the installed commands run first: `--version` as the first argument is answered here, from
 * a few small files, before the command itself (and with it all of castoff) is loaded. Any other
 * `--version` reaches commander, which prints the same text.
 */
import { versionText } from './version.js';

export async function launch(command: string, load: () => Promise<unknown>): Promise<void> {
  if (process.argv[2] === '--version') {
    process.stdout.write(`${versionText(command)}\n`);
    return;
  }
  await load();
}
