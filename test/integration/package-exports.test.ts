/**
 * The package as a program installs it: `import 'castoff'` gets the curated API through the
 * `exports` map, `castoff/version` the light entry, and nothing else inside the package is
 * reachable. Runs the built dist/ (`npm run build` first); no hosts involved.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  types: string;
  bin: Record<string, string>;
  exports: Record<string, string | { types: string; default: string }>;
  files: string[];
};
const run = promisify(execFile);

/** A project with castoff installed as `npm link` installs it: node_modules/castoff -> the package. */
function projectWithCastoff(): string {
  const dir = mkdtempSync(join(tmpdir(), 'castoff-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'castoff'), 'dir');
  return dir;
}

async function node(cwd: string, script: string): Promise<string> {
  const { stdout } = await run('node', ['--input-type=module', '-e', script], { cwd });
  return stdout.trim();
}

describe('the package exports', () => {
  it('map every entry to a built file with its types, and the bins and main exist too', () => {
    const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : [t.types, t.default]));
    expect(Object.keys(pkg.exports)).toEqual(['.', './version', './package.json']);
    for (const file of [...targets, pkg.main, pkg.types, ...Object.values(pkg.bin)]) expect(existsSync(join(root, file)), file).toBe(true);
  });

  it('ship in the packed tarball', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root });
    const files = new Set((JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path));
    for (const t of Object.values(pkg.exports)) for (const file of typeof t === 'string' ? [t] : [t.types, t.default]) expect(files.has(file.replace(/^\.\//, '')), file).toBe(true);
    expect(files.has('remote/async_wrapper.py')).toBe(true);
  });

  it("give a program the curated API, and no journal internals or exit codes", async () => {
    const out = await node(
      projectWithCastoff(),
      "const m = await import('castoff'); console.log(JSON.stringify({ run: typeof m.runPlaybook, adhoc: typeof m.runAdHoc, journal: typeof m.RunJournal, internals: ['EXIT', 'recordLaunch', 'recordLaunching', 'parseJournalLine', 'TaskTimeoutError', 'runLoadedPlaybook'].filter((n) => n in m) }))",
    );
    expect(JSON.parse(out)).toEqual({ run: 'function', adhoc: 'function', journal: 'function', internals: [] });
  });

  it('give castoff/version the facts --version prints', async () => {
    const out = await node(projectWithCastoff(), "const { versionFacts } = await import('castoff/version'); console.log(JSON.stringify(versionFacts('castoff')))");
    expect(JSON.parse(out)).toMatchObject({ command: 'castoff', version: (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version, moduleLocation: join(root, 'remote') });
  });

  it('refuse a deep import of a module that is not exported', async () => {
    const dir = projectWithCastoff();
    await expect(node(dir, "await import('castoff/dist/src/jobs/journal.js')")).rejects.toThrow(/ERR_PACKAGE_PATH_NOT_EXPORTED/);
  });
});
