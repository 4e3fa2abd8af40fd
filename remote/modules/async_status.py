#!/usr/bin/env python3
"""castoff's async_status module: reports on, or erases, the status file of an async job."""

import json
import os
import re
import sys
import time

# The helper sits beside this file, where -P or PYTHONSAFEPATH would not look; and importing it must
# not leave a __pycache__ in the uploaded payload directory.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _castoff_common  # noqa: E402
from _castoff_common import exit_json, fail_json, load_args  # noqa: E402
from _castoff_output import result_limit  # noqa: E402
from _castoff_private_dir import UnsafeDirectory, open_private_dir  # noqa: E402

JOB_ID = re.compile(r'j[0-9]+\.[0-9]+')
READ_ATTEMPTS = 3
READ_RETRY_SECONDS = 0.05
NOFOLLOW = getattr(os, 'O_NOFOLLOW', 0) | getattr(os, 'O_CLOEXEC', 0)


class UnusableRecord(Exception):
    pass


class TooLarge(UnusableRecord):
    """Bigger than the wrapper ever writes: not read, and certainly not a running job's record."""


def read_record(dir_fd, name, path, max_bytes):
    """The job's record (file `name` of `dir_fd`, which is `path`), or None when the file does not
    exist. The wrapper replaces the file atomically, so a bad read is retried a few times before it
    is reported."""
    for attempt in range(READ_ATTEMPTS):
        try:
            with os.fdopen(os.open(name, os.O_RDONLY | NOFOLLOW, dir_fd=dir_fd), 'rb') as handle:
                data = handle.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise TooLarge('the job file %s is too large to read: more than %d bytes (output_limit %d)'
                               % (path, max_bytes, _castoff_common.output_limit))
            text = data.decode('utf-8')
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as error:
            problem = 'the job file %s is unreadable: %s' % (path, error)
        else:
            try:
                record = json.loads(text)
            except ValueError as error:
                problem = 'the job file %s is corrupt (not JSON): %s' % (path, error)
            else:
                if isinstance(record, dict):
                    return record
                problem = 'the job file %s is corrupt (not a JSON object)' % path
        if attempt < READ_ATTEMPTS - 1:
            time.sleep(READ_RETRY_SECONDS)
    raise UnusableRecord(problem)


def main():
    params = load_args()
    jid = str(params.get('jid', ''))
    mode = params.get('mode', 'status')
    if not JOB_ID.fullmatch(jid):
        fail_json('invalid job id %r: it must match ^j\\d+\\.\\d+$' % jid)
    if mode not in ('status', 'cleanup'):
        fail_json('value of mode must be one of: status, cleanup, got: %s' % mode)
    async_dir = os.path.expanduser(str(params.get('_async_dir') or '~/.ansible_async'))
    if not os.path.isabs(async_dir):
        fail_json('_async_dir must be an absolute path, got %r' % async_dir)
    path = os.path.join(async_dir, jid)
    job = {'ansible_job_id': jid, 'started': 1}

    try:
        # Records in a directory another user could change may be forged: never reported.
        dir_fd = open_private_dir(async_dir, 'the async directory', create=False)
    except (UnsafeDirectory, OSError) as error:
        fail_json(str(error), finished=0, results_file=path, **job)
    if dir_fd is None:
        fail_json('could not find job', finished=1, **job)
    try:
        record = read_record(dir_fd, jid, path, result_limit(_castoff_common.output_limit))
    except TooLarge as error:
        if mode != 'cleanup':
            fail_json(str(error), finished=0, results_file=path, **job)
        # A running job's record is a few hundred bytes: this one is over, and may go.
        record = {}
    except UnusableRecord as error:
        fail_json(str(error), finished=0, results_file=path, **job)
    if record is None:
        fail_json('could not find job', finished=1, **job)
    running = 'started' in record

    if mode == 'cleanup':
        if running:
            fail_json('job %s is still running; terminate it before cleaning it up' % jid,
                      finished=0, results_file=path, **job)
        try:
            os.unlink(jid, dir_fd=dir_fd)
        except OSError as error:
            fail_json('could not erase the job file %s: %s' % (path, error), finished=1, **job)
        # castoff's controller also names the job's arguments file, which goes with it.
        args_file = params.get('_castoff_args_file')
        if args_file:
            try:
                os.unlink(str(args_file))
            except OSError:
                pass
        exit_json(dict(job, erased=path, finished=1))

    if running:
        exit_json(dict(job, finished=0, results_file=path, changed=False, stdout='', stderr='',
                       stdout_lines=[], stderr_lines=[]))
    record.update(job, finished=1, results_file=path)
    for stream in ('stdout', 'stderr'):
        if isinstance(record.get(stream), str) and stream + '_lines' not in record:
            record[stream + '_lines'] = record[stream].splitlines()
    exit_json(record)


if __name__ == '__main__':
    main()
