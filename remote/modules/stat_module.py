#!/usr/bin/env python3
"""castoff's stat module: what a path is, its mode, owner, size, times and checksum (Ansible's
`stat`). It never changes anything."""

import errno
import os
import sys

# The helper sits beside this file, where -P or PYTHONSAFEPATH would not look; and importing it must
# not leave a __pycache__ in the uploaded payload directory. (This file is not named stat.py: it would
# shadow the standard library's `stat` for every import from this directory.)
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import stat as modes  # noqa: E402

from _castoff_common import as_bool, exit_json, fail_json, file_digest, group_name, load_args, owner_name  # noqa: E402

ALGORITHMS = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512')
PERMISSION_FLAGS = (
    ('rusr', modes.S_IRUSR), ('wusr', modes.S_IWUSR), ('xusr', modes.S_IXUSR),
    ('rgrp', modes.S_IRGRP), ('wgrp', modes.S_IWGRP), ('xgrp', modes.S_IXGRP),
    ('roth', modes.S_IROTH), ('woth', modes.S_IWOTH), ('xoth', modes.S_IXOTH),
    ('isuid', modes.S_ISUID), ('isgid', modes.S_ISGID),
)


def describe(path, info):
    mode = info.st_mode
    facts = {
        'exists': True, 'path': path, 'mode': '%04o' % modes.S_IMODE(mode),
        'isdir': modes.S_ISDIR(mode), 'ischr': modes.S_ISCHR(mode), 'isblk': modes.S_ISBLK(mode),
        'isreg': modes.S_ISREG(mode), 'isfifo': modes.S_ISFIFO(mode), 'islnk': modes.S_ISLNK(mode),
        'issock': modes.S_ISSOCK(mode), 'uid': info.st_uid, 'gid': info.st_gid, 'size': info.st_size,
        'inode': info.st_ino, 'dev': info.st_dev, 'nlink': info.st_nlink,
        'atime': info.st_atime, 'mtime': info.st_mtime, 'ctime': info.st_ctime,
        'pw_name': owner_name(info.st_uid), 'gr_name': group_name(info.st_gid),
        'readable': os.access(path, os.R_OK), 'writeable': os.access(path, os.W_OK),
        'executable': os.access(path, os.X_OK),
    }
    for name, bit in PERMISSION_FLAGS:
        facts[name] = bool(mode & bit)
    if facts['islnk']:
        facts['lnk_source'] = os.path.realpath(path)
        facts['lnk_target'] = os.readlink(path)
    return facts


def main():
    params = load_args()
    if not params.get('path'):
        fail_json('missing required arguments: path')
    path = os.path.expanduser(str(params['path']))
    follow = as_bool(params.get('follow', False), 'follow')
    algorithm = str(params.get('checksum_algorithm') or 'sha1')
    if algorithm not in ALGORITHMS:
        fail_json('value of checksum_algorithm must be one of: %s, got: %s' % (', '.join(ALGORITHMS), algorithm))
    try:
        info = os.stat(path) if follow else os.lstat(path)
    except OSError as error:
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            exit_json({'changed': False, 'stat': {'exists': False}})
        fail_json('Permission denied' if error.errno == errno.EACCES else str(error), path=path)
    facts = describe(path, info)
    if facts['isreg'] and facts['readable'] and as_bool(params.get('get_checksum', True), 'get_checksum'):
        facts['checksum'] = file_digest(path, algorithm)
    exit_json({'changed': False, 'stat': facts})


if __name__ == '__main__':
    main()
