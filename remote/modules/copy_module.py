#!/usr/bin/env python3
"""castoff's copy module: writes content to a file atomically, only when its checksum differs, then
sets mode and ownership (Ansible's `copy`, remote half).

The controller sends the content base64-encoded in `_castoff_content` (or `remote_src: true` names
a file on this host), so a copy is one exec that also works as a become user."""

import base64
import hashlib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

# The helper sits beside this file, where -P or PYTHONSAFEPATH would not look; and importing it must
# not leave a __pycache__ in the uploaded payload directory.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _castoff_common import (  # noqa: E402
    apply_attributes, as_bool, exit_json, fail_json, file_digest, load_args_and_flags, path_facts,
)

# Ansible's default max_file_size_for_diff: larger files are not shown in a diff.
MAX_DIFF_BYTES = 104448


def read_content(params):
    if '_castoff_content' in params:
        return base64.b64decode(params['_castoff_content'])
    src = params.get('src')
    if not as_bool(params.get('remote_src', False), 'remote_src') or not src:
        fail_json('src (or content) is required')
    src = os.path.expanduser(str(src))
    if os.path.isdir(src):
        fail_json('Remote copy of directories is not supported: %s' % src)
    try:
        with open(src, 'rb') as handle:
            return handle.read()
    except FileNotFoundError:
        fail_json('Source %s not found' % src)
    except OSError as error:
        fail_json('Source %s not readable: %s' % (src, error))


def resolve_dest(params, check_mode):
    """`dest`, or `dest/<basename of src>` when dest is a directory or ends with a slash (created
    then, except in check mode)."""
    dest = os.path.expanduser(str(params['dest']))
    src = params.get('src')
    if dest.endswith('/') or os.path.isdir(dest):
        if not src:
            fail_json('can not use content with a dir as dest', dest=dest)
        if not os.path.isdir(dest) and not check_mode:
            try:
                os.makedirs(dest)
            except OSError as error:
                fail_json('Error creating %s: %s' % (dest, error), dest=dest)
        return os.path.join(dest, os.path.basename(str(src).rstrip('/')))
    directory = os.path.dirname(dest) or '.'
    if not os.path.isdir(directory):
        fail_json('Destination directory %s does not exist' % directory, dest=dest)
    return dest


def backup_copy(dest):
    """Ansible's backup name: `<dest>.<pid>.<YYYY-MM-DD@HH:MM:SS~>`, a copy keeping mode and owner."""
    backup = '%s.%d.%s' % (dest, os.getpid(), time.strftime('%Y-%m-%d@%H:%M:%S~', time.localtime()))
    try:
        shutil.copy2(dest, backup)
        info = os.stat(dest)
        os.chown(backup, info.st_uid, info.st_gid)
    except PermissionError:
        pass
    except OSError as error:
        fail_json('Could not make a backup of %s: %s' % (dest, error), dest=dest)
    return backup


def validate_file(validate, path, dest):
    """Runs the `validate` command on the new content before it replaces `dest`: `%s` is the temp
    file's path. The command is split as a shell would, but no shell runs it (as Ansible)."""
    try:
        argv = shlex.split(validate.replace('%s', shlex.quote(path)))
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        stdout, stderr = process.communicate()
    except (OSError, ValueError) as error:
        return {'failed': True, 'msg': 'failed to validate: %s' % error, 'dest': dest}
    if process.returncode != 0:
        return {'failed': True, 'msg': 'failed to validate', 'exit_status': process.returncode, 'dest': dest,
                'stdout': stdout.decode('utf-8', 'replace'), 'stderr': stderr.decode('utf-8', 'replace')}
    return None


def write_atomically(dest, content, existed, validate=None):
    """A temp file beside `dest`, fsynced, checked by `validate`, renamed over it: readers see the
    old file or the new one, never half of it. A replaced file keeps its mode and owner; a new one
    gets 0666 minus umask."""
    directory = os.path.dirname(dest) or '.'
    handle, temporary = tempfile.mkstemp(prefix='.%s.' % os.path.basename(dest), suffix='.castoff', dir=directory)
    try:
        with os.fdopen(handle, 'wb') as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        invalid = validate_file(validate, temporary, dest) if validate else None
        if invalid:
            os.unlink(temporary)
            exit_json(invalid)
        if existed:
            info = os.stat(dest)
            os.chmod(temporary, info.st_mode & 0o7777)
            try:
                os.chown(temporary, info.st_uid, info.st_gid)
            except PermissionError:
                pass
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.rename(temporary, dest)
    except OSError as error:
        if os.path.lexists(temporary):
            os.unlink(temporary)
        fail_json('Could not write %s: %s' % (dest, error), dest=dest)


def text_diff(dest, before, after, src, existed):
    if len(before) > MAX_DIFF_BYTES or len(after) > MAX_DIFF_BYTES:
        return None
    try:
        before_text, after_text = before.decode('utf-8'), after.decode('utf-8')
    except UnicodeDecodeError:
        return None
    shown = {'before': before_text, 'after': after_text, 'after_header': str(src) if src else 'dynamically generated'}
    if existed:
        # Ansible names no before side for a file that is new.
        shown['before_header'] = dest
    return shown


def md5_or_none(data):
    try:
        return hashlib.md5(data).hexdigest()
    except ValueError:
        # FIPS mode forbids md5; Ansible leaves md5sum out then too.
        return None


def main():
    params, check_mode, diff = load_args_and_flags()
    if not params.get('dest'):
        fail_json('missing required arguments: dest')
    validate = params.get('validate')
    if validate and '%s' not in str(validate):
        fail_json('validate must contain %%s: %s' % validate)
    content = read_content(params)
    dest = resolve_dest(params, check_mode)
    if os.path.islink(dest) and as_bool(params.get('follow', False), 'follow'):
        # `follow`: write the file the link points to and keep the link.
        dest = os.path.realpath(dest)
    if os.path.isdir(dest):
        fail_json('dest %s is a directory' % dest, dest=dest)
    checksum = hashlib.sha1(content).hexdigest()
    existed = os.path.exists(dest)
    force = as_bool(params.get('force', True), 'force')
    content_changed = not existed or (force and file_digest(dest) != checksum)

    # `diff` is always a list, as Ansible's copy returns it: empty unless --diff shows a change.
    result = {'dest': dest, 'checksum': checksum, 'state': 'file', 'diff': []}
    if params.get('src'):
        result['src'] = str(params['src'])
    if content_changed and diff:
        before = b''
        if existed:
            with open(dest, 'rb') as handle:
                before = handle.read()
        shown = text_diff(dest, before, content, params.get('src'), existed)
        if shown:
            result['diff'].append(shown)
    if content_changed and not check_mode:
        if existed and as_bool(params.get('backup', False), 'backup'):
            result['backup_file'] = backup_copy(dest)
        write_atomically(dest, content, existed, str(validate) if validate else None)

    attributes_changed = os.path.lexists(dest) and apply_attributes(dest, params, check_mode)
    if os.path.exists(dest):
        result.update(path_facts(dest))
        result['state'] = 'file'
    else:
        result['size'] = len(content)
    if content_changed:
        result.pop('path', None)
        md5sum = md5_or_none(content)
        if md5sum:
            result['md5sum'] = md5sum
    elif os.path.exists(dest):
        # Content already in place: Ansible's copy hands over to its file module, whose result
        # (with `path`, the file module's `diff`, no md5sum) it returns.
        result['diff'] = {'before': {'path': dest}, 'after': {'path': dest}}
    result['changed'] = bool(content_changed or attributes_changed)
    exit_json(result)


if __name__ == '__main__':
    main()
