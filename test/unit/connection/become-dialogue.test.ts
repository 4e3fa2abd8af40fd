import { afterEach, describe, expect, it, vi } from 'vitest';
import { BecomeDialogue } from '../../../src/connection/become-dialogue.js';
import { wrapCommand, type BecomePlan } from '../../../src/connection/become.js';
import { ExecSession, type ExecIo } from '../../../src/connection/exec-session.js';
import type { BecomeError } from '../../../src/core/errors.js';

const MARKER = 'BECOME-SUCCESS-0123abcd';
const PROMPT = '[sudo via castoff, key=feed] password:';
const sudo = (password?: string): BecomePlan => ({ method: 'sudo', password, successMarker: MARKER, ...(password ? { sudoPrompt: PROMPT } : {}) });
const su = (password?: string): BecomePlan => ({ method: 'su', password, successMarker: MARKER });
const b = (text: string) => Buffer.from(text);

describe('wrapCommand', () => {
  it('gives sudo a fresh random prompt and every become a fresh random success marker', () => {
    const one = wrapCommand('id', { method: 'sudo', password: 'pw' }, 'm', 0);
    const two = wrapCommand('id', { method: 'sudo', password: 'pw' }, 'm', 0);
    expect(one.become?.sudoPrompt).toMatch(/^\[sudo via castoff, key=[0-9a-f]{32}\] password:$/);
    expect(one.become?.successMarker).toMatch(/^BECOME-SUCCESS-[0-9a-f]{32}$/);
    expect(one.become?.sudoPrompt).not.toBe(two.become?.sudoPrompt);
    expect(one.become?.successMarker).not.toBe(two.become?.successMarker);
    expect(one.command).toContain(`-p '${one.become?.sudoPrompt}'`);
    expect(one.command).toContain(`echo ${one.become?.successMarker}`);
    expect(one.command).not.toContain('pw');
  });

  it('without a password sudo must not wait (-n); without become nothing is wrapped', () => {
    expect(wrapCommand('id', { method: 'sudo' }, 'm', 0).command).toMatch(/^sudo -H -S -n -u root /);
    const plain = wrapCommand('id', undefined, 'm', 0);
    expect([plain.become, plain.needsPty]).toEqual([undefined, false]);
  });

  it('su with a password goes through a raw terminal and feeds the command exactly its stdin', () => {
    const withInput = wrapCommand('cat', { method: 'su', user: 'asker', password: 'pw' }, 'm', 42);
    expect(withInput.needsPty).toBe(true);
    expect(withInput.command).toContain('stty raw -echo');
    expect(withInput.command).toContain('head -c 42 |');
    const without = wrapCommand('cat', { method: 'su', user: 'asker', password: 'pw' }, 'm', 0);
    expect(without.command).toContain('</dev/null');
    expect(wrapCommand('cat', { method: 'su', user: 'deploy' }, 'm', 0).needsPty).toBe(false);
  });
});

