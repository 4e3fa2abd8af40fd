/**
 * OpenSSH's client configuration (ssh_config(5)) as `ssh` reads it for one host, limited to the
 * keywords castoff acts on. Pure: files are read through the `SshConfigFiles` it is given, so the
 * caller decides which files exist (tests never see the machine's ~/.ssh).
 */
import { ConfigError } from '../core/errors.js';
import { hasWildcard, wildcardRegExp } from '../core/fnmatch.js';

/** One `Keyword args...` line of a config file. */
export interface SshConfigLine {
  /** Lowercased: keywords are case-insensitive. */
  keyword: string;
  args: string[];
  file: string;
  line: number;
}

/** A value and the line that set it, for messages. */
export interface Setting<T> {
  value: T;
  file: string;
  line: number;
}

/** What the config says for one host: the first value of each keyword that applies, as ssh takes it. */
export interface SshHostConfig {
  hostName?: Setting<string>;
  user?: Setting<string>;
  port?: Setting<number>;
  /** Every IdentityFile that applies, in order (ssh tries them all); tokens not yet expanded. */
  identityFiles: Setting<string>[];
  /** The first of ProxyJump and ProxyCommand to appear wins, as in ssh. */
  proxy?: Setting<string> & { keyword: 'ProxyJump' | 'ProxyCommand' };
  connectTimeoutSeconds?: Setting<number>;
  serverAliveIntervalSeconds?: Setting<number>;
  serverAliveCountMax?: Setting<number>;
}

/** How the resolver reaches files: `read` gives undefined for a missing file, `list` for a missing folder. */
export interface SshConfigFiles {
  read(path: string): string | undefined;
  list(dir: string): string[] | undefined;
  /** The user's home: `~` and relative Include paths (`~/.ssh`) start there. */
  home: string;
  /** The local user name, for `Match localuser`. */
  localUser?: string;
}

/** ssh refuses deeper nesting of Include, which also stops a file including itself. */
const MAX_INCLUDE_DEPTH = 16;

function problem(file: string, line: number, detail: string): ConfigError {
  return new ConfigError(`${file}:${line}: ${detail}`);
}

/** A line's words as ssh splits them: whitespace between, "double" or 'single' quotes, `#` starts a comment. */
function splitWords(text: string, file: string, line: number): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length || text[i] === '#') break;
    let word = '';
    while (i < text.length && !/\s/.test(text[i])) {
      const c = text[i];
      if (c === '"' || c === "'") {
        const end = text.indexOf(c, i + 1);
        if (end < 0) throw problem(file, line, 'unterminated quoted argument');
        word += text.slice(i + 1, end);
        i = end + 1;
      } else if (c === '\\' && i + 1 < text.length) {
        word += text[i + 1];
        i += 2;
      } else {
        word += c;
        i++;
      }
    }
    words.push(word);
  }
  return words;
}

/** The lines of one config file; blank and comment lines are dropped. */
export function parseSshConfigText(text: string, file: string): SshConfigLine[] {
  const lines: SshConfigLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    // `Keyword=value` and `Keyword = value` are the same as `Keyword value`.
    const m = /^\s*([A-Za-z][A-Za-z0-9]*)(?:\s*=\s*|\s+|$)(.*)$/.exec(raw);
    if (!m) {
      if (/^\s*(#.*)?$/.test(raw)) return;
      throw problem(file, line, `cannot read '${raw.trim()}' as 'Keyword value'`);
    }
    lines.push({ keyword: m[1].toLowerCase(), args: splitWords(m[2], file, line), file, line });
  });
  return lines;
}

/** ssh's wildcard match: `*` any run of characters, `?` one; case-insensitive as ssh lowercases both. */
export function wildcardMatch(text: string, pattern: string): boolean {
  const source = pattern
    .toLowerCase()
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 's').test(text.toLowerCase());
}

