/**
 * Jump hosts as Ansible users write them in `ansible_ssh_common_args` and `ansible_ssh_extra_args`:
 * `-o ProxyJump=a,b`, `-J a`, or the older `-o ProxyCommand="ssh -W %h:%p user@jump"`. The args
 * are read as ssh reads its command line; anything castoff cannot follow the way ssh would (another
 * ProxyCommand, a -J without a host) is a ConfigError, never a direct connection that skips the
 * bastion the user asked for.
 */
import { ConfigError } from '../core/errors.js';
import { ShellSyntaxError, shellWords } from '../core/shell-words.js';

export interface JumpHost {
  address: string;
  port: number;
  user?: string;
  /** The hop's own key (its IdentityFile in the ssh config); the target's credentials when absent. */
  privateKeyFile?: string;
}

/** A hop as written: without a port when none was given, so ssh config's Port for the hop can apply. */
export type WrittenHop = Omit<JumpHost, 'port'> & { port?: number };

/** One variable holding ssh args, e.g. `ansible_ssh_common_args`. */
export interface SshArgs {
  variable: string;
  value: string | undefined;
}

/** A mistake in the args, said without where it is; parseJumpHosts adds the host and variable. */
class SshArgsProblem extends Error {}

// ssh's options that take a value (its getopt string); the rest are flags.
const TAKES_VALUE = new Set('BbcDEeFIiJLlmOoPpQRSWw');

interface SshOption {
  letter: string;
  value: string | undefined;
}

/** ssh's command line as getopt reads it: bundled flags (`-qJ x`), glued values (`-Jx`), and words between. */
function sshCommandLine(words: string[]): { options: SshOption[]; operands: string[] } {
  const options: SshOption[] = [];
  const operands: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word.startsWith('-') || word === '-') {
      operands.push(word);
      continue;
    }
    for (let j = 1; j < word.length; j++) {
      const letter = word[j];
      if (!TAKES_VALUE.has(letter)) {
        options.push({ letter, value: undefined });
        continue;
      }
      const value = j + 1 < word.length ? word.slice(j + 1) : words[++i];
      if (value === undefined || value === '') throw new SshArgsProblem(`option -${letter} needs a value`);
      options.push({ letter, value });
      break;
    }
  }
  return { options, operands };
}

function words(text: string): string[] {
  try {
    return shellWords(text, { comments: false }).map((w) => w.text);
  } catch (err) {
    if (err instanceof ShellSyntaxError) throw new SshArgsProblem(`cannot be split into words: ${err.message}`);
    throw err;
  }
}

function portOf(text: string, what: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 1 && port <= 65535)) throw new SshArgsProblem(`${what} '${text}' is not a port number (1-65535)`);
  return port;
}

/** `[user@]host[:port]`, `[user@][v6addr]:port`, or `ssh://[user@]host[:port]`, as ssh reads a jump host. */
function parseHop(spec: string): WrittenHop {
  const bad = () => new SshArgsProblem(`jump host '${spec}' is not [user@]host[:port]`);
  let rest = spec.replace(/^ssh:\/\//, '');
  let user: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    user = rest.slice(0, at);
    rest = rest.slice(at + 1);
    if (!user) throw bad();
  }
  let port: number | undefined;
  const bracketed = /^\[([^\]]+)\](?::([^:]*))?$/.exec(rest);
  const colon = /^([^:[\]]+):([^:]*)$/.exec(rest);
  if (bracketed) {
    rest = bracketed[1];
    if (bracketed[2] !== undefined) port = portOf(bracketed[2], `jump host '${spec}': port`);
  } else if (colon) {
    rest = colon[1];
    port = portOf(colon[2], `jump host '${spec}': port`);
  }
  if (!rest || /[\s/]/.test(rest)) throw bad();
  return { address: rest, ...(port !== undefined && { port }), ...(user !== undefined && { user }) };
}

function parseHopList(list: string): WrittenHop[] {
  return list.split(',').map(parseHop);
}

const IDIOM = `'ssh -W %h:%p [user@]jumphost'`;

/** A ProxyCommand castoff cannot follow; its message is complete. */
class UnsupportedProxyCommand extends SshArgsProblem {}

/**
 * `ssh -W %h:%p [-p port] [-l user] [user@]jump`: the one ProxyCommand that means "through this
 * jump host", which castoff follows as a hop. Any other command is refused: castoff cannot run it.
 */
function hopFromProxyCommand(command: string): WrittenHop {
  try {
    return idiomHop(command);
  } catch (err) {
    if (err instanceof SshArgsProblem && !(err instanceof UnsupportedProxyCommand)) throw new SshArgsProblem(`ProxyCommand '${command}': ${err.message}`);
    throw err;
  }
}

