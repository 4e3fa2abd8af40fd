"""Job records in the async dir, shared by the async wrapper (which writes them) and async_status
(which reads and erases them): the job-id rule, the atomic write, and the read that retries a record
caught mid-change. Files are always reached through a descriptor of the checked async dir
(_castoff_private_dir.py) and opened with O_NOFOLLOW. Python 3.6+, stdlib only."""

import json
import os
import re
import time

JOB_ID = re.compile(r'j[0-9]+\.[0-9]+')
# The random part the controller picks; the wrapper appends '.<its pid>'.
JOB_ID_PREFIX = re.compile(r'j[0-9]{1,12}')
# The message every reader reports for a job without a status file (docs/async-protocol.md).
MISSING_JOB = 'could not find job'
READ_ATTEMPTS = 3
READ_RETRY_SECONDS = 0.05
NOFOLLOW = getattr(os, 'O_NOFOLLOW', 0) | getattr(os, 'O_CLOEXEC', 0)


class InvalidJobId(ValueError):
    """A job id that does not match the rule: no path may be built from it."""


class UnusableRecord(ValueError):
    """A record that could not be read or parsed, after every retry; the message names the file."""


class TooLarge(UnusableRecord):
    """Bigger than the wrapper ever writes: not read, and certainly not a running job's record."""


def check_job_id(jid):
    """`jid` when it matches ^j\\d+\\.\\d+$ (so it names a file in the async dir and nothing else)."""
    if not isinstance(jid, str) or not JOB_ID.fullmatch(jid):
        raise InvalidJobId('invalid job id %r: it must match ^j\\d+\\.\\d+$' % (jid,))
    return jid


def job_id(prefix, pid):
    """The id of the job whose watchdog has process id `pid`."""
    return '%s.%d' % (prefix, pid)


def is_running(record):
    """A record with `started` is a running job's; the final record drops it."""
    return 'started' in record


def open_file_in(dir_fd, name):
    """File `name` of directory `dir_fd` for reading; a symlink there is refused (ELOOP)."""
    return os.fdopen(os.open(name, os.O_RDONLY | NOFOLLOW, dir_fd=dir_fd), 'rb')


def remove_quietly(dir_fd, name):
    try:
        os.unlink(name, dir_fd=dir_fd)
    except OSError:
        pass


def write_all(fd, data):
    """Writes every byte of `data` to `fd`: os.write may take only part of it (pipes, signals)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def encode(record):
    return (json.dumps(record) + '\n').encode('utf-8')


def write_atomically(dir_fd, name, record):
    """Replaces file `name` of `dir_fd` with `record` as JSON, mode 0600, so that a reader sees the
    old record or the new one, never a part: written to a temp name, synced, then renamed."""
    temp_name = '.%s.%d.%s.tmp' % (name, os.getpid(), os.urandom(4).hex())
    fd = os.open(temp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, 0o600, dir_fd=dir_fd)
    try:
        try:
            # The umask can only narrow 0600, but the contract says exactly 0600.
            os.fchmod(fd, 0o600)
            write_all(fd, encode(record))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.rename(temp_name, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
    except BaseException:
        remove_quietly(dir_fd, temp_name)
        raise


def overwrite_in_place(dir_fd, name, record):
    """Writes `record` over the existing file `name`, for when no new file can be made (disk full):
    the old record's blocks are reused, and spaces pad out whatever the old record held beyond the
    new one. Not atomic, which is why readers retry a record that does not parse."""
    fd = os.open(name, os.O_WRONLY | NOFOLLOW, dir_fd=dir_fd)
    try:
        payload = encode(record)
        write_all(fd, payload + b' ' * max(0, os.fstat(fd).st_size - len(payload)))
        os.fsync(fd)
    finally:
        os.close(fd)


def read_once(dir_fd, name, path, max_bytes):
    with open_file_in(dir_fd, name) as handle:
        data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        raise TooLarge('the job file %s is too large to read: more than %d bytes' % (path, max_bytes))
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as error:
        raise UnusableRecord('the job file %s is unreadable: %s' % (path, error))
    try:
        record = json.loads(text)
    except ValueError as error:
        raise UnusableRecord('the job file %s is corrupt (not JSON): %s' % (path, error))
    if not isinstance(record, dict):
        raise UnusableRecord('the job file %s is corrupt (not a JSON object)' % path)
    return record


def read_record(dir_fd, name, path=None, max_bytes=None):
    """The record (a dict) in file `name` of `dir_fd`, or None when there is no such file. A record
    that cannot be read or parsed is read again a few times before UnusableRecord is raised, as a
    writer may be mid-change (overwrite_in_place, a filesystem without atomic rename). A file of more
    than `max_bytes` raises TooLarge at once: nothing the wrapper writes grows that big. `path` names
    the file in messages."""
    path = path or name
    for attempt in range(READ_ATTEMPTS):
        try:
            return read_once(dir_fd, name, path, max_bytes)
        except FileNotFoundError:
            return None
        except TooLarge:
            raise
        except OSError as error:
            problem = UnusableRecord('the job file %s is unreadable: %s' % (path, error))
        except UnusableRecord as error:
            problem = error
        if attempt < READ_ATTEMPTS - 1:
            time.sleep(READ_RETRY_SECONDS)
    raise problem
