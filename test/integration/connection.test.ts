import { execFileSync, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SshConnection, shellQuote, stdoutText, stderrText } from '../../src/connection/index.js';
import { BecomeError, CancelledError, ConfigError, UnreachableError } from '../../src/core/errors.js';
import { eventually } from '../helpers/eventually.js';
import { startHosts, testKeys, type TestHost, type TestHosts } from '../helpers/hosts.js';
import { ed25519KeyPair } from '../helpers/ssh-keys.js';

let fleet: TestHosts;
let h1: TestHost;
let h2: TestHost;
const opened: SshConnection[] = [];

function connect(host: TestHost, overrides: Parameters<TestHost['connectOptions']>[0] = {}): SshConnection {
  const conn = new SshConnection(host.connectOptions(overrides));
  opened.push(conn);
  return conn;
}

async function expectUnreachable(promise: Promise<unknown>): Promise<UnreachableError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UnreachableError);
  return err as UnreachableError;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

beforeAll(async () => {
  fleet = await startHosts(2, { prefix: 'conn' });
  [h1, h2] = fleet.hosts;
});

afterAll(async () => {
  await Promise.allSettled(opened.map((c) => c.close()));
  await fleet?.stop();
});

describe('exec', () => {
  it('returns rc, stdout and stderr of a remote command as buffers', async () => {
    const conn = connect(h1);
    const r = await conn.exec('echo out; echo err >&2; exit 3');
    expect(r.rc).toBe(3);
    expect(Buffer.isBuffer(r.stdout)).toBe(true);
    expect(stdoutText(r)).toBe('out\n');
    expect(stderrText(r)).toBe('err\n');
  });

  it('passes arguments with quotes, $, backticks, spaces and newlines unchanged', async () => {
    const conn = connect(h1);
    const args = [`it's "quoted"`, '$HOME and ${PATH}', '`id`', 'two  spaces', 'line1\nline2', '', '*', '\\back\\slash', 'ünïcödé'];
    const r = await conn.exec(`printf '%s\\0' ${args.map(shellQuote).join(' ')}`);
    expect(r.rc).toBe(0);
    expect(stdoutText(r).split('\0').slice(0, -1)).toEqual(args);
  });

  it('feeds stdin and exports env variables inside the command line', async () => {
    const conn = connect(h1);
    const r = await conn.exec('cat; printf "%s" "$GREETING"', { stdin: 'from stdin\n', env: { GREETING: "hello 'world' $x" } });
    expect(stdoutText(r)).toBe("from stdin\nhello 'world' $x");
  });

  it('runs 50 concurrent commands on one connection, queueing beyond MaxSessions', async () => {
    const conn = connect(h1);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => conn.exec(`sleep 0.2; echo ${i}`)));
    expect(results.map((r) => stdoutText(r).trim())).toEqual(Array.from({ length: 50 }, (_, i) => String(i)));
    expect(results.every((r) => r.rc === 0)).toBe(true);
    expect(conn.stats.connects).toBe(1);
    const sshConnections = await h1.sh(`ss -tn state established '( sport = :22 )' | tail -n +2 | wc -l`);
    expect(Number(sshConnections.output.trim())).toBeGreaterThanOrEqual(1);
  });

  it('an AbortSignal stops the command and kills its remote process group', async () => {
    const conn = connect(h1);
    const ctl = new AbortController();
    const running = conn.exec('sleep 300 & sleep 301; wait');
    const aborted = conn.exec('sleep 77 & sleep 78; wait', { signal: ctl.signal });
    await new Promise((r) => setTimeout(r, 500));
    const { ms } = await timed(async () => {
      ctl.abort();
      await expect(aborted).rejects.toBeInstanceOf(CancelledError);
    });
    expect(ms).toBeLessThan(5000);
    expect(await eventually(async () => (await h1.sh('pgrep -f "^sleep 7[78]$" || true')).output.trim(), (left) => left === '')).toBe('');
    expect((await h1.sh('pgrep -f "^sleep 30[01]$" | wc -l')).output.trim()).toBe('2');
    await h1.sh('pkill -f "^sleep 30[01]$"');
    await running;
  });
});

