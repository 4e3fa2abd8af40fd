/**
 * `castoff worker --db postgres://...`: runs slices of the runs a `castoff serve --slice-size N`
 * splits, on this machine, until Ctrl-C or SIGTERM (which stop its slices as Stop does).
 */
import { Command } from 'commander';
import { startWorker } from '../server/work.js';
import { exitCodeForError } from './common.js';
import { EXIT } from './exit-codes.js';
import { parseSubcommandArgs, positiveInt } from './options.js';
import { projectsOf, untilStopped } from './serve-command.js';

interface WorkerCliOptions {
  db: string;
  project: string[];
  slicesAtOnce: number;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function program(): Command {
  return new Command('castoff worker')
    .description('run slices of the runs a castoff server splits among workers')
    .requiredOption('--db <url>', "the server's PostgreSQL database, postgres://user@host/db")
    .option('--project <name=dir>', "a project as the server names it, and its directory here (repeatable; default: the current directory)", collect, [])
    .option('--slices-at-once <n>', 'slices this worker runs at once', positiveInt('--slices-at-once'), 1)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

export async function runWorkerCommand(argv: string[]): Promise<number> {
  const cmd = program();
  const stopped = parseSubcommandArgs(cmd, argv);
  if (stopped !== undefined) return stopped;
  const opts = cmd.opts<WorkerCliOptions>();
  try {
    const projects = projectsOf(opts.project.length > 0 ? opts.project : [process.cwd()]);
    const worker = await startWorker({
      db: opts.db,
      projects,
      slicesAtOnce: opts.slicesAtOnce,
      onWarning: (message) => process.stderr.write(`castoff worker: ${message}\n`),
    });
    process.stdout.write(`castoff worker: ${worker.owner} is taking slices\n`);
    await untilStopped('castoff worker: stopping: stopping the slices in progress');
    await worker.close();
    return EXIT.ok;
  } catch (err) {
    return exitCodeForError(err, 0);
  }
}
