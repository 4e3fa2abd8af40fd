/**
 * `castoff serve`: the server in the foreground until Ctrl-C or SIGTERM, which stop its runs as
 * Stop does and close the database. The first start prints the API token once.
 */
import { Command } from 'commander';
import { homedir } from 'node:os';
import { join, resolve, basename } from 'node:path';
import { ConfigError } from '../index.js';
import { isPostgres, startServer } from '../server/serve.js';
import { exitCodeForError } from './common.js';
import { EXIT } from './exit-codes.js';
import { parseSubcommandArgs, positiveInt } from './options.js';

interface ServeCliOptions {
  host: string;
  port: number;
  allowRemote?: boolean;
  db?: string;
  tokenFile?: string;
  project: string[];
  maxRuns: number;
  retentionDays?: number;
  retentionRows?: number;
  sliceSize?: number;
}

const collect = (value: string, previous: string[]) => [...previous, value];

const port = (value: string) => (value === '0' ? 0 : positiveInt('--port')(value));

function program(): Command {
  return new Command('castoff serve')
    .description('run castoff as a service: a REST API and a web page to start, follow and stop runs')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', port, 8080)
    .option('--allow-remote', 'allow listening on an address other than loopback')
    .option('--db <file-or-url>', 'the SQLite database file (default: $CASTOFF_HOME/castoff.db), or postgres://user@host/db')
    .option('--token-file <file>', 'read the API token from this file; written with a new token when it does not exist')
    .option('--project <name=dir>', 'a project: a directory with playbooks and inventories (repeatable; default: the current directory)', collect, [])
    .option('--max-runs <n>', 'runs at once; more wait as queued', positiveInt('--max-runs'), 4)
    .option('--retention-days <n>', 'drop the events of runs that ended more than this many days ago', positiveInt('--retention-days'))
    .option('--retention-rows <n>', 'keep at most this many events in all, dropping the oldest runs first', positiveInt('--retention-rows'))
    .option('--slice-size <n>', 'split each run into slices of this many hosts, run by castoff worker processes (needs --db postgres://...)', positiveInt('--slice-size'))
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

export function projectsOf(specs: string[]): Map<string, string> {
  const projects = new Map<string, string>();
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const [name, dir] = eq > 0 ? [spec.slice(0, eq), spec.slice(eq + 1)] : [basename(resolve(spec)), spec];
    if (projects.has(name)) throw new ConfigError(`--project ${spec}: a project named '${name}' is already given`);
    projects.set(name, resolve(dir));
  }
  return projects;
}

/** Resolves at the first Ctrl-C or SIGTERM, saying `message` on stderr. */
export function untilStopped(message: string): Promise<void> {
  return new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stderr.write(`${message}\n`);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function runServeCommand(argv: string[]): Promise<number> {
  const cmd = program();
  const stopped = parseSubcommandArgs(cmd, argv);
  if (stopped !== undefined) return stopped;
  const opts = cmd.opts<ServeCliOptions>();
  try {
    const server = await startServer({
      host: opts.host,
      port: opts.port,
      allowRemote: opts.allowRemote,
      db: opts.db && (isPostgres(opts.db) ? opts.db : resolve(opts.db)),
      home: process.env.CASTOFF_HOME ?? join(homedir(), '.castoff'),
      projects: projectsOf(opts.project),
      tokenFile: opts.tokenFile,
      maxRuns: opts.maxRuns,
      retentionDays: opts.retentionDays,
      retentionRows: opts.retentionRows,
      sliceSize: opts.sliceSize,
      onWarning: (message) => process.stderr.write(`castoff serve: ${message}\n`),
    });
    if (server.tokens.created) {
      process.stdout.write(`castoff serve: your API token (shown once; keep it, it is stored only hashed):\n${server.tokens.created}\n`);
    } else if (server.tokens.writtenTo) process.stdout.write(`castoff serve: a new API token is in ${server.tokens.writtenTo}\n`);
    process.stdout.write(`castoff serve: listening on ${server.url}\n`);
    await untilStopped('castoff serve: stopping: stopping the runs in progress');
    await server.close();
    return EXIT.ok;
  } catch (err) {
    return exitCodeForError(err, 0);
  }
}
