import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors.js';
import { expandGlob, expandIdentityFile, matchesPatternList, parseSshConfigText, resolveSshConfig } from '../../../src/connection/ssh-config.js';
import { memoryFiles } from './memory-ssh-files.js';

const CONFIG = '/home/me/.ssh/config';

function resolve(text: string, host: string, extra: Record<string, string> = {}) {
  return resolveSshConfig(host, CONFIG, memoryFiles({ [CONFIG]: text, ...extra }));
}

function errorOf(work: () => unknown): string {
  try {
    work();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('no error');
}

describe('ssh config lines', () => {
  it('reads Keyword value, Keyword=value, quotes and comments, with line numbers', () => {
    const lines = parseSshConfigText('# top\nHost  web\n  HostName=10.0.0.1\n\tUser = "deploy user"  # trailing\n  IdentityFile \'~/.ssh/a b\'\n', 'cfg');
    expect(lines).toEqual([
      { keyword: 'host', args: ['web'], file: 'cfg', line: 2 },
      { keyword: 'hostname', args: ['10.0.0.1'], file: 'cfg', line: 3 },
      { keyword: 'user', args: ['deploy user'], file: 'cfg', line: 4 },
      { keyword: 'identityfile', args: ['~/.ssh/a b'], file: 'cfg', line: 5 },
    ]);
  });

  it('names the file and line of a line it cannot read', () => {
    expect(errorOf(() => parseSshConfigText('Host a\n  User "open\n', '/c'))).toBe('/c:2: unterminated quoted argument');
    expect(errorOf(() => parseSshConfigText('Host a\n= x\n', '/c'))).toMatch(/^\/c:2: cannot read/);
  });
});

describe('Host patterns', () => {
  it('matches *, ? and ! as ssh does, case-insensitively', () => {
    expect(matchesPatternList('web1.example.com', ['*.example.com'])).toBe(true);
    expect(matchesPatternList('Web1', ['web?'])).toBe(true);
    expect(matchesPatternList('web10', ['web?'])).toBe(false);
    expect(matchesPatternList('db1', ['*', '!web*'])).toBe(true);
    expect(matchesPatternList('web1', ['*', '!web*'])).toBe(false);
    expect(matchesPatternList('web1', ['!db*'])).toBe(false);
    expect(matchesPatternList('a.b', ['a?b'])).toBe(true);
    expect(matchesPatternList('axb', ['a.b'])).toBe(false);
  });
});

describe('resolving a host', () => {
  const text = `
Host web
  HostName 10.0.0.5
  Port 2200
  IdentityFile ~/.ssh/web_key
Host web db
  User deploy
  Port 9999
  IdentityFile ~/.ssh/shared
Host * !db
  User fallback
  ConnectTimeout 7
  ServerAliveInterval 20
  ServerAliveCountMax 2
`;

  it('takes the first value of each keyword over every matching block, and every IdentityFile', () => {
    const web = resolve(text, 'web');
    expect(web.hostName).toEqual({ value: '10.0.0.5', file: CONFIG, line: 3 });
    expect(web.port?.value).toBe(2200);
    expect(web.user?.value).toBe('deploy');
    expect(web.identityFiles.map((f) => f.value)).toEqual(['~/.ssh/web_key', '~/.ssh/shared']);
    expect(web.connectTimeoutSeconds?.value).toBe(7);
    expect(web.serverAliveIntervalSeconds?.value).toBe(20);
    expect(web.serverAliveCountMax?.value).toBe(2);
  });

  it('skips a block whose negation matches, and gives nothing for a host no block names', () => {
    const db = resolve(text, 'db');
    expect(db.user?.value).toBe('deploy');
    expect(db.port?.value).toBe(9999);
    expect(db.connectTimeoutSeconds).toBeUndefined();
    expect(resolve('Host web\n  User x\n', 'other')).toEqual({ identityFiles: [] });
  });

  it('applies lines before the first Host to every host', () => {
    expect(resolve('User everyone\nHost web\n  User web\n', 'web').user?.value).toBe('everyone');
  });

  it('keeps the first of ProxyJump and ProxyCommand', () => {
    expect(resolve('Host t\n  ProxyJump a,b\n  ProxyCommand ssh -W %h:%p c\n', 't').proxy).toMatchObject({ keyword: 'ProxyJump', value: 'a,b', line: 2 });
    expect(resolve('Host t\n  ProxyCommand ssh -W %h:%p c\n  ProxyJump a\n', 't').proxy).toMatchObject({ keyword: 'ProxyCommand', value: 'ssh -W %h:%p c' });
  });

  it('reads Match all, host (after HostName), originalhost and localuser', () => {
    const m = `Host alias\n  HostName real.example\nMatch host real.example\n  User byreal\nMatch originalhost alias\n  Port 2022\nMatch localuser me\n  ConnectTimeout 3\nMatch all\n  ServerAliveInterval 9\n`;
    const r = resolve(m, 'alias');
    expect([r.user?.value, r.port?.value, r.connectTimeoutSeconds?.value, r.serverAliveIntervalSeconds?.value]).toEqual(['byreal', 2022, 3, 9]);
    expect(resolve('Match !originalhost alias\n  User x\n', 'alias').user).toBeUndefined();
  });

  it('refuses a Match it cannot judge, and a bad value, naming file and line', () => {
    expect(errorOf(() => resolve('Host a\nMatch exec "true"\n  User x\n', 'a'))).toBe(`${CONFIG}:2: Match exec is not supported (castoff reads Match all, host, originalhost and localuser)`);
    expect(errorOf(() => resolve('Host a\n  Port ssh\n', 'a'))).toBe(`${CONFIG}:2: Port 'ssh' is not a number from 1 to 65535`);
    expect(errorOf(() => resolve('Host a\n  HostName\n', 'a'))).toBe(`${CONFIG}:2: hostname needs a value`);
  });

  it('does not judge values in blocks that do not apply', () => {
    expect(resolve('Host other\n  Port ssh\n', 'a')).toEqual({ identityFiles: [] });
  });
});

describe('Include', () => {
  it('reads globbed files relative to ~/.ssh in order, where the Include stands', () => {
    const r = resolve('Include conf.d/*.conf\nHost web\n  User late\n', 'web', {
      '/home/me/.ssh/conf.d/20-b.conf': 'Host web\n  Port 2020\n',
      '/home/me/.ssh/conf.d/10-a.conf': 'Host web\n  User early\n  Port 1010\n',
      '/home/me/.ssh/conf.d/ignored.txt': 'Host web\n  HostName nope\n',
    });
    expect([r.user?.value, r.port?.value, r.hostName]).toEqual(['early', 1010, undefined]);
    expect(r.user?.file).toBe('/home/me/.ssh/conf.d/10-a.conf');
  });

  it('takes ~/ and absolute paths, and a missing file is no config', () => {
    const r = resolve('Include ~/extra /etc/castoff-none\n', 'h', { '/home/me/extra': 'Host h\n  User fromextra\n' });
    expect(r.user?.value).toBe('fromextra');
  });

  it('inside a block that does not apply, reads the file with no Host in it matching', () => {
    const r = resolve('Host other\n  Include inner\nHost h\n  User outer\n', 'h', { '/home/me/.ssh/inner': 'User leaked\nHost h\n  Port 1\n' });
    expect(r.user?.value).toBe('outer');
    expect(r.port).toBeUndefined();
  });

  it('stops an Include loop with an error naming the line', () => {
    expect(errorOf(() => resolve('Include config\n', 'h'))).toBe(`${CONFIG}:1: Include nested more than 16 deep`);
  });

  it('globs * ? and [..] per folder, skipping hidden names', () => {
    const files = memoryFiles({ '/d/a1/x': '', '/d/a2/x': '', '/d/b1/x': '', '/d/.h/x': '' });
    expect(expandGlob('/d/a?/x', files)).toEqual(['/d/a1/x', '/d/a2/x']);
    expect(expandGlob('/d/[ab]1/x', files)).toEqual(['/d/a1/x', '/d/b1/x']);
    expect(expandGlob('/d/*/x', files)).toEqual(['/d/a1/x', '/d/a2/x', '/d/b1/x']);
  });
});

describe('IdentityFile tokens', () => {
  const tokens = { hostName: '10.0.0.5', originalHost: 'web', port: 2200, remoteUser: 'deploy', localUser: 'me', home: '/home/me' };
  it('expands ~ and %d %h %n %p %r %u %%', () => {
    expect(expandIdentityFile({ value: '~/.ssh/%n-%h-%p-%r-%u-%d-%%', file: 'c', line: 1 }, tokens)).toBe('/home/me/.ssh/web-10.0.0.5-2200-deploy-me-/home/me-%');
  });
  it('refuses a token it does not know, naming the line', () => {
    expect(errorOf(() => expandIdentityFile({ value: '~/.ssh/%C', file: 'c', line: 4 }, tokens))).toMatch(/^c:4: IdentityFile '~\/.ssh\/%C': token %C is not supported/);
  });
});