describe('BecomeDialogue with sudo', () => {
  it('answers only the exact prompt, once, and starts the command after the marker line', () => {
    const d = new BecomeDialogue(sudo('s3cret'));
    expect(d.stderr(b('Password: '))).toEqual({});
    expect(d.stdout(b('Password: '))).toEqual({});
    expect(d.stderr(b(PROMPT.slice(0, 10)))).toEqual({});
    expect(d.stderr(b(PROMPT.slice(10)))).toEqual({ reply: 's3cret\n' });
    expect(d.stdout(b(`${MARKER.slice(0, 5)}`))).toEqual({});
    const step = d.stdout(b(`${MARKER.slice(5)}\nout`));
    expect(step.started).toBe(true);
    expect(step.stdout?.toString()).toBe('out');
    // sudo's stderr from before the start, without the prompt, belongs to the result.
    expect(step.stderr?.toString()).toBe('Password: ');
    expect(d.stdout(b(`${PROMPT}`))).toEqual({ stdout: b(PROMPT) });
    expect(d.stderr(b(`${PROMPT}`))).toEqual({ stderr: b(PROMPT) });
  });

  it('NOPASSWD sudo never asks: no password is written, the command starts at the marker', () => {
    const d = new BecomeDialogue(sudo('s3cret'));
    const step = d.stdout(b(`${MARKER}\n`));
    expect(step).toMatchObject({ started: true });
    expect(step.reply).toBeUndefined();
    expect(step.stdout?.length).toBe(0);
  });

  it('a second prompt after the answer is an incorrect password', () => {
    const d = new BecomeDialogue(sudo('wrong'));
    expect(d.stderr(b(PROMPT))).toEqual({ reply: 'wrong\n' });
    expect(d.stderr(b(`Sorry, try again.\n${PROMPT}`))).toEqual({ failure: 'Incorrect sudo password' });
  });

  it("names sudo's own complaints when it ends before the marker", () => {
    const missing = new BecomeDialogue(sudo());
    missing.stderr(b('sudo: a password is required\n'));
    expect(missing.ended()).toMatchObject({ failure: 'Missing sudo password' });
    const wrong = new BecomeDialogue(sudo('x'));
    wrong.stderr(b('sudo: 1 incorrect password attempt\n'));
    expect(wrong.ended()).toMatchObject({ failure: 'Incorrect sudo password' });
    const other = new BecomeDialogue(sudo());
    other.stderr(b('deploy is not in the sudoers file.\n'));
    const ended = other.ended();
    expect(ended.failure).toBeUndefined();
    expect(ended.stderr.toString()).toBe('deploy is not in the sudoers file.\n');
  });

  it('the marker must end its line: a longer word is not the marker', () => {
    const d = new BecomeDialogue(sudo());
    expect(d.stdout(b(`${MARKER}x\n`))).toEqual({});
    expect(d.hasStarted).toBe(false);
    expect(d.stdout(b(`${MARKER}\r\nrest`))).toMatchObject({ started: true, stdout: b('rest') });
  });
});

describe('BecomeDialogue with su', () => {
  it("answers su's prompt at the end of the output before the marker, and no prompt after it", () => {
    const d = new BecomeDialogue(su('pw'));
    expect(d.stdout(b('Password'))).toEqual({});
    expect(d.stdout(b(': '))).toEqual({ reply: 'pw\n' });
    const step = d.stdout(b(`\r\n${MARKER}\nEnter password: `));
    expect(step).toMatchObject({ started: true });
    expect(step.stdout?.toString()).toBe('Enter password: ');
    expect(d.stdout(b('\nPassword: '))).toEqual({ stdout: b('\nPassword: ') });
  });

  it('recognises localised prompts and "user\'s Password:", and nothing that merely contains the word', () => {
    for (const prompt of ['Password:', "asker's Password: ", 'Passwort: ', 'Mot de passe :', '密码：']) {
      expect(new BecomeDialogue(su('pw')).stdout(b(prompt))).toEqual({ reply: 'pw\n' });
    }
    for (const text of ['Enter password: ', 'password: please\n', 'Password: x', 'old Password:']) {
      expect(new BecomeDialogue(su('pw')).stdout(b(text))).toEqual({});
    }
  });

  it('a prompt with no password is a missing password; a second prompt an incorrect one', () => {
    expect(new BecomeDialogue(su()).stdout(b('Password: '))).toEqual({ failure: 'Missing su password' });
    const d = new BecomeDialogue(su('wrong'));
    expect(d.stdout(b('Password: '))).toEqual({ reply: 'wrong\n' });
    expect(d.stdout(b('\r\nPassword: '))).toEqual({ failure: 'Incorrect su password' });
  });

  it("names su's complaints when it ends before the marker", () => {
    const wrong = new BecomeDialogue(su('x'));
    wrong.stdout(b('Password: '));
    wrong.stdout(b('\r\nsu: Authentication failure\r\n'));
    expect(wrong.ended()).toMatchObject({ failure: 'Incorrect su password' });
    const noTerminal = new BecomeDialogue(su());
    noTerminal.stderr(b('su: must be run from a terminal\n'));
    expect(noTerminal.ended()).toMatchObject({ failure: 'Missing su password' });
  });

  it('the timeout message quotes what was said before the marker', () => {
    const d = new BecomeDialogue(su('pw'));
    d.stdout(b('waiting for something\r\n'));
    expect(d.timeoutMessage(12)).toBe('Timeout (12s) waiting for privilege escalation prompt: waiting for something');
  });

  it('keeps a bounded amount of what comes before the marker', () => {
    const d = new BecomeDialogue(su('pw'));
    for (let i = 0; i < 100; i++) d.stdout(Buffer.alloc(16 * 1024, 'x'));
    expect(d.ended().stdout.length).toBeLessThanOrEqual(64 * 1024);
    expect(d.stdout(b(`${MARKER}\nok`))).toMatchObject({ started: true, stdout: b('ok') });
  });
});

