/**
 * Jump hosts as Ansible users write them in `ansible_ssh_common_args`: `-o ProxyJump=a,b`,
 * `-J a`, or the older `-o ProxyCommand="ssh -W %h:%p user@jump"`.
 */
export interface JumpHost {
  address: string;
  port: number;
  user?: string;
}

function parseHop(spec: string): JumpHost {
  let rest = spec.replace(/^ssh:\/\//, '');
  let user: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    user = rest.slice(0, at);
    rest = rest.slice(at + 1);
  }
  let port = 22;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(rest);
  if (bracketed) {
    rest = bracketed[1];
    if (bracketed[2]) port = Number(bracketed[2]);
  } else {
    const colon = /^([^:]+):(\d+)$/.exec(rest);
    if (colon) {
      rest = colon[1];
      port = Number(colon[2]);
    }
  }
  return user === undefined ? { address: rest, port } : { address: rest, port, user };
}

function tokenize(args: string): string[] {
  const tokens: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|([^\s"']+)/g;
  let current = '';
  let last = -1;
  for (let m = re.exec(args); m; m = re.exec(args)) {
    const piece = m[1] ?? m[2] ?? m[3] ?? '';
    if (m.index === last) current += piece;
    else {
      if (last !== -1) tokens.push(current);
      current = piece;
    }
    last = re.lastIndex;
  }
  if (last !== -1) tokens.push(current);
  return tokens;
}

function hopsFromProxyCommand(command: string): JumpHost[] {
  const words = tokenize(command);
  if (!words.includes('-W')) return [];
  let port: number | undefined;
  let target: string | undefined;
  let user: string | undefined;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w === '-p') port = Number(words[++i]);
    else if (w === '-l') user = words[++i];
    else if (w === '-W' || w === '-o' || w === '-i' || w === '-F') i++;
    else if (!w.startsWith('-')) target = w;
  }
  if (!target) return [];
  const hop = parseHop(target);
  if (port !== undefined) hop.port = port;
  if (user !== undefined) hop.user = user;
  return [hop];
}

/** The jump chain in `ansible_ssh_common_args`, first hop first; empty when there is none. */
export function parseJumpHosts(commonArgs: string | undefined): JumpHost[] {
  if (!commonArgs) return [];
  const words = tokenize(commonArgs);
  for (let i = 0; i < words.length; i++) {
    let option: string | undefined;
    if (words[i] === '-J') return words[i + 1].split(',').map(parseHop);
    if (words[i] === '-o') option = words[++i];
    else if (words[i].startsWith('-o')) option = words[i].slice(2);
    if (!option) continue;
    const m = /^(ProxyJump|ProxyCommand)\s*[= ]\s*(.*)$/i.exec(option);
    if (!m) continue;
    if (m[1].toLowerCase() === 'proxyjump') {
      return m[2].toLowerCase() === 'none' ? [] : m[2].split(',').map(parseHop);
    }
    return hopsFromProxyCommand(m[2]);
  }
  return [];
}
