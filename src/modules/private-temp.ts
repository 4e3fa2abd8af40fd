/**
 * A private temp file on the host for bytes the controller sends (a `script`, an `unarchive`
 * archive): under `~/.castoff/tmp`, each directory on the way refused when it is a symlink, belongs
 * to another user or may be written by group or others, so that nobody else can swap the file
 * between its upload and its use.
 */

/**
 * Shell function `private_dir DIR`: the rule Python payloads follow (remote/modules/
 * _castoff_private_dir.py), for hosts without Python. DIR is made 0700 when missing, and refused
 * when it is not private.
 */
const PRIVATE_DIR = [
  'private_dir() {',
  `  if [ -L "$1" ]; then echo "castoff's directory $1 is a symbolic link, which castoff does not follow" >&2; return 1; fi`,
  '  [ -d "$1" ] || mkdir -m 700 "$1" || return 1',
  '  set -- "$1" $(ls -ldn "$1")',
  `  if [ "$4" != "$(id -u)" ]; then echo "castoff's directory $1 belongs to $(id -nu "$4" 2>/dev/null || echo "uid $4"), not to $(id -nu), the user the job runs as" >&2; return 1; fi`,
  `  case "$2" in ?????w*|????????w*) echo "castoff's directory $1 is writable by group or others ($2); castoff keeps job files only where no other user can change them" >&2; return 1;; esac`,
  '}',
].join('\n');

/**
 * Shell lines that make a new, empty private file `$f` named `<prefix>.XXXXXXXXXX`, or exit 1.
 * They run under the caller's umask 077.
 */
export function privateTempFile(prefix: string): string[] {
  return [
    PRIVATE_DIR,
    'd="$HOME/.castoff/tmp"',
    `private_dir "$HOME/.castoff" && private_dir "$d" && f=$(mktemp "$d/${prefix}.XXXXXXXXXX") || exit 1`,
  ];
}
