import { describe, expect, it } from 'vitest';
import { parseJumpHosts } from '../../../src/connection/index.js';

describe('jump hosts from ansible_ssh_common_args', () => {
  it('reads -o ProxyJump= chains with users and ports', () => {
    expect(parseJumpHosts('-o ProxyJump=ops@bastion:2222,inner')).toEqual([
      { address: 'bastion', port: 2222, user: 'ops' },
      { address: 'inner', port: 22 },
    ]);
  });

  it('reads -J and the quoted "-o ProxyJump x" form', () => {
    expect(parseJumpHosts('-J root@[::1]:2200')).toEqual([{ address: '::1', port: 2200, user: 'root' }]);
    expect(parseJumpHosts(`-o 'ProxyJump bastion' -o StrictHostKeyChecking=no`)).toEqual([{ address: 'bastion', port: 22 }]);
  });

  it('reads the ProxyCommand="ssh -W %h:%p" idiom', () => {
    expect(parseJumpHosts(`-o ProxyCommand="ssh -W %h:%p -q -p 2022 admin@gw.example"`)).toEqual([
      { address: 'gw.example', port: 2022, user: 'admin' },
    ]);
  });

  it('is empty without a jump, with ProxyJump=none, or with another ProxyCommand', () => {
    expect(parseJumpHosts(undefined)).toEqual([]);
    expect(parseJumpHosts('-o ControlMaster=auto')).toEqual([]);
    expect(parseJumpHosts('-o ProxyJump=none')).toEqual([]);
    expect(parseJumpHosts('-o ProxyCommand="nc %h %p"')).toEqual([]);
  });
});
