#!/usr/bin/env python3
"""castoff's file module: makes a path a directory, a file, a symlink or nothing, with the mode and
ownership asked for, changing only what differs (Ansible's `file`)."""

import os
import shutil
import sys

# The helper sits beside this file, where -P or PYTHONSAFEPATH would not look; and importing it must
# not leave a __pycache__ in the uploaded payload directory.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _castoff_common import (  # noqa: E402
    apply_attributes, as_bool, exit_json, fail_json, load_args_and_flags, path_facts, path_state,
)


def ensure_absent(path, prev, params, check_mode):
    if prev != 'absent' and not check_mode:
        try:
            if prev == 'directory':
                shutil.rmtree(path)
            else:
                os.unlink(path)
        except OSError as error:
            fail_json('%s failed: %s' % ('rmtree' if prev == 'directory' else 'unlinking', error), path=path)
    return {'path': path, 'state': 'absent', 'changed': prev != 'absent'}


def ensure_file(path, prev, params, check_mode):
    if prev != 'file':
        fail_json('file (%s) is %s, cannot continue' % (path, prev), path=path, state=prev)
    return finish(path, apply_attributes(path, params, check_mode))


def ensure_directory(path, prev, params, check_mode):
    changed = False
    if prev == 'absent':
        if check_mode:
            return {'path': path, 'state': 'directory', 'changed': True}
        make_directories(path, params)
        changed = True
    elif prev != 'directory':
        fail_json('%s already exists as a %s' % (path, prev), path=path)
    changed = apply_attributes(path, params, check_mode) or changed
    if as_bool(params.get('recurse', False), 'recurse'):
        changed = apply_recursively(path, params, check_mode) or changed
    return finish(path, changed)


def make_directories(path, params):
    """Creates `path` and its missing parents, giving each one the mode and owner asked for, as
    Ansible does, so that a new tree never has a more open parent than its leaf."""
    missing = []
    current = path
    while not os.path.lexists(current):
        missing.append(current)
        current = os.path.dirname(current)
    for directory in reversed(missing):
        try:
            os.mkdir(directory)
        except OSError as error:
            fail_json('There was an issue creating %s as requested: %s' % (directory, error), path=path)
        apply_attributes(directory, params, False)


def apply_recursively(top, params, check_mode):
    changed = False
    for root, dirs, files in os.walk(top):
        for name in dirs + files:
            changed = apply_attributes(os.path.join(root, name), params, check_mode) or changed
    return changed


def ensure_touch(path, prev, params, check_mode):
    # Ansible names a touched file `dest`, not `path`.
    if check_mode:
        return {'dest': path, 'state': prev if prev != 'absent' else 'file', 'changed': True}
    try:
        if prev == 'absent':
            open(path, 'ab').close()
        else:
            os.utime(path, None)
    except OSError as error:
        fail_json('Error, could not touch target: %s' % error, path=path)
    apply_attributes(path, params, False)
    # Touching always changes the timestamps, so Ansible reports it as a change.
    result = finish(path, True)
    result['dest'] = result.pop('path')
    return result


def ensure_link(path, prev, params, check_mode):
    src = params.get('src')
    if not src:
        fail_json('src is required for creating a link', path=path)
    src = str(src)
    force = as_bool(params.get('force', False), 'force')
    target = src if os.path.isabs(src) else os.path.join(os.path.dirname(path), src)
    if not force and not os.path.exists(target):
        fail_json('src file does not exist, use "force=yes" if you really want to create the link: %s' % target,
                  path=path, src=src)
    if prev == 'link':
        changed = os.readlink(path) != src
    elif prev == 'directory' and os.listdir(path):
        fail_json('the directory %s is not empty, refusing to convert it' % path, path=path)
    elif prev != 'absent' and not force:
        fail_json('refusing to convert from %s to symlink for %s' % (prev, path), path=path)
    else:
        changed = True
    if changed and not check_mode:
        replace_with_link(path, prev, src)
    if not os.path.lexists(path):
        return {'path': path, 'state': 'link', 'src': src, 'changed': True}
    changed = apply_attributes(path, params, check_mode) or changed
    result = finish(path, changed, follow=False)
    result['src'] = src
    return result


def replace_with_link(path, prev, src):
    # A symlink made beside the path and renamed over it: the path is never missing in between.
    temporary = os.path.join(os.path.dirname(path), '.%s.%d.castoff-link' % (os.path.basename(path), os.getpid()))
    try:
        os.symlink(src, temporary)
        if prev == 'directory':
            os.rmdir(path)
        os.rename(temporary, path)
    except OSError as error:
        if os.path.lexists(temporary):
            os.unlink(temporary)
        fail_json('Error while linking: %s' % error, path=path)


def finish(path, changed, follow=True):
    result = path_facts(path, follow)
    result['changed'] = changed
    return result


STATES = {
    'absent': ensure_absent, 'directory': ensure_directory, 'file': ensure_file,
    'link': ensure_link, 'touch': ensure_touch,
}


def main():
    params, check_mode, _ = load_args_and_flags()
    given = params.get('path') or params.get('dest') or params.get('name')
    if not given:
        fail_json('missing required arguments: path')
    path = os.path.expanduser(str(given))
    prev = path_state(path)
    state = params.get('state') or (prev if prev != 'absent' else
                                    'directory' if as_bool(params.get('recurse', False), 'recurse') else 'file')
    if state not in STATES:
        fail_json('value of state must be one of: %s, got: %s' % (', '.join(sorted(STATES)), state))
    # file, directory and touch act on what a symlink points to (Ansible's `follow`, default yes).
    if prev == 'link' and state in ('file', 'directory', 'touch') and as_bool(params.get('follow', True), 'follow'):
        path = os.path.realpath(path)
        prev = path_state(path)
    result = STATES[state](path, prev, params, check_mode)
    # Ansible's file module reports the path as `diff` whether or not --diff is on, with the
    # state it asked for (`touch` included) only when that differs from what was there.
    # Nothing to remove: Ansible's file module then reports no diff at all.
    if state == 'absent' and prev == 'absent':
        exit_json(result)
    result['diff'] = {'before': {'path': path}, 'after': {'path': path}}
    if prev != state:
        result['diff']['before']['state'] = prev
        result['diff']['after']['state'] = state
    exit_json(result)


if __name__ == '__main__':
    main()
