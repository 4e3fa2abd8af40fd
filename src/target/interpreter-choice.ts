/**
 * Which Python a host's modules run with when `ansible_python_interpreter` is a discovery mode
 * (`auto`, the default, `auto_silent`, `auto_legacy`, `auto_legacy_silent`), chosen as
 * ansible-core 2.14 chooses it: the distribution's own Python where the table below knows one and
 * the host has it, else the first candidate found, with Ansible's warnings. Pure: the probe's
 * output in, the choice out.
 */

export type DiscoveryMode = 'auto' | 'auto_silent' | 'auto_legacy' | 'auto_legacy_silent';

const MODES: readonly string[] = ['auto', 'auto_silent', 'auto_legacy', 'auto_legacy_silent'];

/** The mode an `ansible_python_interpreter` value asks for; undefined for a path or command, used as written. */
export function discoveryModeOf(interpreter: string): DiscoveryMode | undefined {
  return MODES.includes(interpreter) ? (interpreter as DiscoveryMode) : undefined;
}

/** The candidates, in order, that the probe looks for (Ansible's INTERPRETER_PYTHON_FALLBACK default). */
export const PYTHON_CANDIDATES: readonly string[] = [
  'python3.11',
  'python3.10',
  'python3.9',
  'python3.8',
  'python3.7',
  'python3.6',
  'python3.5',
  '/usr/bin/python3',
  '/usr/libexec/platform-python',
  'python2.7',
  '/usr/bin/python',
  'python',
];

/**
 * The distributions' own Pythons by distribution (or family) and the first version that ships it
 * (Ansible's _INTERPRETER_PYTHON_DISTRO_MAP default). A version between two entries takes the
 * older one's.
 */
const DISTRO_PYTHONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  redhat: { '6': '/usr/bin/python', '8': '/usr/libexec/platform-python', '9': '/usr/bin/python3' },
  debian: { '8': '/usr/bin/python', '10': '/usr/bin/python3' },
  fedora: { '23': '/usr/bin/python3' },
  ubuntu: { '14': '/usr/bin/python', '16': '/usr/bin/python3' },
};

/**
 * Distribution ids (lowercase, as Ansible's facts name them) of the two families the table
 * covers, so that e.g. Rocky takes RedHat's and Linux Mint Debian's.
 */
const FAMILY_OF: Readonly<Record<string, string>> = Object.fromEntries([
  ...['redhat', 'rhel', 'fedora', 'centos', 'scientific', 'slc', 'ascendos', 'cloudlinux', 'psbm', 'oraclelinux', 'ovs', 'oel', 'amazon', 'virtuozzo', 'xenserver', 'alibaba', 'euleros', 'openeuler', 'almalinux', 'rocky', 'tencentos', 'eurolinux', 'kylin linux advanced server'].map(
    (id) => [id, 'redhat'],
  ),
  ...['debian', 'ubuntu', 'raspbian', 'neon', 'kde neon', 'linux mint', 'steamos', 'devuan', 'kali', 'cumulus linux', 'pop!_os', 'parrot', 'pardus gnu/linux', 'uos', 'deepin', 'osmc'].map((id) => [
    id,
    'debian',
  ]),
]);

/** The link Ansible 2.14's discovery warnings end with. */
export const DISCOVERY_DOC_URL = 'https://docs.ansible.com/ansible-core/2.14/reference_appendices/interpreter_discovery.html';

/** What the probe found on the host. */
export interface InterpreterProbe {
  /** `uname`, lowercase (`linux`, `freebsd`, `darwin`). */
  platform: string;
  /** Absolute paths of the candidates present, in candidate order. */
  found: string[];
  /** `ID` and `VERSION_ID` of the host's os-release, when it has one. */
  distro?: { id: string; version: string };
}

const START = 'PLATFORM';
const FOUND = 'FOUND';
const END = 'ENDFOUND';
const OS_RELEASE = 'OSRELEASE';

/**
 * One shell command that needs no Python: the platform, where each candidate is (`command -v`
 * takes one name at a time in some shells) and the os-release file.
 */
export function probeCommand(candidates: readonly string[] = PYTHON_CANDIDATES): string {
  const lookups = candidates.map((name) => `command -v '${name}'`).join('; ');
  return `echo ${START}; uname; echo ${FOUND}; ${lookups}; echo ${END}; echo ${OS_RELEASE}; cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release 2>/dev/null; true`;
}

/** The unquoted value of an os-release line's right side (shell-style quotes, backslash escapes). */
function osReleaseValue(raw: string): string {
  const value = raw.trim();
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
    const inner = value.slice(1, -1);
    return quote === '"' ? inner.replace(/\\(["\\$`])/g, '$1') : inner;
  }
  return value;
}

function parseOsRelease(text: string): { id: string; version: string } | undefined {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) fields.set(match[1], osReleaseValue(match[2]));
  }
  const id = fields.get('ID');
  return id === undefined ? undefined : { id: id.toLowerCase(), version: fields.get('VERSION_ID') ?? '' };
}

/** The probe's output; undefined when it is not what probeCommand prints (a shell banner is tolerated before it). */
export function parseProbe(stdout: string): InterpreterProbe | undefined {
  const lines = stdout.split(/\r?\n/);
  const start = lines.indexOf(START);
  const found = lines.indexOf(FOUND, start + 1);
  const end = lines.indexOf(END, found + 1);
  if (start < 0 || found < 0 || end < 0) return undefined;
  const platform = lines.slice(start + 1, found).join(' ').trim().toLowerCase();
  const paths = lines.slice(found + 1, end).map((line) => line.trim()).filter((line) => line.startsWith('/'));
  const osRelease = lines.indexOf(OS_RELEASE, end + 1);
  const distro = osRelease < 0 ? undefined : parseOsRelease(lines.slice(osRelease + 1).join('\n'));
  return { platform, found: paths, ...(distro ? { distro } : {}) };
}