describe('ExecSession', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function recorder() {
    const events: string[] = [];
    let failure: { err: BecomeError; timedOut: boolean } | undefined;
    const io: ExecIo = {
      stdout: (c) => events.push(`out:${c.toString()}`),
      stderr: (c) => events.push(`err:${c.toString()}`),
      write: (t) => events.push(`write:${t}`),
      start: () => events.push('start'),
      fail: (err, timedOut) => {
        failure = { err, timedOut };
      },
    };
    return { io, events, failure: () => failure };
  }

  it('without become the stdin goes at once and output passes through', () => {
    const r = recorder();
    const s = new ExecSession('h', wrapCommand('id', undefined, 'm', 0), r.io);
    s.begin();
    s.stdout(b('a'));
    s.stderr(b('b'));
    expect(s.end()).toBeUndefined();
    expect(r.events).toEqual(['start', 'out:a', 'err:b']);
  });

  it('with sudo the password follows the prompt and the stdin follows the marker', () => {
    const r = recorder();
    const wrapped = wrapCommand('id', { method: 'sudo', password: 'pw' }, 'm', 0);
    const s = new ExecSession('h', wrapped, r.io);
    s.begin();
    expect(r.events).toEqual([]);
    s.stderr(b(wrapped.become?.sudoPrompt ?? ''));
    expect(r.events).toEqual(['write:pw\n']);
    s.stdout(b(`${wrapped.become?.successMarker}\nuid=0\n`));
    expect(r.events).toEqual(['write:pw\n', 'out:uid=0\n', 'start']);
    expect(s.end()).toBeUndefined();
  });

  it('fails at the become timeout with Ansible\'s message when no marker comes', () => {
    vi.useFakeTimers();
    const r = recorder();
    const s = new ExecSession('h1', wrapCommand('id', { method: 'sudo' }, 'm', 0), r.io, 12_000);
    s.begin();
    s.stdout(b('still thinking'));
    vi.advanceTimersByTime(11_999);
    expect(r.failure()).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(r.failure()?.err.message).toBe('h1: Timeout (12s) waiting for privilege escalation prompt: still thinking');
    expect(r.failure()?.timedOut).toBe(true);
    expect(r.events).not.toContain('start');
  });

  it('an exec that ends before the marker with a known complaint is a BecomeError, else its output stands', () => {
    const r = recorder();
    const s = new ExecSession('h1', wrapCommand('id', { method: 'sudo' }, 'm', 0), r.io);
    s.begin();
    s.stderr(b('sudo: a password is required\n'));
    expect(s.end()?.message).toBe('h1: Missing sudo password');
    const r2 = recorder();
    const s2 = new ExecSession('h1', wrapCommand('id', { method: 'sudo' }, 'm', 0), r2.io);
    s2.begin();
    s2.stderr(b('sorry, not allowed\n'));
    expect(s2.end()).toBeUndefined();
    expect(r2.events).toEqual(['err:sorry, not allowed\n']);
  });
});
