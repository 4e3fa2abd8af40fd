/**
 * A command as a process: its exit code, never an unhandled rejection, never a hang. Light on
 * purpose, as every command starts here: the error reporting loads only for an error to report.
 */
import { EXIT } from './exit-codes.js';

/**
 * A command's work closes every socket and clears its timers, so the process ends on its own;
 * should anything still hold the event loop, the command leaves anyway shortly after: an unattended
 * run (cron, CI) must never hang once its result is printed.
 */
const EXIT_GRACE_MS = 1000;

/**
 * A reader that goes away (`castoff-playbook site.yml | head`) closes the pipe: what is left to print
 * is dropped and the run goes on to its end, so nothing it started on a host is left half done.
 * Any other write error is a fault of its own.
 */
function dropOutputAfterClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
}

/** The process entry of a command: its exit code, never an unhandled rejection. */
export function runCli(main: (argv: string[]) => Promise<number>): void {
  dropOutputAfterClosedPipe(process.stdout);
  dropOutputAfterClosedPipe(process.stderr);
  const leave = (code: number) => {
    process.exitCode = code;
    setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
  };
  const report = async (err: unknown) => {
    const { exitCodeForError } = await import('./common.js');
    leave(exitCodeForError(err, 0));
  };
  main(process.argv)
    .then(leave, report)
    .catch((err: unknown) => {
      // Reached only when the error reporting itself could not load.
      process.stderr.write(`ERROR! Unexpected Exception, this is probably a bug: ${String(err)}\n`);
      leave(EXIT.internal);
    });
}
