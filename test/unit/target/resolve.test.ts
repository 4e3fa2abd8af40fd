import { describe, expect, it } from 'vitest';
import { renderKeyword } from '../../../src/executor/task/values.js';
import { normalizeRunOptions } from '../../../src/executor/run-context.js';
import { DEFAULT_ASYNC_DIR, environmentProblem, resolveTarget, type HostVars, type TargetDefaults, type TargetKeywords } from '../../../src/target/index.js';
import { lazyVars } from '../../../src/template/index.js';
import type { Playbook } from '../../../src/playbook/index.js';
import type { Inventory } from '../../../src/inventory/index.js';

const defaults = (over: Partial<TargetDefaults> = {}): TargetDefaults => ({ becomeDefaults: {}, asyncDir: DEFAULT_ASYNC_DIR, connection: {}, ...over });

interface Case {
  vars?: Record<string, unknown>;
  keywords?: Partial<TargetKeywords>;
  defaults?: Partial<TargetDefaults>;
  others?: Record<string, Record<string, unknown>>;
}

/** Resolves a Target for host `web` with templates rendered as the executor renders them. */
function resolve({ vars = {}, keywords = {}, defaults: over = {}, others = {} }: Case) {
  const asked: string[] = [];
  const target = resolveTarget(
    {
      host: 'web',
      vars: lazyVars(vars),
      keywords: { environment: [], ...keywords },
      render: (value, v) => renderKeyword(value, v as Record<string, unknown>),
      varsOf: (name): HostVars => {
        asked.push(name);
        return lazyVars({ inventory_hostname: name, ...(others[name] ?? {}) });
      },
    },
    defaults(over),
  );
  return { target, asked };
}

describe('resolveTarget: become', () => {
  it('is off unless a host variable, a keyword or the command line turns it on', () => {
    expect(resolve({}).target.become).toBeUndefined();
    expect(resolve({ defaults: { becomeDefaults: { become: true } } }).target.become).toEqual({ method: 'sudo', user: 'root' });
    expect(resolve({ keywords: { become: true } }).target.become).toEqual({ method: 'sudo', user: 'root' });
    expect(resolve({ vars: { ansible_become: 'yes' } }).target.become).toEqual({ method: 'sudo', user: 'root' });
  });

  it('takes each setting from the host variable first, then the keyword, then the command-line default', () => {
    const cli = { becomeDefaults: { become: true, user: 'cli-user', method: 'su' } };
    expect(resolve({ defaults: cli }).target.become).toEqual({ method: 'su', user: 'cli-user' });
    expect(resolve({ defaults: cli, keywords: { become_user: 'kw-user', become_method: 'sudo' } }).target.become).toEqual({ method: 'sudo', user: 'kw-user' });
    expect(
      resolve({ defaults: cli, keywords: { become_user: 'kw-user', become_method: 'sudo' }, vars: { ansible_become_user: 'var-user', ansible_become_method: 'su' } }).target.become,
    ).toEqual({ method: 'su', user: 'var-user' });
  });

  it('a host variable that turns become off wins over the keyword and the command line', () => {
    expect(resolve({ vars: { ansible_become: false }, keywords: { become: true }, defaults: { becomeDefaults: { become: true } } }).target.become).toBeUndefined();
    // A keyword that turns it off wins over the command line.
    expect(resolve({ keywords: { become: false }, defaults: { becomeDefaults: { become: true } } }).target.become).toBeUndefined();
  });

  it('renders a templated become keyword with the task variables', () => {
    expect(resolve({ vars: { escalate: true }, keywords: { become: '{{ escalate }}' } }).target.become).toEqual({ method: 'sudo', user: 'root' });
    expect(resolve({ vars: { escalate: false }, keywords: { become: '{{ escalate }}' } }).target.become).toBeUndefined();
  });

  it('takes the password from ansible_become_password, then ansible_become_pass, then the prompt', () => {
    const on = { keywords: { become: true } };
    expect(resolve({ ...on, defaults: { becomePassword: 'asked' } }).target.become?.password).toBe('asked');
    expect(resolve({ ...on, vars: { ansible_become_pass: 'old' }, defaults: { becomePassword: 'asked' } }).target.become?.password).toBe('old');
    expect(resolve({ ...on, vars: { ansible_become_pass: 'old', ansible_become_password: 'new' }, defaults: { becomePassword: 'asked' } }).target.become?.password).toBe('new');
    expect(resolve(on).target.become).not.toHaveProperty('password');
  });
});

const EMPTY_INVENTORY: Inventory = { hosts: new Map(), groups: new Map(), warnings: [] };

