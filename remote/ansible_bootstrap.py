"""castoff's bootstrap for the Ansible modules a user has installed: the __main__.py of a module
payload zip, which holds the module and the module_utils it imports.

The host unpacks the zip once into `payload/`, and castoff runs `python3 payload/__main__.py
[args_file]`; `python3 payload.zip [args_file]` works too. Either way the directory (or zip) holding
this file goes first on sys.path, also under `python3 -I`, which leaves a script's directory out.
It reads the module's arguments ({"ANSIBLE_MODULE_ARGS": {...}}) from args_file, or from stdin
without one, hands them to the module's own argument loader, then runs the module as __main__.
The names the module_utils look for when a module must restart itself under another interpreter
(_module_fqn, _modlib_path, the arguments kept in basic._ANSIBLE_ARGS) are set as they expect.

Python 3.6+, stdlib only.
"""

import io
import os
import runpy
import sys


def read_arguments(argv):
    if len(argv) > 1 and argv[1] != '-':
        with open(argv[1], 'rb') as handle:
            return handle.read()
    return sys.stdin.buffer.read()


def main():
    payload = os.path.dirname(os.path.abspath(__file__))
    if os.path.abspath(sys.path[0]) != payload:
        sys.path.insert(0, payload)
    from _castoff_module import MODULE
    arguments = read_arguments(sys.argv)
    try:
        from ansible.module_utils import basic
    except ImportError:
        # A module that does not use AnsibleModule reads its arguments as it likes: from stdin.
        sys.stdin = io.TextIOWrapper(io.BytesIO(arguments))
    else:
        basic._ANSIBLE_ARGS = arguments
    sys.argv = [payload]
    runpy.run_module(MODULE, init_globals={'_module_fqn': MODULE, '_modlib_path': payload}, run_name='__main__', alter_sys=True)


if __name__ == '__main__':
    main()