/** A pattern list (`a b !c`, or `a,b,!c`): a matching negation rules the host out, else any positive match counts. */
export function matchesPatternList(host: string, patterns: string[]): boolean {
  let matched = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    if (!wildcardMatch(host, body)) continue;
    if (negated) return false;
    matched = true;
  }
  return matched;
}

/** `~`, `~/x` and a relative Include path, as ssh anchors them: in the home or in `~/.ssh`. */
function anchorIncludePath(path: string, home: string): string {
  if (path === '~' || path.startsWith('~/')) return home + path.slice(1);
  if (path.startsWith('/')) return path;
  return `${home}/.ssh/${path}`;
}

/** glob(3) for one segment: hidden names only when the pattern starts with a dot. */
function segmentMatch(name: string, pattern: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  return wildcardRegExp(pattern, { crossSlash: false }).test(name);
}

/** The existing paths a glob names, sorted per folder as glob(3) sorts them. */
export function expandGlob(pattern: string, files: Pick<SshConfigFiles, 'list' | 'read'>): string[] {
  const segments = pattern.split('/');
  let paths = [segments[0] === '' ? '' : segments[0]];
  for (const segment of segments.slice(1)) {
    if (segment === '') continue;
    const next: string[] = [];
    for (const base of paths) {
      if (!hasWildcard(segment)) {
        next.push(`${base}/${segment}`);
        continue;
      }
      const names = files.list(base === '' ? '/' : base) ?? [];
      for (const name of [...names].sort()) if (segmentMatch(name, segment)) next.push(`${base}/${name}`);
    }
    paths = next;
  }
  return paths.filter((p) => files.read(p) !== undefined);
}

interface Walk {
  host: string;
  config: SshHostConfig;
  files: SshConfigFiles;
}

function positiveNumber(line: SshConfigLine, what: string, min: number, max: number): number {
  const text = line.args[0];
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) throw problem(line.file, line.line, `${what} '${text}' is not a number from ${min} to ${max}`);
  return n;
}

/** Records the line's value where the keyword is still unset: ssh keeps the first value it obtains. */
function apply(line: SshConfigLine, { config }: Walk): void {
  const at = { file: line.file, line: line.line };
  const first = line.args[0];
  if (first === undefined) throw problem(line.file, line.line, `${line.keyword} needs a value`);
  switch (line.keyword) {
    case 'hostname':
      config.hostName ??= { value: first, ...at };
      break;
    case 'user':
      config.user ??= { value: first, ...at };
      break;
    case 'port':
      config.port ??= { value: positiveNumber(line, 'Port', 1, 65535), ...at };
      break;
    case 'identityfile':
      config.identityFiles.push({ value: first, ...at });
      break;
    case 'proxyjump':
      config.proxy ??= { keyword: 'ProxyJump', value: first, ...at };
      break;
    case 'proxycommand':
      // The command is the rest of the line, as ssh runs it through a shell.
      config.proxy ??= { keyword: 'ProxyCommand', value: line.args.join(' '), ...at };
      break;
    case 'connecttimeout':
      config.connectTimeoutSeconds ??= { value: positiveNumber(line, 'ConnectTimeout', 0, 2 ** 31), ...at };
      break;
    case 'serveraliveinterval':
      config.serverAliveIntervalSeconds ??= { value: positiveNumber(line, 'ServerAliveInterval', 0, 2 ** 31), ...at };
      break;
    case 'serveralivecountmax':
      config.serverAliveCountMax ??= { value: positiveNumber(line, 'ServerAliveCountMax', 0, 2 ** 31), ...at };
      break;
    default:
      // Keywords castoff does not act on are not its business (README: what is read and what is not).
      break;
  }
}

const MATCH_CRITERIA_WITH_ARG = new Set(['host', 'originalhost', 'localuser']);

