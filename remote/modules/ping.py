#!/usr/bin/env python3
"""castoff's ping module: proves that the host can run a Python module (Ansible's `ping`)."""

import os
import sys

# The helper sits beside this file, where -P or PYTHONSAFEPATH would not look; and importing it must
# not leave a __pycache__ in the uploaded payload directory.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _castoff_common import exit_json, load_args  # noqa: E402


def main():
    data = load_args().get('data', 'pong')
    if data == 'crash':
        # As in Ansible: a way to see how a module that raises is reported.
        raise Exception('boom')
    exit_json({'ping': data, 'changed': False})


if __name__ == '__main__':
    main()
