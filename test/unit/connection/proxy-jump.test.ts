import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors.js';
import { parseJumpHosts } from '../../../src/connection/index.js';

const common = (value: string | undefined) => parseJumpHosts('web1', [{ variable: 'ansible_ssh_common_args', value }]);

/** The ConfigError the args give after `host: variable: `; each case checks it names the offending value. */
function problem(value: string, variable = 'ansible_ssh_common_args'): string {
  let caught: unknown;
  try {
    parseJumpHosts('web1', [{ variable, value }]);
  } catch (err) {
    caught = err;
  }
  expect(caught, value).toBeInstanceOf(ConfigError);
  const message = (caught as Error).message;
  expect(message.startsWith(`web1: ${variable}: `), message).toBe(true);
  return message.slice(`web1: ${variable}: `.length);
}

describe('jump hosts from ssh args', () => {
  it('reads -o ProxyJump= chains with users and ports', () => {
    expect(common('-o ProxyJump=ops@bastion:2222,inner')).toEqual([
      { address: 'bastion', port: 2222, user: 'ops' },
      { address: 'inner', port: 22 },
    ]);
    expect(common('-oProxyJump=ssh://ops@bastion:2222')).toEqual([{ address: 'bastion', port: 2222, user: 'ops' }]);
    expect(common('-o proxyjump=bastion')).toEqual([{ address: 'bastion', port: 22 }]);
  });

  it('reads -J in every getopt spelling, and the quoted "-o ProxyJump x" form', () => {
    expect(common('-J root@[::1]:2200')).toEqual([{ address: '::1', port: 2200, user: 'root' }]);
    expect(common('-Jbastion')).toEqual([{ address: 'bastion', port: 22 }]);
    expect(common('-qJ bastion -v')).toEqual([{ address: 'bastion', port: 22 }]);
    expect(common(`-o 'ProxyJump bastion' -o StrictHostKeyChecking=no`)).toEqual([{ address: 'bastion', port: 22 }]);
  });

  it('reads the ProxyCommand="ssh -W %h:%p" idiom', () => {
    expect(common(`-o ProxyCommand="ssh -W %h:%p -q -p 2022 admin@gw.example"`)).toEqual([{ address: 'gw.example', port: 2022, user: 'admin' }]);
    expect(common(`-o ProxyCommand="/usr/bin/ssh -l ops -W [%h]:%p gw"`)).toEqual([{ address: 'gw', port: 22, user: 'ops' }]);
    expect(common(`-o 'ProxyCommand=ssh gw.example -W %h:%p'`)).toEqual([{ address: 'gw.example', port: 22 }]);
    // %r is the target's user, which every hop takes anyway.
    expect(common(`-o ProxyCommand="ssh -W %h:%p %r@gw"`)).toEqual([{ address: 'gw', port: 22 }]);
  });

  it('is empty without a jump, or with ProxyJump/ProxyCommand none', () => {
    expect(common(undefined)).toEqual([]);
    expect(common('')).toEqual([]);
    expect(common('-o ControlMaster=auto -o ControlPersist=60s -C')).toEqual([]);
    expect(common('-o ProxyJumpy=bastion')).toEqual([]);
    expect(common('-o ProxyJump=none')).toEqual([]);
    expect(common('-o ProxyCommand=none')).toEqual([]);
  });

  it('reads ansible_ssh_extra_args after the common args; the first proxy setting wins, as in ssh', () => {
    expect(parseJumpHosts('web1', [{ variable: 'ansible_ssh_common_args', value: undefined }, { variable: 'ansible_ssh_extra_args', value: '-J gw' }])).toEqual([
      { address: 'gw', port: 22 },
    ]);
    expect(
      parseJumpHosts('web1', [
        { variable: 'ansible_ssh_common_args', value: '-o ProxyJump=first' },
        { variable: 'ansible_ssh_extra_args', value: '-o ProxyJump=second -o ProxyCommand="nc %h %p"' },
      ]),
    ).toEqual([{ address: 'first', port: 22 }]);
  });
});

