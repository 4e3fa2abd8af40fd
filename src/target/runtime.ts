/**
 * Installs payload bundles on a host, once per host, user and run: one exec whose stdin carries the
 * files, written by the job's own user into a private (umask 077) content-addressed directory. The
 * same exec resolves the user's home and async dir to absolute paths, so job and poll always agree.
 */
import { CastoffError } from '../core/errors.js';
import { shellQuote, type BecomeOptions, type Connection } from '../connection/index.js';
import { discoveryModeOf, PYTHON_CANDIDATES } from './interpreter-choice.js';
import { discoverInterpreter } from './interpreter-discovery.js';
import { runtimeBundle, type PayloadBundle } from './payloads.js';
import { DEFAULT_ASYNC_DIR, DEFAULT_PYTHON, type RunsAs } from './types.js';

export interface RemoteRuntime {
  python: string;
  home: string;
  /** Absolute path of the installed bundle. */
  dir: string;
  /** Absolute async dir for this user. */
  asyncDir: string;
  /** Absolute, private directory for per-job argument files. */
  argsDir: string;
}

/** The host cannot run what castoff uploads (usually: no Python). */
export class RemoteRuntimeError extends CastoffError {
  override name = 'RemoteRuntimeError';
}

// Python 3.6+, stdlib only, run after the private-dir rule (remote/modules/_castoff_private_dir.py):
// ~/.castoff must pass it, so that no other user can swap the code or arguments kept below it. Files
// go to a temp name and are renamed, so a half-finished install (lost connection) is never taken
// for a complete one: `.complete` is written last, after the zips named in `unzip` are unpacked.
// A request without files only asks whether the bundle is there; bytes come base64-encoded as
// {"base64": ...}.
const INSTALLER_BODY = `
import base64, json, os, sys
req = json.load(sys.stdin)
os.umask(0o077)
home = os.path.expanduser('~')
top = os.path.join(home, '.castoff')
try:
    os.close(open_private_dir(top, "castoff's directory"))
except UnsafeDirectory as error:
    print(json.dumps({'refused': str(error)}))
    sys.exit(0)
base = os.path.join(top, req['dir'])
wrote = False
if not os.path.exists(os.path.join(base, '.complete')):
    if req.get('files') is None:
        print(json.dumps({'missing': True}))
        sys.exit(0)
    for name, content in req['files'].items():
        path = os.path.join(base, name)
        d = os.path.dirname(path)
        if not os.path.isdir(d):
            os.makedirs(d, 0o700)
        tmp = '%s.%d.tmp' % (path, os.getpid())
        if isinstance(content, dict):
            with open(tmp, 'wb') as f:
                f.write(base64.b64decode(content['base64']))
        else:
            with open(tmp, 'w') as f:
                f.write(content)
        os.chmod(tmp, 0o700)
        os.rename(tmp, path)
    for name in req.get('unzip') or []:
        import zipfile
        with zipfile.ZipFile(os.path.join(base, name)) as z:
            z.extractall(os.path.join(base, name[:-len('.zip')]))
    open(os.path.join(base, '.complete'), 'w').close()
    wrote = True
args = os.path.join(top, 'args')
if not os.path.isdir(args):
    os.makedirs(args, 0o700)
async_dir = os.path.abspath(os.path.expanduser(req['async_dir']))
print(json.dumps({'home': home, 'dir': base, 'async_dir': async_dir, 'args_dir': args, 'wrote': wrote}))
`;

let installer: string | undefined;

function installerSource(): string {
  installer ??= `${runtimeBundle().files['modules/_castoff_private_dir.py']}\n${INSTALLER_BODY}`;
  return installer;
}

const NO_PYTHON = /(not found|No such file or directory)/;

function cacheKey(bundle: PayloadBundle, become: BecomeOptions | undefined, python: string, asyncDir: string): string {
  return [bundle.dirName, become ? `${become.method}:${become.user ?? 'root'}` : '-', python, asyncDir].join('|');
}

const installed = new WeakMap<Connection, Map<string, Promise<RemoteRuntime>>>();

export interface InstallOptions extends RunsAs {
  signal?: AbortSignal;
}

