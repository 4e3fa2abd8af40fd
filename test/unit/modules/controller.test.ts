import { describe, expect, it } from 'vitest';
import { builtinModuleNames, CACHEABLE_FACTS, FACTS_KEY, isCacheableFacts, hostModuleForTask, type HostModule } from '../../../src/modules/index.js';
import { CancelledError } from '../../../src/core/errors.js';
import { controllerContext } from './context.js';

function action(name: string): HostModule {
  const found = hostModuleForTask({ module: name });
  if (!found) throw new Error(`no module ${name} that runs per host`);
  return found;
}

function run(name: string, args: Record<string, unknown>, vars: Record<string, unknown> = {}) {
  return action(name).run(controllerContext(name, args, { vars }));
}

describe('the registry', () => {
  const perHost = () => builtinModuleNames().filter((name) => hostModuleForTask({ module: name }) !== undefined);

  it('runs every built-in module per host except meta, which the play runner carries out', () => {
    expect(builtinModuleNames()).toEqual([
      'add_host', 'assemble', 'assert', 'async_status', 'command', 'copy', 'debug', 'fail', 'fetch', 'file', 'gather_facts', 'group_by',
      'include_vars', 'meta', 'pause', 'ping', 'raw', 'reboot', 'script', 'set_fact', 'set_stats', 'setup', 'shell', 'stat', 'template', 'unarchive',
      'validate_argument_spec', 'wait_for', 'wait_for_connection',
    ]);
    expect(perHost()).not.toContain('meta');
    expect(perHost()).toHaveLength(builtinModuleNames().length - 1);
  });

  it('marks exactly the controller-only modules and which support check mode', () => {
    const controllerOnly = perHost().filter((name) => action(name).controllerOnly);
    expect(controllerOnly).toEqual(['add_host', 'assert', 'debug', 'fail', 'group_by', 'include_vars', 'pause', 'set_fact', 'set_stats', 'validate_argument_spec']);
    const noCheckMode = perHost().filter((name) => !action(name).supportsCheckMode);
    // fetch and assemble skip in check mode, as Ansible's do.
    expect(noCheckMode).toEqual(['assemble', 'command', 'fetch', 'raw', 'script', 'shell']);
  });
});

describe('debug', () => {
  it('says Hello world! without a msg, and the msg as given otherwise', async () => {
    expect(await run('debug', {})).toEqual({ msg: 'Hello world!', changed: false });
    expect(await run('debug', { msg: ['a', 'b'] })).toEqual({ msg: ['a', 'b'], changed: false });
  });

  it('shows a variable under its own name, by dotted path too', async () => {
    const vars = { result: { stdout: 'hi', rc: 0 }, count: 3 };
    expect(await run('debug', { var: 'count' }, vars)).toEqual({ count: 3, changed: false });
    expect(await run('debug', { var: 'result.stdout', verbosity: 0 }, vars)).toEqual({ 'result.stdout': 'hi', changed: false });
  });

  it('reports an undefined variable the way Ansible does', async () => {
    expect(await run('debug', { var: 'missing' })).toEqual({ missing: 'VARIABLE IS NOT DEFINED!', changed: false });
    expect(await run('debug', { var: 'result.nope' }, { result: {} })).toEqual({ 'result.nope': 'VARIABLE IS NOT DEFINED!', changed: false });
  });
});

describe('set_fact', () => {
  it('hands every argument but cacheable to the executor as facts; cacheable marks them as facts to keep', async () => {
    const result = await run('set_fact', { app_port: 8080, tags: ['a'], cacheable: true });
    expect(result).toEqual({ [FACTS_KEY]: { app_port: 8080, tags: ['a'] }, changed: false, [CACHEABLE_FACTS]: true });
    expect(isCacheableFacts(await run('set_fact', { x: 1, cacheable: 'no' }))).toBe(false);
    expect(isCacheableFacts(await run('set_fact', { x: 1 }))).toBe(false);
  });

  it('refuses an empty call and invalid variable names', async () => {
    expect(await run('set_fact', {})).toMatchObject({ failed: true, msg: expect.stringContaining('No key/value pairs provided') });
    expect(await run('set_fact', { '1bad': 1 })).toMatchObject({ failed: true, msg: expect.stringContaining("The variable name '1bad' is not valid") });
  });
});

describe('assert', () => {
  const vars = { port: 8080, name: 'web' };

  it('passes with Ansible’s message, or success_msg', async () => {
    expect(await run('assert', { that: ['port == 8080', "name == 'web'"] }, vars)).toEqual({ changed: false, msg: 'All assertions passed' });
    expect(await run('assert', { that: 'port > 1', success_msg: 'fine', quiet: true }, vars)).toEqual({ changed: false, msg: 'fine' });
  });

  it('fails on the first false condition, naming it', async () => {
    expect(await run('assert', { that: ['port == 8080', 'port < 100', 'false'] }, vars)).toEqual({
      failed: true, changed: false, evaluated_to: false, assertion: 'port < 100', msg: 'Assertion failed',
    });
    expect(await run('assert', { that: 'port < 100', fail_msg: 'port too high' }, vars)).toMatchObject({ failed: true, msg: 'port too high' });
    expect(await run('assert', { that: 'port < 100', msg: 'old-style msg' }, vars)).toMatchObject({ failed: true, msg: 'old-style msg' });
  });

  it('fails with the conditional error when a condition cannot be evaluated', async () => {
    const result = await run('assert', { that: 'ghost == 1' }, vars);
    expect(result).toMatchObject({ failed: true });
    expect(result.msg).toMatch(/^The conditional check 'ghost == 1' failed\. The error was: .*'ghost' is undefined/);
  });
});

describe('fail', () => {
  it('fails with the msg given, or Ansible’s default', async () => {
    expect(await run('fail', {})).toEqual({ failed: true, changed: false, msg: 'Failed as requested from task' });
    expect(await run('fail', { msg: 'stop here' })).toEqual({ failed: true, changed: false, msg: 'stop here' });
  });
});

describe('pause', () => {
  it('pauses for the seconds given and reports Ansible’s fields', async () => {
    const began = performance.now();
    const result = await run('pause', { seconds: 0.3 });
    expect(performance.now() - began).toBeGreaterThanOrEqual(290);
    expect(result).toEqual({
      changed: false, echo: true, user_input: '', delta: 0,
      start: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/),
      stop: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/),
      stdout: expect.stringMatching(/^Paused for \d+\.\d+ seconds$/),
    });
  });

  it('stops at once when the task is cancelled', async () => {
    const abort = new AbortController();
    const began = performance.now();
    const pausing = action('pause').run(controllerContext('pause', { minutes: 1 }, { signal: abort.signal }));
    setTimeout(() => abort.abort(), 50);
    await expect(pausing).rejects.toBeInstanceOf(CancelledError);
    // Far below the minute asked for; the slack is for a loaded machine.
    expect(performance.now() - began).toBeLessThan(10_000);
  });

  it('refuses to wait for a user it cannot ask', async () => {
    expect(await run('pause', { prompt: 'Continue?' })).toMatchObject({
      failed: true, msg: expect.stringContaining('interactive prompts are not supported'),
    });
  });
});

describe('wait_for_connection', () => {
  it('is skipped in check mode without touching the host, as in Ansible', async () => {
    const ctx = controllerContext('wait_for_connection', { timeout: 5 }, { checkMode: true });
    expect(await action('wait_for_connection').run(ctx)).toEqual({ changed: false, skipped: true });
  });
});
