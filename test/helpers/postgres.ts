/**
 * A throwaway PostgreSQL server from the machine's own packages (scripts/setup.sh installs Debian's
 * `postgresql`): initdb in a temp directory, listening on 127.0.0.1 on a free port, trust
 * authentication for the test user, stopped and removed at the end. PostgreSQL refuses to run as
 * root, so as root it runs as the `postgres` account the package creates.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** A URL to a new, empty database on the server. */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(root, v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  if (!found) throw new Error('PostgreSQL is not installed (scripts/setup.sh installs Debian\'s postgresql)');
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'castoff-pg-'));
  const asRoot = userInfo().uid === 0;
  const run = (tool: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, tool), asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args, { stdio: 'pipe', cwd: '/' });
  if (asRoot) {
    const { uid, gid } = JSON.parse(execFileSync('python3', ['-c', 'import pwd,json;p=pwd.getpwnam("postgres");print(json.dumps({"uid":p.pw_uid,"gid":p.pw_gid}))']).toString()) as { uid: number; gid: number };
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'castoff', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '120', '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off`, 'start']);
  const admin = `postgres://castoff@127.0.0.1:${port}/postgres`;
  let count = 0;
  return {
    async newDatabase() {
      const name = `castoff_test_${++count}`;
      const client = new pg.Client(admin);
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://castoff@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
