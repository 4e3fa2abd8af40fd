#!/usr/bin/env python3
"""castoff's async_status module: reports on, or erases, the status file of an async job."""

import os
import sys

# The helper sits beside this file, where -P or PYTHONSAFEPATH would not look; and importing it must
# not leave a __pycache__ in the uploaded payload directory.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _castoff_common  # noqa: E402
from _castoff_common import exit_json, fail_json, load_args  # noqa: E402
from _castoff_output import result_limit  # noqa: E402
from _castoff_private_dir import UnsafeDirectory, open_private_dir  # noqa: E402
from _castoff_records import MISSING_JOB, InvalidJobId, TooLarge, UnusableRecord, check_job_id, is_running, read_record  # noqa: E402


def main():
    params = load_args()
    jid = str(params.get('jid', ''))
    mode = params.get('mode', 'status')
    try:
        check_job_id(jid)
    except InvalidJobId as error:
        fail_json(str(error))
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
        fail_json(MISSING_JOB, finished=1, **job)
    try:
        record = read_record(dir_fd, jid, path, result_limit(_castoff_common.output_limit))
    except TooLarge as error:
        if mode != 'cleanup':
            fail_json('%s (output_limit %d)' % (error, _castoff_common.output_limit), finished=0, results_file=path, **job)
        # A running job's record is a few hundred bytes: this one is over, and may go.
        record = {}
    except UnusableRecord as error:
        fail_json(str(error), finished=0, results_file=path, **job)
    if record is None:
        fail_json(MISSING_JOB, finished=1, **job)
    running = is_running(record)

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
