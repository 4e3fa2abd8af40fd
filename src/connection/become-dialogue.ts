/**
 * The controller's side of a become step, as pure logic over the output of one exec: it answers
 * the become program's password prompt (and nothing else), notices the success marker the become
 * user's shell prints right before the command starts, and names the failure when the switch
 * does not happen. Everything before the marker is the become dialogue, never the command's output.
 */
import type { BecomePlan } from './become.js';

/** What to do after a piece of output. */
export interface DialogueStep {
  /** Bytes that are the command's own output. */
  stdout?: Buffer;
  stderr?: Buffer;
  /** Write this to the become program's stdin (the password line). */
  reply?: string;
  /** The command runs from here: its stdin may go now. */
  started?: true;
  /** The switch failed; the exec must stop. */
  failure?: string;
}

/** Output kept from before the marker: enough to find a prompt, the marker, and su's or sudo's complaint. */
const KEPT_BEFORE_START = 64 * 1024;
/** How much of the dialogue a timeout message quotes. */
const QUOTED_IN_TIMEOUT = 1000;

/**
 * Words su prints for "password" in the locales Ansible recognises; the prompt is one of them,
 * optionally after "<user>'s ", then a colon (or a full-width one), alone at the end of the output.
 */
const SU_PROMPT_WORDS = [
  'Password', '암호', 'パスワード', 'Adgangskode', 'Contraseña', 'Contrasenya', 'Hasło', 'Heslo', 'Jelszó', 'Lösenord',
  'Mật khẩu', 'Mot de passe', 'Parola', 'Parool', 'Pasahitza', 'Passord', 'Passwort', 'Salasana', 'Sandi', 'Senha',
  'Wachtwoord', 'ססמה', 'Лозинка', 'Парола', 'Пароль', 'गुप्तशब्द', 'शब्दकूट', 'సంకేతపదము', 'හස්පදය', '密码', '密碼', '口令',
];
const SU_PROMPT = new RegExp(`^\\s*(\\S+'s )?(${SU_PROMPT_WORDS.join('|')}) ?[:：] ?$`, 'iu');

const SUDO_MISSING = /(a password is required|a terminal is required)/;
const SUDO_INCORRECT = /(incorrect password attempt|Sorry, try again)/;
const SU_INCORRECT = /Authentication failure/;
const SU_MISSING = /must be run from a terminal/;

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export class BecomeDialogue {
  private started = false;
  private answered = false;
  private before: Buffer = Buffer.alloc(0);
  private beforeErr: Buffer = Buffer.alloc(0);
  private readonly marker: Buffer;
  private readonly prompt: Buffer | undefined;

  constructor(private readonly plan: BecomePlan) {
    this.marker = Buffer.from(plan.successMarker);
    this.prompt = plan.sudoPrompt === undefined ? undefined : Buffer.from(plan.sudoPrompt);
  }

  get hasStarted(): boolean {
    return this.started;
  }

  stdout(chunk: Buffer): DialogueStep {
    if (this.started) return { stdout: chunk };
    this.before = Buffer.concat([this.before, chunk]);
    const start = this.afterMarker();
    if (start !== undefined) {
      this.started = true;
      const step: DialogueStep = { started: true, stdout: this.before.subarray(start), stderr: this.beforeErr };
      this.before = Buffer.alloc(0);
      this.beforeErr = Buffer.alloc(0);
      return step;
    }
    const step = this.plan.method === 'su' ? this.suPrompt() : {};
    this.before = keepTail(this.before);
    return step;
  }

  stderr(chunk: Buffer): DialogueStep {
    if (this.started) return { stderr: chunk };
    this.beforeErr = Buffer.concat([this.beforeErr, chunk]);
    const step = this.sudoPrompts();
    this.beforeErr = keepTail(this.beforeErr);
    return step;
  }

  /**
   * The exec ended before the marker: the command never ran. What su or sudo printed stands as
   * the result, unless it says the password was missing or wrong.
   */
  ended(): { stdout: Buffer; stderr: Buffer; failure?: string } {
    const said = `${this.before.toString()}\n${this.beforeErr.toString()}`;
    const failure = this.plan.method === 'sudo' ? sudoComplaint(said) : suComplaint(said);
    return { stdout: this.before, stderr: this.beforeErr, ...(failure ? { failure } : {}) };
  }

  /** Ansible's words for a become program that neither asked nor let the command start in time. */
  timeoutMessage(seconds: number): string {
    const said = this.before.toString().slice(-QUOTED_IN_TIMEOUT).trim();
    return `Timeout (${seconds}s) waiting for privilege escalation prompt: ${said}`;
  }

  /** Where the command's output starts when the marker line is complete in `before`. */
  private afterMarker(): number | undefined {
    for (let at = this.before.indexOf(this.marker); at >= 0; at = this.before.indexOf(this.marker, at + 1)) {
      let end = at + this.marker.length;
      if (this.before[end] === CARRIAGE_RETURN) end++;
      if (this.before[end] === NEWLINE) return end + 1;
    }
    return undefined;
  }

  /** su's prompt is the line the output ends with; it is taken out once seen so that it counts once. */
  private suPrompt(): DialogueStep {
    const lineStart = Math.max(this.before.lastIndexOf(NEWLINE), this.before.lastIndexOf(CARRIAGE_RETURN)) + 1;
    if (!SU_PROMPT.test(this.before.subarray(lineStart).toString())) return {};
    this.before = this.before.subarray(0, lineStart);
    return this.promptSeen('su');
  }

  /** sudo prints exactly the prompt it was given; each one is taken out of stderr as it is seen. */
  private sudoPrompts(): DialogueStep {
    if (!this.prompt) return {};
    let step: DialogueStep = {};
    for (let at = this.beforeErr.indexOf(this.prompt); at >= 0 && !step.failure; at = this.beforeErr.indexOf(this.prompt)) {
      this.beforeErr = Buffer.concat([this.beforeErr.subarray(0, at), this.beforeErr.subarray(at + this.prompt.length)]);
      step = this.promptSeen('sudo');
    }
    return step;
  }

  private promptSeen(method: string): DialogueStep {
    if (this.plan.password === undefined) return { failure: `Missing ${method} password` };
    // Asked again after our answer: the password was wrong.
    if (this.answered) return { failure: `Incorrect ${method} password` };
    this.answered = true;
    return { reply: `${this.plan.password}\n` };
  }
}

function keepTail(buffer: Buffer): Buffer {
  return buffer.length > KEPT_BEFORE_START ? buffer.subarray(buffer.length - KEPT_BEFORE_START) : buffer;
}

function sudoComplaint(said: string): string | undefined {
  if (SUDO_MISSING.test(said)) return 'Missing sudo password';
  if (SUDO_INCORRECT.test(said)) return 'Incorrect sudo password';
  return undefined;
}

function suComplaint(said: string): string | undefined {
  if (SU_INCORRECT.test(said)) return 'Incorrect su password';
  if (SU_MISSING.test(said)) return 'Missing su password';
  return undefined;
}