describe('files over the shared SFTP channel', () => {
  it('puts, stats, gets and removes files with the requested modes', async () => {
    const conn = connect(h1);
    await conn.mkdirp('/tmp/castoff-files/a/b', 0o700);
    await conn.put('/tmp/castoff-files/a/b/small.txt', 'hello\n', 0o640);
    const big = Buffer.alloc(1024 * 1024 + 7, 'x');
    await conn.put('/tmp/castoff-files/a/b/big.bin', big);
    expect((await conn.get('/tmp/castoff-files/a/b/small.txt')).toString()).toBe('hello\n');
    expect((await conn.get('/tmp/castoff-files/a/b/big.bin')).equals(big)).toBe(true);
    expect(await conn.stat('/tmp/castoff-files/a/b/small.txt')).toMatchObject({ size: 6, mode: 0o640, isFile: true });
    expect(await conn.stat('/tmp/castoff-files/a')).toMatchObject({ isDirectory: true, mode: 0o700 });
    expect(await conn.stat('/tmp/castoff-files/missing')).toBeNull();
    expect((await h1.sh('stat -c %a /tmp/castoff-files/a/b/big.bin')).output.trim()).toBe('600');
    await conn.rmrf('/tmp/castoff-files');
    expect((await h1.sh('test -e /tmp/castoff-files; echo $?')).output.trim()).toBe('1');
  });

  it('puts a local file and overwrites an existing one', async () => {
    const conn = connect(h1);
    const local = join(testKeys().dir, 'payload.txt');
    writeFileSync(local, 'payload\n');
    await conn.put('/tmp/castoff-put.txt', 'old content that is longer\n', 0o644);
    await conn.put('/tmp/castoff-put.txt', { localPath: local }, 0o600);
    expect((await h1.sh('cat /tmp/castoff-put.txt; stat -c %a /tmp/castoff-put.txt')).output).toBe('payload\n600\n');
  });

  it('reports a missing remote file by host and path', async () => {
    const conn = connect(h1);
    await expect(conn.get('/nonexistent/file')).rejects.toThrow(/conn1: \/nonexistent\/file/);
  });
});

describe('ConnectTimeout and unreachable hosts', () => {
  it('a host that accepts TCP but never speaks SSH times out within the deadline', async () => {
    await h2.pause();
    try {
      const conn = connect(h2, { connectTimeoutMs: 2000 });
      const { value: err, ms } = await timed(() => expectUnreachable(conn.connect()));
      expect(err.reason).toBe('timed out');
      expect(err.message).toContain(`conn2 port ${h2.port}`);
      expect(ms).toBeGreaterThanOrEqual(1900);
      // Bounded by the 2 s deadline; the slack is for a loaded machine.
      expect(ms).toBeLessThan(8000);
    } finally {
      await h2.unpause();
    }
  });

  it('a port with nothing listening is refused at once', async () => {
    const server: Server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    await new Promise((r) => server.close(r));
    const conn = new SshConnection({ host: 'nobody', address: '127.0.0.1', port, connectTimeoutMs: 2000 });
    const { value: err, ms } = await timed(() => expectUnreachable(conn.connect()));
    expect(err.reason).toBe('connection refused');
    expect(err.message).toContain(`nobody port ${port}: connection refused`);
    expect(ms).toBeLessThan(5000);
  });

  it('a host whose firewall drops packets times out during TCP connect', async () => {
    await h2.cutNetwork();
    try {
      const conn = connect(h2, { address: h2.internalAddress, port: 22, connectTimeoutMs: 2000 });
      const { value: err, ms } = await timed(() => expectUnreachable(conn.connect()));
      expect(err.reason).toBe('timed out');
      expect(err.message).toContain('during TCP connect');
      expect(ms).toBeLessThan(8000);
    } finally {
      await h2.restoreNetwork();
    }
  });

  it('keepalive notices a peer that went silent mid-command', async () => {
    const conn = connect(h2, { keepaliveIntervalMs: 300, keepaliveCountMax: 2 });
    await conn.connect();
    const running = conn.exec('sleep 60');
    await new Promise((r) => setTimeout(r, 300));
    await h2.cutNetwork();
    try {
      const { value: err, ms } = await timed(() => expectUnreachable(running));
      expect(err.reason).toBe('connection lost');
      // 2 x 300 ms keepalives, far below the 60 s command; the slack is for a loaded machine.
      expect(ms).toBeLessThan(15_000);
    } finally {
      await h2.restoreNetwork();
      await h2.sh('pkill -x sleep || true');
    }
  });

  it('reconnects on the next operation after sshd was restarted', async () => {
    const conn = connect(h2);
    expect(stdoutText(await conn.exec('echo first'))).toBe('first\n');
    await h2.stopSshd();
    await h2.startSshd();
    await new Promise((r) => setTimeout(r, 200));
    expect(stdoutText(await conn.exec('echo second'))).toBe('second\n');
    expect(conn.stats.connects).toBe(2);
  });
});

