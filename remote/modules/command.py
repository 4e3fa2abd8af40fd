#!/usr/bin/env python3
"""castoff's command module: runs a program without a shell (Ansible's `command`)."""

import os
import shlex
import sys

# The helper sits beside this file, where -P or PYTHONSAFEPATH would not look; and importing it must
# not leave a __pycache__ in the uploaded payload directory.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _castoff_common import as_bool, fail_json, load_args, run_command_module  # noqa: E402


def command_argv(params):
    argv = params.get('argv')
    if argv:
        if not isinstance(argv, list):
            fail_json('argv must be a list of strings', rc=256)
        argv = [str(arg) for arg in argv]
    else:
        raw = params.get('_raw_params') or params.get('cmd')
        argv = shlex.split(str(raw)) if raw else []
    if not argv:
        fail_json('no command given', rc=256)
    if as_bool(params.get('expand_argument_vars', True), 'expand_argument_vars'):
        argv = [os.path.expanduser(os.path.expandvars(arg)) for arg in argv]
    return argv


def main():
    params = load_args()
    argv = command_argv(params)
    run_command_module(params, argv, argv)


if __name__ == '__main__':
    main()
