#!/usr/bin/env python3
"""castoff's shell module: runs a command line through a shell (Ansible's `shell`)."""

import os
import sys

# The helper sits beside this file, where -P or PYTHONSAFEPATH would not look; and importing it must
# not leave a __pycache__ in the uploaded payload directory.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _castoff_common import fail_json, load_args, run_command_module  # noqa: E402


def main():
    params = load_args()
    command = params.get('_raw_params') or params.get('cmd')
    if not command:
        fail_json('no command given', rc=256)
    executable = params.get('executable') or '/bin/sh'
    run_command_module(params, [str(executable), '-c', str(command)], str(command))


if __name__ == '__main__':
    main()
