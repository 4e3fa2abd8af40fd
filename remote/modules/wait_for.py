#!/usr/bin/env python3
"""castoff's wait_for module: waits on the host itself until a port opens or closes, or a file
appears (holding a pattern) or goes away (Ansible's `wait_for`)."""

import os
import re
import socket
import sys
import time

# The helper sits beside this file, where -P or PYTHONSAFEPATH would not look; and importing it must
# not leave a __pycache__ in the uploaded payload directory.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _castoff_common import exit_json, fail_json, load_args  # noqa: E402

STATES = ('started', 'present', 'stopped', 'absent')
READ_CHUNK = 8192


def number(params, name, default):
    value = params.get(name, default)
    try:
        return float(value)
    except (TypeError, ValueError):
        fail_json('argument %s is of type %s and we were unable to convert to float' % (name, type(value).__name__))


def port_open(host, port, connect_timeout):
    try:
        socket.create_connection((host, port), connect_timeout).close()
        return True
    except OSError:
        return False


def port_match(host, port, connect_timeout, pattern, deadline):
    """Reads what the port sends until `pattern` shows up, the peer closes, or time is up."""
    try:
        connection = socket.create_connection((host, port), connect_timeout)
    except OSError:
        return None
    received = b''
    try:
        while time.monotonic() < deadline:
            connection.settimeout(max(0.05, min(connect_timeout, deadline - time.monotonic())))
            try:
                chunk = connection.recv(READ_CHUNK)
            except socket.timeout:
                continue
            if not chunk:
                break
            received += chunk
            found = pattern.search(received.decode('utf-8', 'replace'))
            if found:
                return found
    except OSError:
        return None
    finally:
        connection.close()
    return None


def file_match(path, pattern):
    try:
        with open(path, 'rb') as handle:
            return pattern.search(handle.read().decode('utf-8', 'replace'))
    except OSError:
        return None


def probe(state, host, port, path, pattern, connect_timeout, deadline):
    """One look at the port or the file: (whether the wait is over, the regex match if any)."""
    budget = min(connect_timeout, max(0.05, deadline - time.monotonic()))
    gone = state in ('stopped', 'absent')
    if port is not None:
        if gone:
            return not port_open(host, port, budget), None
        if pattern:
            found = port_match(host, port, connect_timeout, pattern, deadline)
            return found is not None, found
        return port_open(host, port, budget), None
    if gone:
        return not os.path.exists(path), None
    if pattern:
        found = file_match(path, pattern)
        return found is not None, found
    return os.path.exists(path), None


def timeout_message(state, host, port, path, regex):
    if port is not None:
        if state in ('stopped', 'absent'):
            return 'Timeout when waiting for %s:%s to stop.' % (host, port)
        if regex:
            return 'Timeout when waiting for search string %s in %s:%s' % (regex, host, port)
        return 'Timeout when waiting for %s:%s' % (host, port)
    if state in ('stopped', 'absent'):
        return 'Timeout when waiting for %s to be absent.' % path
    if regex:
        return 'Timeout when waiting for search string %s in %s' % (regex, path)
    return 'Timeout when waiting for file %s' % path


def main():
    params = load_args()
    state = params.get('state') or 'started'
    if state not in STATES:
        fail_json('value of state must be one of: %s, got: %s' % (', '.join(STATES), state))
    host = str(params.get('host') or '127.0.0.1')
    port = int(params['port']) if params.get('port') is not None else None
    path = os.path.expanduser(str(params['path'])) if params.get('path') else None
    if port is not None and path is not None:
        fail_json('port and path parameter can not both be passed to wait_for')
    timeout = number(params, 'timeout', 300)
    interval = number(params, 'sleep', 1)
    connect_timeout = number(params, 'connect_timeout', 5)
    regex = params.get('search_regex')
    pattern = re.compile(str(regex), re.MULTILINE) if regex else None

    started = time.monotonic()
    time.sleep(number(params, 'delay', 0))
    deadline = time.monotonic() + timeout
    result = {'changed': False, 'state': state}
    if port is not None:
        result['port'] = port
    if path is not None:
        result['path'] = path
    if regex:
        result['search_regex'] = regex

    if port is None and path is None:
        # Nothing to watch: Ansible's wait_for then just sleeps for the timeout.
        time.sleep(timeout)
        result['elapsed'] = int(time.monotonic() - started)
        exit_json(result)

    while True:
        done, found = probe(state, host, port, path, pattern, connect_timeout, deadline)
        if done:
            if found is not None:
                result['match_groups'] = list(found.groups())
                result['match_groupdict'] = found.groupdict()
            result['elapsed'] = int(time.monotonic() - started)
            exit_json(result)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        time.sleep(min(interval, remaining))
    result['elapsed'] = int(time.monotonic() - started)
    exit_json(dict(result, failed=True, msg=params.get('msg') or timeout_message(state, host, port, path, regex)))


if __name__ == '__main__':
    main()