function idiomHop(command: string): WrittenHop {
  const unsupported = (why: string) =>
    new UnsupportedProxyCommand(`ProxyCommand '${command}' is not supported (${why}); castoff follows ProxyJump, -J, and ProxyCommand ${IDIOM}`);
  const [program, ...args] = words(command);
  if (!program || !/(^|\/)ssh$/.test(program)) throw unsupported('it does not run ssh');
  const { options, operands } = sshCommandLine(args);
  const value = (letter: string) => options.find((o) => o.letter === letter)?.value;
  const forward = value('W');
  if (forward === undefined) throw unsupported('no -W %h:%p');
  if (forward !== '%h:%p' && forward !== '[%h]:%p') throw unsupported(`-W ${forward} is not -W %h:%p`);
  if (options.some((o) => o.letter === 'J' || (o.letter === 'o' && /^\s*Proxy(Jump|Command)\b/i.test(o.value ?? '')))) {
    throw unsupported('it jumps again; write the whole chain as ProxyJump=first,second');
  }
  if (operands.length !== 1) throw unsupported(operands.length === 0 ? 'no jump host' : 'more than a jump host after the options');
  // %r is the target's user, which a hop without its own user takes anyway.
  const hop = parseHop(operands[0].replace(/^%r@/, ''));
  if (/%/.test(hop.address) || (hop.user !== undefined && /%/.test(hop.user))) throw unsupported(`jump host '${operands[0]}'`);
  const port = value('p');
  const user = value('l');
  if (port !== undefined) hop.port = portOf(port, '-p');
  if (user !== undefined) hop.user = user;
  return hop;
}

/** What the args decide so far, in ssh's terms: the first proxy setting wins, and -J allows no other. */
interface ProxyChoice {
  /** How it was set: later ProxyJump/ProxyCommand options are ignored, a later -J is an error. */
  by: '-J' | 'ProxyJump' | 'ProxyCommand';
  hops: WrittenHop[];
}

/** The options of an args string as ssh reads them; a quoting problem quotes the args. */
function argOptions(args: string): ReturnType<typeof sshCommandLine>['options'] {
  let argv: string[];
  try {
    argv = words(args);
  } catch (err) {
    if (err instanceof SshArgsProblem) throw new SshArgsProblem(`'${args}' ${err.message}`);
    throw err;
  }
  return sshCommandLine(argv).options;
}

function applyArgs(args: string, chosen: ProxyChoice | undefined): ProxyChoice | undefined {
  for (const { letter, value = '' } of argOptions(args)) {
    if (letter === 'J') {
      if (chosen?.by === '-J') throw new SshArgsProblem('only a single -J is allowed (separate hops with commas)');
      if (chosen?.by === 'ProxyCommand') throw new SshArgsProblem('-J cannot be combined with ProxyCommand');
      chosen = { by: '-J', hops: value.toLowerCase() === 'none' ? [] : parseHopList(value) };
      continue;
    }
    if (letter !== 'o') continue;
    const m = /^\s*(ProxyJump|ProxyCommand)(?:\s*=|\s|$)(.*)$/is.exec(value);
    if (!m || chosen) continue;
    const by = m[1].toLowerCase() === 'proxyjump' ? 'ProxyJump' : 'ProxyCommand';
    const setting = m[2].trim();
    if (!setting) throw new SshArgsProblem(`${by} needs a value`);
    if (setting.toLowerCase() === 'none') chosen = { by, hops: [] };
    else chosen = { by, hops: by === 'ProxyJump' ? parseHopList(setting) : [hopFromProxyCommand(setting)] };
  }
  return chosen;
}

/**
 * The jump chain that `host`'s ssh args ask for, first hop first; empty when there is none. The
 * args are read in order (common args, then extra args, as Ansible passes them to ssh).
 */
export function parseJumpHosts(host: string, sources: SshArgs[]): JumpHost[] {
  return (parseWrittenJumpHosts(host, sources) ?? []).map((hop) => ({ ...hop, port: hop.port ?? 22 }));
}

/** The jump chain as the args write it; undefined when they set none (`none` is an empty chain). */
export function parseWrittenJumpHosts(host: string, sources: SshArgs[]): WrittenHop[] | undefined {
  let chosen: ProxyChoice | undefined;
  for (const { variable, value } of sources) {
    if (value === undefined) continue;
    try {
      chosen = applyArgs(value, chosen);
    } catch (err) {
      if (err instanceof SshArgsProblem) throw new ConfigError(`${host}: ${variable}: ${err.message}`);
      throw err;
    }
  }
  return chosen?.hops;
}

/** A ProxyJump or ProxyCommand value of an ssh config file; `where` (file:line) leads its errors. */
export function parseJumpSetting(keyword: 'ProxyJump' | 'ProxyCommand', value: string, where: string): WrittenHop[] {
  try {
    if (value.toLowerCase() === 'none') return [];
    return keyword === 'ProxyJump' ? parseHopList(value) : [hopFromProxyCommand(value)];
  } catch (err) {
    if (err instanceof SshArgsProblem) throw new ConfigError(`${where}: ${err.message}`);
    throw err;
  }
}

/**
 * The config file the args name with `-F` (ssh takes the last), `null` for `-F none`, undefined
 * when they name none. Read in Ansible's order: ssh_args, common args, extra args.
 */
export function sshConfigFileArg(host: string, sources: SshArgs[]): string | null | undefined {
  let file: string | null | undefined;
  for (const { variable, value } of sources) {
    if (value === undefined) continue;
    try {
      for (const option of argOptions(value)) {
        if (option.letter === 'F' && option.value !== undefined) file = option.value === 'none' ? null : option.value;
      }
    } catch (err) {
      if (err instanceof SshArgsProblem) throw new ConfigError(`${host}: ${variable}: ${err.message}`);
      throw err;
    }
  }
  return file;
}