describe('ssh args castoff cannot follow are ConfigErrors naming host, variable and value', () => {
  it('a ProxyCommand other than the ssh -W idiom', () => {
    expect(problem('-o ProxyCommand="nc %h %p"')).toBe(
      "ProxyCommand 'nc %h %p' is not supported (it does not run ssh); castoff follows ProxyJump, -J, and ProxyCommand 'ssh -W %h:%p [user@]jumphost'",
    );
    expect(problem('-o ProxyCommand="ssh gw nc %h %p"')).toMatch(/^ProxyCommand 'ssh gw nc %h %p' is not supported \(no -W %h:%p\)/);
    expect(problem('-o ProxyCommand="ssh -W other:22 gw"')).toMatch(/\(-W other:22 is not -W %h:%p\)/);
    expect(problem('-o ProxyCommand="ssh -W %h:%p"')).toMatch(/\(no jump host\)/);
    expect(problem('-o ProxyCommand="ssh -W %h:%p gw extra"')).toMatch(/\(more than a jump host after the options\)/);
    expect(problem('-o ProxyCommand="ssh -W %h:%p -J a b"')).toMatch(/\(it jumps again; write the whole chain as ProxyJump=first,second\)/);
    expect(problem('-o ProxyCommand="ssh -W %h:%p %h"')).toMatch(/\(jump host '%h'\)/);
    expect(problem('-o ProxyCommand="ssh -W %h:%p -p"')).toBe("ProxyCommand 'ssh -W %h:%p -p': option -p needs a value");
    expect(problem('-o ProxyCommand="ssh -W %h:%p -p http gw"')).toBe("ProxyCommand 'ssh -W %h:%p -p http gw': -p 'http' is not a port number (1-65535)");
  });

  it('the same in ansible_ssh_extra_args names that variable', () => {
    expect(problem('-o ProxyCommand="socat - TCP:%h:%p"', 'ansible_ssh_extra_args')).toMatch(/^ProxyCommand 'socat - TCP:%h:%p' is not supported/);
  });

  it('a bare -J, an empty ProxyJump or ProxyCommand, and -o without a value', () => {
    expect(problem('-J')).toBe('option -J needs a value');
    expect(problem('-C -J')).toBe('option -J needs a value');
    expect(problem("-J ''")).toBe('option -J needs a value');
    expect(problem('-o ProxyJump=')).toBe('ProxyJump needs a value');
    expect(problem('-o ProxyJump')).toBe('ProxyJump needs a value');
    expect(problem('-oProxyCommand')).toBe('ProxyCommand needs a value');
    expect(problem('-o "ProxyCommand "')).toBe('ProxyCommand needs a value');
    expect(problem('-o')).toBe('option -o needs a value');
  });

  it('jump hosts that are not [user@]host[:port]', () => {
    expect(problem('-J bastion:http')).toBe("jump host 'bastion:http': port 'http' is not a port number (1-65535)");
    expect(problem('-J bastion:70000')).toBe("jump host 'bastion:70000': port '70000' is not a port number (1-65535)");
    expect(problem('-J bastion:0')).toBe("jump host 'bastion:0': port '0' is not a port number (1-65535)");
    expect(problem('-J a,,b')).toBe("jump host '' is not [user@]host[:port]");
    expect(problem('-o ProxyJump=@bastion')).toBe("jump host '@bastion' is not [user@]host[:port]");
    expect(problem('-J [::1]:')).toBe("jump host '[::1]:': port '' is not a port number (1-65535)");
  });

  it('two -J, or -J after a ProxyCommand, as ssh refuses them', () => {
    expect(problem('-J a -J b')).toBe('only a single -J is allowed (separate hops with commas)');
    expect(problem('-o ProxyCommand="ssh -W %h:%p gw" -J a')).toBe('-J cannot be combined with ProxyCommand');
  });

  it('args that are not shell words', () => {
    expect(problem('-o "ProxyJump=bastion')).toBe(`'-o "ProxyJump=bastion' cannot be split into words: no closing quotation`);
    expect(problem(`-o ProxyCommand="ssh -W %h:%p 'gw"`)).toBe(`ProxyCommand 'ssh -W %h:%p 'gw': cannot be split into words: no closing quotation`);
  });
});