export function installRuntime(conn: Connection, bundle: PayloadBundle, options: InstallOptions = {}): Promise<RemoteRuntime> {
  const python = options.python ?? DEFAULT_PYTHON;
  const asyncDir = options.asyncDir ?? DEFAULT_ASYNC_DIR;
  let perHost = installed.get(conn);
  if (!perHost) {
    perHost = new Map();
    installed.set(conn, perHost);
  }
  const key = cacheKey(bundle, options.become, python, asyncDir);
  let pending = perHost.get(key);
  if (!pending) {
    pending = install(conn, bundle, python, asyncDir, options);
    perHost.set(key, pending);
    // A failed install (lost connection) must be retried by the next task, not remembered.
    pending.catch(() => perHost!.delete(key));
  }
  return pending;
}

/** The interpreter to run: `ansible_python_interpreter` as written, or the discovered one for a discovery mode. */
async function interpreterFor(conn: Connection, python: string, signal: AbortSignal | undefined): Promise<string> {
  const mode = discoveryModeOf(python);
  return mode ? (await discoverInterpreter(conn, mode, signal)).python : python;
}

interface InstallerReply {
  refused?: string;
  missing?: boolean;
  wrote?: boolean;
  home: string;
  dir: string;
  async_dir: string;
  args_dir: string;
}

function wireFiles(files: PayloadBundle['files']): Record<string, string | { base64: string }> {
  return Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? content : { base64: content.toString('base64') }]));
}

async function install(conn: Connection, bundle: PayloadBundle, setting: string, asyncDir: string, options: InstallOptions): Promise<RemoteRuntime> {
  const python = await interpreterFor(conn, setting, options.signal);
  const interpreter = { python, discovered: discoveryModeOf(setting) !== undefined };
  let reply = bundle.checkFirst ? await runInstaller(conn, { dir: bundle.dirName, async_dir: asyncDir }, interpreter, options) : undefined;
  if (!reply || reply.missing) {
    reply = await runInstaller(conn, { dir: bundle.dirName, files: wireFiles(bundle.files), unzip: bundle.unzip, async_dir: asyncDir }, interpreter, options);
  }
  if (reply.missing) throw new RemoteRuntimeError(`${conn.host}: could not install castoff's remote files: the installer did not take them`);
  // The run's cost report counts the installs that sent files to the host.
  if (reply.wrote) conn.stats.uploads++;
  // The runtime holds the warm helper: from here on this identity's operations can go through it.
  if ('helper.py' in bundle.files) conn.startHelper?.({ python, dir: reply.dir, become: options.become });
  return { python, home: reply.home, dir: reply.dir, asyncDir: reply.async_dir, argsDir: reply.args_dir };
}

async function runInstaller(
  conn: Connection,
  req: object,
  { python, discovered }: { python: string; discovered: boolean },
  options: InstallOptions,
): Promise<InstallerReply> {
  const request = JSON.stringify(req);
  const result = await conn.exec(`${shellQuote(python)} -c ${shellQuote(installerSource())}`, {
    stdin: request,
    become: options.become,
    signal: options.signal,
  });
  const stderr = result.stderr.toString().trim();
  if (result.rc === 127 || (result.rc !== 0 && NO_PYTHON.test(stderr) && stderr.includes(python))) {
    const where = discovered ? `at '${python}', nor any other that discovery looks for (${PYTHON_CANDIDATES.join(', ')})` : `at '${python}'`;
    throw new RemoteRuntimeError(
      `${conn.host}: the host has no Python interpreter ${where} (${stderr || `rc ${result.rc}`}); ` +
        `castoff's modules and async jobs need Python 3 on the host (set ansible_python_interpreter, or use 'raw')`,
    );
  }
  if (result.rc !== 0) {
    throw new RemoteRuntimeError(`${conn.host}: could not install castoff's remote files: ${stderr || `rc ${result.rc}`}`);
  }
  const reply = JSON.parse(result.stdout.toString().trim().split('\n').pop() ?? '{}') as InstallerReply;
  if (reply.refused) throw new RemoteRuntimeError(`${conn.host}: ${reply.refused}`);
  return reply;
}
