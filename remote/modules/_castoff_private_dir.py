"""Directories that only the job's user can change: where castoff keeps job records, argument files
and its uploaded code. Another user who could write there could plant a symlink, swap a record or
replace code, so a directory that fails the rule is refused, never repaired (its mode is never
changed: `/tmp` must stay 1777). Python 3.6+, stdlib only.

The rule, checked on an open descriptor so that the directory checked is the one used:
- not a symbolic link;
- owned by the effective user (the become user when becoming);
- not writable by group or others.
A missing directory is created with mode 0700.
"""

import errno
import os
import pwd
import stat


class UnsafeDirectory(Exception):
    """The directory cannot be trusted; the message says which directory and why."""


def user_name(uid):
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return 'uid %d' % uid


def open_private_dir(path, what, create=True):
    """A read-only descriptor of directory `path` (absolute), which passes the rule. `what` names the
    directory in messages ("the async directory"). Returns None when it is missing and `create` is
    false; raises UnsafeDirectory when it fails the rule, OSError when it cannot be made or opened."""
    if create:
        try:
            os.makedirs(path, 0o700)
        except FileExistsError:
            pass
    flags = os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0) | getattr(os, 'O_NOFOLLOW', 0) | getattr(os, 'O_CLOEXEC', 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        if create:
            raise
        return None
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.ENOTDIR, errno.EMLINK) and os.path.islink(path):
            raise UnsafeDirectory('%s %s is a symbolic link, which castoff does not follow' % (what, path))
        raise
    try:
        check_private(os.fstat(fd), path, what)
    except BaseException:
        os.close(fd)
        raise
    return fd


def check_private(info, path, what):
    if not stat.S_ISDIR(info.st_mode):
        raise UnsafeDirectory('%s %s is not a directory' % (what, path))
    uid = os.geteuid()
    if info.st_uid != uid:
        raise UnsafeDirectory('%s %s belongs to %s, not to %s, the user the job runs as'
                              % (what, path, user_name(info.st_uid), user_name(uid)))
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise UnsafeDirectory('%s %s is writable by group or others (mode %04o); castoff keeps job files '
                              'only where no other user can change them' % (what, path, stat.S_IMODE(info.st_mode)))