/** Whether a `Match` line applies; criteria castoff cannot judge are an error, never a guess. */
function matchApplies(line: SshConfigLine, walk: Walk): boolean {
  const args = line.args;
  if (args.length === 0) throw problem(line.file, line.line, 'Match needs criteria');
  if (args.length === 1 && args[0].toLowerCase() === 'all') return true;
  let applies = true;
  for (let i = 0; i < args.length; i++) {
    const negated = args[i].startsWith('!');
    const criterion = (negated ? args[i].slice(1) : args[i]).toLowerCase();
    if (!MATCH_CRITERIA_WITH_ARG.has(criterion)) {
      throw problem(line.file, line.line, `Match ${criterion} is not supported (castoff reads Match all, host, originalhost and localuser)`);
    }
    const list = args[++i];
    if (list === undefined) throw problem(line.file, line.line, `Match ${criterion} needs a pattern list`);
    const subject =
      criterion === 'host' ? (walk.config.hostName ? expandHostName(walk.config.hostName.value, walk.host) : walk.host) : criterion === 'originalhost' ? walk.host : (walk.files.localUser ?? '');
    const matched = matchesPatternList(subject, list.split(','));
    if (matched === negated) applies = false;
  }
  return applies;
}

function walkFile(path: string, walk: Walk, active: boolean, neverMatch: boolean, depth: number): void {
  const text = walk.files.read(path);
  if (text === undefined) return;
  for (const line of parseSshConfigText(text, path)) {
    if (line.keyword === 'host') {
      if (line.args.length === 0) throw problem(line.file, line.line, 'Host needs at least one pattern');
      active = !neverMatch && matchesPatternList(walk.host, line.args);
    } else if (line.keyword === 'match') {
      active = !neverMatch && matchApplies(line, walk);
    } else if (line.keyword === 'include') {
      if (line.args.length === 0) throw problem(line.file, line.line, 'Include needs a file');
      if (depth + 1 > MAX_INCLUDE_DEPTH) throw problem(line.file, line.line, `Include nested more than ${MAX_INCLUDE_DEPTH} deep`);
      // An Include in a block that does not apply is read with every Host in it not matching, as ssh does.
      for (const arg of line.args) {
        for (const included of expandGlob(anchorIncludePath(arg, walk.files.home), walk.files)) {
          walkFile(included, walk, active, neverMatch || !active, depth + 1);
        }
      }
    } else if (active) {
      apply(line, walk);
    }
  }
}

/** What the config file at `path` (and the files it includes) says for `host`, the name given to ssh. */
export function resolveSshConfig(host: string, path: string, files: SshConfigFiles): SshHostConfig {
  const walk: Walk = { host, config: { identityFiles: [] }, files };
  walkFile(path, walk, true, false, 0);
  return walk.config;
}

/** HostName's only tokens: `%h` (the name given to ssh) and `%%`. */
export function expandHostName(value: string, host: string): string {
  return value.replace(/%([%h])/g, (_m, t: string) => (t === '%' ? '%' : host));
}

/** Values for the `%` tokens of IdentityFile. */
export interface IdentityTokens {
  /** %h: the host connected to, after HostName. */
  hostName: string;
  /** %n: the name given to ssh. */
  originalHost: string;
  /** %p */
  port: number;
  /** %r */
  remoteUser: string;
  /** %u */
  localUser: string;
  /** %d */
  home: string;
}

/** `~` and the `%` tokens of an IdentityFile, as ssh expands them; an unknown token is an error. */
export function expandIdentityFile(setting: Setting<string>, tokens: IdentityTokens): string {
  const withHome = setting.value === '~' || setting.value.startsWith('~/') ? tokens.home + setting.value.slice(1) : setting.value;
  const values: Record<string, string> = {
    '%': '%',
    h: tokens.hostName,
    n: tokens.originalHost,
    p: String(tokens.port),
    r: tokens.remoteUser,
    u: tokens.localUser,
    d: tokens.home,
  };
  return withHome.replace(/%(.?)/g, (_m, t: string) => {
    const v = values[t];
    if (v === undefined) throw problem(setting.file, setting.line, `IdentityFile '${setting.value}': token %${t} is not supported (castoff expands %%, %d, %h, %n, %p, %r, %u)`);
    return v;
  });
}