describe('resolveTarget: interpreter and async dir', () => {
  it('uses ansible_python_interpreter, else auto (discovery), as Ansible', () => {
    expect(resolve({}).target.python).toBe('auto');
    expect(resolve({ vars: { ansible_python_interpreter: '/usr/bin/python3.11' } }).target.python).toBe('/usr/bin/python3.11');
  });

  it('uses ansible_async_dir, else the configured async dir, else ~/.ansible_async', () => {
    expect(resolve({ vars: { ansible_async_dir: '/var/jobs' }, defaults: { asyncDir: '/cfg/jobs' } }).target.asyncDir).toBe('/var/jobs');
    expect(resolve({ defaults: { asyncDir: '/cfg/jobs' } }).target.asyncDir).toBe('/cfg/jobs');
    const ctx = normalizeRunOptions({ playbook: { file: 'site.yml', plays: [], warnings: [] } as unknown as Playbook, inventory: EMPTY_INVENTORY });
    expect(ctx.asyncDir).toBe('~/.ansible_async');
    expect(resolve({ defaults: { asyncDir: ctx.asyncDir } }).target.asyncDir).toBe('~/.ansible_async');
  });

  it('uses ansible_python_interpreter, else the configured interpreter_python, else auto', () => {
    const playbook = { file: 'site.yml', plays: [], warnings: [] } as unknown as Playbook;
    const configured = normalizeRunOptions({ playbook, inventory: EMPTY_INVENTORY, pythonInterpreter: 'auto_silent' });
    expect(resolve({ defaults: { python: configured.python } }).target.python).toBe('auto_silent');
    expect(resolve({ vars: { ansible_python_interpreter: '/opt/py' }, defaults: { python: configured.python } }).target.python).toBe('/opt/py');
    expect(normalizeRunOptions({ playbook, inventory: EMPTY_INVENTORY }).python).toBe('auto');
  });
});

describe('resolveTarget: the connection', () => {
  it('logs in as ansible_user, else the remote_user keyword, else the run default', () => {
    const spec = (c: Case) => resolve(c).target.connectionSpec();
    expect(spec({ defaults: { connection: { user: 'cli' } } })).toMatchObject({ kind: 'ssh', host: 'web', address: 'web', user: 'cli' });
    expect(spec({ keywords: { remote_user: 'play' }, defaults: { connection: { user: 'cli' } } })).toMatchObject({ user: 'play' });
    expect(spec({ vars: { ansible_user: 'var', ansible_host: '10.0.0.5', ansible_port: 2222 }, keywords: { remote_user: 'play' } })).toMatchObject({ user: 'var', address: '10.0.0.5', port: 2222 });
    expect(spec({ vars: { ansible_connection: 'local' } })).toMatchObject({ kind: 'local', host: 'web' });
  });

  it('reads the connection variables only when the connection is asked for', () => {
    const { target } = resolve({ vars: { ansible_port: 'not-a-port' } });
    expect(target.python).toBe('auto');
    expect(() => target.connectionSpec()).toThrow('ansible_port must be a port number (1-65535), got "not-a-port"');
  });
});

describe('resolveTarget: delegate_to', () => {
  it("runs on the delegate: its connection, interpreter and async dir, the task host's become", () => {
    const { target, asked } = resolve({
      vars: { ansible_python_interpreter: '/web/python', ansible_async_dir: '/web/jobs', ansible_become_user: 'deploy', gateway: 'bastion' },
      keywords: { delegate_to: '{{ gateway }}', become: true },
      others: { bastion: { ansible_host: '192.0.2.9', ansible_user: 'ops', ansible_python_interpreter: '/usr/bin/python3', ansible_async_dir: '/tmp/jobs' } },
    });
    expect(asked).toEqual(['bastion']);
    expect(target).toMatchObject({ host: 'web', delegatedTo: 'bastion', python: '/usr/bin/python3', asyncDir: '/tmp/jobs', become: { user: 'deploy' } });
    expect(target.connectionSpec()).toMatchObject({ kind: 'ssh', host: 'bastion', address: '192.0.2.9', user: 'ops' });
  });

  it('without delegate_to, asks for no other host', () => {
    const { target, asked } = resolve({});
    expect(asked).toEqual([]);
    expect(target).not.toHaveProperty('delegatedTo');
    expect(target.connectionSpec()).toMatchObject({ host: 'web' });
  });
});

describe('resolveTarget: environment', () => {
  it('merges the rendered layers, the inner ones winning, and leaves omitted values out', () => {
    const { target } = resolve({
      vars: { region: 'eu' },
      keywords: { environment: [{ A: '1', REGION: 'none', PROXY: 'http://proxy' }, { REGION: '{{ region }}', N: 3, PROXY: '{{ proxy | default(omit) }}' }] },
    });
    expect(target.environment).toEqual({ A: '1', REGION: 'eu', N: '3', PROXY: 'http://proxy' });
    expect(environmentProblem(target)).toBeUndefined();
  });

  it('names a variable a shell cannot export', () => {
    const { target } = resolve({ keywords: { environment: [{ 'BAD-NAME': 'x' }] } });
    expect(environmentProblem(target)).toContain('invalid environment variable name "BAD-NAME"');
  });
});