/** A version as loose components (`22.04` -> [22, 4], `9.2b` -> [9, 2, 'b']), compared numbers first. */
function looseParts(version: string): Array<number | string> {
  return (version.match(/\d+|[a-z]+/gi) ?? []).map((part) => (/^\d+$/.test(part) ? Number(part) : part.toLowerCase()));
}

function compareLoose(a: string, b: string): number {
  const x = looseParts(a);
  const y = looseParts(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    if (typeof x[i] !== typeof y[i]) return typeof x[i] === 'number' ? 1 : -1;
    return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

/** The Python of the newest table version not newer than `version` (the oldest when it is older than all). */
function pythonForVersion(version: string, versions: Readonly<Record<string, string>>): string {
  if (Object.hasOwn(versions, version)) return versions[version];
  const sorted = Object.keys(versions).sort(compareLoose);
  const older = sorted.filter((known) => compareLoose(known, version) <= 0);
  return versions[older.length > 0 ? older[older.length - 1] : sorted[0]];
}

/** The distribution's own Python, if the table knows the distribution. */
export function distroPython(distro: { id: string; version: string }): string | undefined {
  const versions = DISTRO_PYTHONS[distro.id] ?? DISTRO_PYTHONS[FAMILY_OF[distro.id] ?? ''];
  return versions ? pythonForVersion(distro.version, versions) : undefined;
}

/** A warning of the discovery, worded as Ansible 2.14 words it once the host's name is known. */
export type DiscoveryNote =
  | { kind: 'none-found'; candidates: readonly string[] }
  | { kind: 'legacy'; distro: string; version: string; platformPython: string }
  | { kind: 'not-a-candidate'; platformPython: string }
  | { kind: 'platform-missing'; distro: string; version: string; platformPython: string; used: string }
  | { kind: 'fallback'; platform: string; used: string };

export interface InterpreterChoice {
  python: string;
  /** Empty in the silent modes. */
  notes: DiscoveryNote[];
}

/** Python's repr of a list of strings, as Ansible prints the candidates it tried. */
function pythonList(items: readonly string[]): string {
  return `[${items.map((item) => `'${item}'`).join(', ')}]`;
}

export function discoveryWarning(note: DiscoveryNote, host: string): string {
  switch (note.kind) {
    case 'none-found':
      return `No python interpreters found for host ${host} (tried ${pythonList(note.candidates)})`;
    case 'legacy':
      return (
        `Distribution ${note.distro} ${note.version} on host ${host} should use ${note.platformPython}, but is using ` +
        `/usr/bin/python for backward compatibility with prior Ansible releases. See ${DISCOVERY_DOC_URL} for more information`
      );
    case 'not-a-candidate':
      return `Platform interpreter ${note.platformPython} on host ${host} is missing from bootstrap list`;
    case 'platform-missing':
      return (
        `Distribution ${note.distro} ${note.version} on host ${host} should use ${note.platformPython}, but is using ${note.used}, ` +
        `since the discovered platform python interpreter was not present. See ${DISCOVERY_DOC_URL} for more information.`
      );
    case 'fallback':
      return (
        `Platform ${note.platform} on host ${host} is using the discovered Python interpreter at ${note.used}, but future installation ` +
        `of another Python interpreter could change the meaning of that path. See ${DISCOVERY_DOC_URL} for more information.`
      );
  }
}

/** Where Ansible's discovery gives up on the distribution table and takes the first Python found. */
function fallback(probe: InterpreterProbe | undefined, used: string, silent: boolean): InterpreterChoice {
  return { python: used, notes: silent ? [] : [{ kind: 'fallback', platform: probe?.platform || 'unknown', used }] };
}

/**
 * The interpreter for `mode` given what the probe found (undefined: the probe printed something
 * else). With no Python at all the answer is `/usr/bin/python`, as in Ansible, and the module
 * that needs it then fails saying the host has none.
 */
export function chooseInterpreter(probe: InterpreterProbe | undefined, mode: DiscoveryMode, candidates: readonly string[] = PYTHON_CANDIDATES): InterpreterChoice {
  const silent = mode.endsWith('_silent');
  const legacy = mode.startsWith('auto_legacy');
  if (!probe) return fallback(undefined, '/usr/bin/python', silent);
  const first = probe.found[0];
  if (first === undefined) return { python: '/usr/bin/python', notes: silent ? [] : [{ kind: 'none-found', candidates }] };
  if (probe.platform !== 'linux' || !probe.distro || !probe.distro.version) return fallback(probe, first, silent);
  const platformPython = distroPython(probe.distro);
  if (platformPython === undefined) return fallback(probe, first, silent);
  const { id: distro, version } = probe.distro;
  if (legacy && platformPython !== '/usr/bin/python' && probe.found.includes('/usr/bin/python')) {
    return { python: '/usr/bin/python', notes: silent ? [] : [{ kind: 'legacy', distro, version, platformPython }] };
  }
  if (probe.found.includes(platformPython)) return { python: platformPython, notes: [] };
  const notes: DiscoveryNote[] = [];
  if (!silent) {
    if (!candidates.includes(platformPython)) notes.push({ kind: 'not-a-candidate', platformPython });
    notes.push({ kind: 'platform-missing', distro, version, platformPython, used: first });
  }
  return { python: first, notes };
}
