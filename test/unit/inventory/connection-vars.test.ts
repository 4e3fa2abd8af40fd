import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors.js';
import { connectionSettingsFor } from '../../../src/inventory/index.js';

describe('connection variables', () => {
  it('extracts and types every connection variable', () => {
    expect(
      connectionSettingsFor({
        ansible_host: '10.0.0.5',
        ansible_port: '2222',
        ansible_user: 'deploy',
        ansible_password: 'secret',
        ansible_ssh_private_key_file: '~/.ssh/id_ed25519',
        ansible_ssh_common_args: '-o ProxyJump=bastion',
        ansible_ssh_extra_args: '-C',
        ansible_python_interpreter: '/usr/bin/python3',
        ansible_connection: 'ssh',
        ansible_become: 'yes',
        ansible_become_user: 'root',
        ansible_become_method: 'sudo',
        ansible_become_password: 'pw',
        ansible_async_dir: '/var/tmp/async',
        unrelated: 1,
      }),
    ).toEqual({
      host: '10.0.0.5',
      port: 2222,
      user: 'deploy',
      password: 'secret',
      privateKeyFile: '~/.ssh/id_ed25519',
      sshCommonArgs: '-o ProxyJump=bastion',
      sshExtraArgs: '-C',
      pythonInterpreter: '/usr/bin/python3',
      connection: 'ssh',
      become: true,
      becomeUser: 'root',
      becomeMethod: 'sudo',
      becomePassword: 'pw',
      asyncDir: '/var/tmp/async',
    });
  });

  it('accepts the old ansible_ssh_* names, the new names winning', () => {
    expect(connectionSettingsFor({ ansible_ssh_host: 'a', ansible_ssh_port: 22, ansible_ssh_user: 'u', ansible_ssh_pass: 'p' })).toEqual({
      host: 'a',
      port: 22,
      user: 'u',
      password: 'p',
    });
    expect(connectionSettingsFor({ ansible_ssh_host: 'old', ansible_host: 'new' }).host).toBe('new');
  });

  it('keeps templates as written', () => {
    expect(connectionSettingsFor({ ansible_port: '{{ port }}', ansible_become: '{{ root }}', ansible_connection: '{{ how }}' })).toEqual({
      port: '{{ port }}',
      become: '{{ root }}',
      connection: '{{ how }}',
    });
  });

  it('reads local, and smart or paramiko as ssh', () => {
    expect(connectionSettingsFor({ ansible_connection: 'local' }).connection).toBe('local');
    expect(connectionSettingsFor({ ansible_connection: 'smart' }).connection).toBe('ssh');
  });

  it('rejects values it cannot use with a clear message', () => {
    expect(() => connectionSettingsFor({ ansible_connection: 'winrm' })).toThrow(
      new ConfigError("ansible_connection 'winrm' is not supported (castoff connects with 'ssh' or 'local')"),
    );
    expect(() => connectionSettingsFor({ ansible_port: 'ssh' })).toThrow('ansible_port must be a port number (1-65535), got "ssh"');
    expect(() => connectionSettingsFor({ ansible_become: 'sometimes' })).toThrow('ansible_become must be a boolean, got "sometimes"');
  });
});
