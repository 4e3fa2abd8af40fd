/**
 * Files the module tests hand to hosts, built on this machine in the test: a tiny Debian package
 * (for `apt: deb=`) and a tar.gz and a zip of the same small tree (for `unarchive`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TINY_DEB_PACKAGE = 'castoff-tiny';
/** What a package named `name` installs. */
export const tinyDebFile = (name = TINY_DEB_PACKAGE) => `/usr/share/${name}/hello.txt`;

/** Builds `<name>_1.0_all.deb` with dpkg-deb (no dependencies, one file); returns its path. */
export function buildTinyDeb(dir: string, name = TINY_DEB_PACKAGE): string {
  const root = mkdtempSync(join(tmpdir(), 'castoff-deb-'));
  mkdirSync(join(root, 'DEBIAN'));
  writeFileSync(
    join(root, 'DEBIAN/control'),
    [
      `Package: ${name}`,
      'Version: 1.0',
      'Architecture: all',
      'Maintainer: castoff tests <tests@castoff.invalid>',
      'Description: a one-file package the module tests install',
      '',
    ].join('\n'),
  );
  mkdirSync(join(root, `usr/share/${name}`), { recursive: true });
  writeFileSync(join(root, tinyDebFile(name)), 'hello from a .deb\n');
  const deb = join(dir, `${name}_1.0_all.deb`);
  execFileSync('dpkg-deb', ['--root-owner-group', '--build', root, deb], { stdio: 'ignore' });
  return deb;
}

/** The files inside both archives, relative to where they unpack. */
export const ARCHIVE_FILES = ['tree/a.txt', 'tree/sub/b.txt'];

/** A tar.gz and a zip of the same tree; returns their paths. */
export function buildArchives(dir: string): { tgz: string; zip: string } {
  const root = mkdtempSync(join(tmpdir(), 'castoff-tree-'));
  mkdirSync(join(root, 'tree/sub'), { recursive: true });
  writeFileSync(join(root, 'tree/a.txt'), 'a\n');
  writeFileSync(join(root, 'tree/sub/b.txt'), 'b\n');
  const tgz = join(dir, 'tree.tar.gz');
  const zip = join(dir, 'tree.zip');
  execFileSync('tar', ['-C', root, '-czf', tgz, 'tree']);
  // Python's zipfile, because `zip` is not on every machine while python3 is (Ansible needs it).
  execFileSync('python3', ['-m', 'zipfile', '-c', zip, 'tree'], { cwd: root });
  return { tgz, zip };
}