describe('authentication', () => {
  it('uses a passphrase-protected key file', async () => {
    const conn = connect(h1, { privateKeyFile: testKeys().encryptedKeyFile, passphrase: testKeys().passphrase });
    expect(stdoutText(await conn.exec('whoami'))).toBe('root\n');
  });

  it('names the key file when it is missing, a directory, or needs a passphrase', async () => {
    await expect(connect(h1, { privateKeyFile: '/no/such/key' }).connect()).rejects.toThrow(
      new ConfigError('private key file /no/such/key does not exist'),
    );
    await expect(connect(h1, { privateKeyFile: testKeys().dir }).connect()).rejects.toThrow(
      new ConfigError(`private key file ${testKeys().dir} is a directory, not a key`),
    );
    await expect(connect(h1, { privateKeyFile: testKeys().encryptedKeyFile }).connect()).rejects.toThrow(
      new ConfigError(`private key file ${testKeys().encryptedKeyFile} is encrypted and no passphrase was given`),
    );
    await expect(connect(h1, { privateKeyFile: testKeys().encryptedKeyFile, passphrase: 'wrong' }).connect()).rejects.toBeInstanceOf(ConfigError);
  });

  it('refuses a key the host does not accept with "authentication failed"', async () => {
    const stranger = ed25519KeyPair();
    const err = await expectUnreachable(connect(h1, { privateKeyFile: undefined, privateKey: stranger.private }).connect());
    expect(err.reason).toBe('authentication failed');
  });

  it('logs in with a password', async () => {
    const conn = connect(h1, { user: 'asker', privateKeyFile: undefined, password: 'asker-password' });
    expect(stdoutText(await conn.exec('whoami'))).toBe('asker\n');
  });

  it('logs in through ssh-agent (SSH_AUTH_SOCK)', async () => {
    const sock = join(testKeys().dir, `agent-${process.pid}.sock`);
    const agent = spawn('ssh-agent', ['-D', '-a', sock], { stdio: 'ignore' });
    try {
      for (let i = 0; i < 50; i++) {
        try {
          readFileSync(sock);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') break;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      execFileSync('ssh-add', [testKeys().keyFile], { env: { ...process.env, SSH_AUTH_SOCK: sock }, stdio: 'ignore' });
      const conn = connect(h1, { privateKeyFile: undefined, agent: sock });
      expect(stdoutText(await conn.exec('whoami'))).toBe('root\n');
    } finally {
      agent.kill();
    }
  });
});

describe('host keys', () => {
  it('refuses a host whose key differs from known_hosts', async () => {
    const other = ed25519KeyPair().public.split(' ').slice(0, 2).join(' ');
    const file = join(testKeys().dir, 'known_hosts_mismatch');
    writeFileSync(file, `[127.0.0.1]:${h1.port} ${other}\n`);
    const err = await expectUnreachable(connect(h1, { knownHostsFile: file }).connect());
    expect(err.reason).toBe('host key mismatch');
    for (const mode of ['strict', 'accept-new'] as const) {
      expect((await expectUnreachable(connect(h1, { knownHostsFile: file, hostKeyChecking: mode }).connect())).reason).toBe('host key mismatch');
    }
  });

  it('strict refuses an unknown host; accept-new records it; off skips the check', async () => {
    const dir = join(testKeys().dir, 'kh');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'known_hosts');
    expect((await expectUnreachable(connect(h1, { knownHostsFile: file }).connect())).reason).toBe('host key unknown');
    await connect(h1, { knownHostsFile: file, hostKeyChecking: 'accept-new' }).connect();
    expect(readFileSync(file, 'utf8')).toBe(`[127.0.0.1]:${h1.port} ${testKeys().hostPublicKey.split(' ').slice(0, 2).join(' ')}\n`);
    await connect(h1, { knownHostsFile: file, hostKeyChecking: 'strict' }).connect();
    await connect(h1, { knownHostsFile: join(dir, 'nothing'), hostKeyChecking: 'off' }).connect();
  });
});

describe('jump host', () => {
  const bothHosts = () => {
    const file = join(testKeys().dir, 'known_hosts_both');
    writeFileSync(file, readFileSync(h1.knownHostsFile, 'utf8') + readFileSync(h2.knownHostsFile, 'utf8'));
    return file;
  };

  it('reaches a host through a ProxyJump hop', async () => {
    const conn = connect(h2, {
      address: h2.internalAddress,
      port: 22,
      jump: [{ address: '127.0.0.1', port: h1.port, user: 'root' }],
      knownHostsFile: bothHosts(),
    });
    const r = await conn.exec('echo $SSH_CLIENT');
    expect(stdoutText(r).split(' ')[0]).toBe(h1.internalAddress);
  });

  it('bounds each hop by the ConnectTimeout', async () => {
    await h2.cutNetwork();
    try {
      const conn = connect(h2, {
        address: h2.internalAddress,
        port: 22,
        connectTimeoutMs: 1500,
        jump: [{ address: '127.0.0.1', port: h1.port, user: 'root' }],
        knownHostsFile: bothHosts(),
      });
      const { value: err, ms } = await timed(() => expectUnreachable(conn.connect()));
      expect(err.reason).toBe('timed out');
      expect(ms).toBeLessThan(10_000);
    } finally {
      await h2.restoreNetwork();
    }
  });
});

describe('become', () => {
  it('sudo runs the command as the become user and back as root', async () => {
    const asRoot = connect(h1);
    expect(stdoutText(await asRoot.exec('whoami', { become: { method: 'sudo', user: 'deploy' } }))).toBe('deploy\n');
    const asDeploy = connect(h1, { user: 'deploy' });
    expect(stdoutText(await asDeploy.exec('whoami', { become: { method: 'sudo' } }))).toBe('root\n');
    expect(stdoutText(await asDeploy.exec('cat', { become: { method: 'sudo' }, stdin: 'piped' }))).toBe('piped');
  });

  it('answers a sudo password prompt and keeps it out of the output', async () => {
    const conn = connect(h1, { user: 'asker', privateKeyFile: undefined, password: 'asker-password' });
    const r = await conn.exec('whoami; echo done >&2', { become: { method: 'sudo', password: 'asker-password' } });
    expect(stdoutText(r)).toBe('root\n');
    expect(stderrText(r)).toBe('done\n');
  });

  it('a sudo password prompt nobody can answer fails fast', async () => {
    const conn = connect(h1, { user: 'asker', privateKeyFile: undefined, password: 'asker-password' });
    await conn.connect();
    const { value: err, ms } = await timed(() =>
      conn.exec('whoami', { become: { method: 'sudo' } }).then(
        () => undefined,
        (e: unknown) => e,
      ),
    );
    expect(err).toEqual(new BecomeError('conn1: Missing sudo password'));
    expect(ms).toBeLessThan(8000);
    await expect(conn.exec('whoami', { become: { method: 'sudo', password: 'wrong' } })).rejects.toThrow('conn1: Incorrect sudo password');
  });

  it('su switches user, answering its password prompt through a terminal', async () => {
    const asRoot = connect(h1);
    expect(stdoutText(await asRoot.exec('whoami', { become: { method: 'su', user: 'deploy' } }))).toBe('deploy\n');
    const asDeploy = connect(h1, { user: 'deploy' });
    const r = await asDeploy.exec('whoami', { become: { method: 'su', user: 'asker', password: 'asker-password' } });
    expect(stdoutText(r).trim()).toBe('asker');
  });
});
