#!/usr/bin/env python3
"""castoff's async job wrapper: runs one module as a detached, supervised job on a host.

Launch:    async_wrapper.py [--stdin-args <bytes>] <jid_prefix> <time_limit_seconds> <async_dir> <module_path> <args_path> [output_limit_bytes]
Terminate: async_wrapper.py --terminate <async_dir> <jid> [grace_seconds]
Read:      async_wrapper.py --read-status <async_dir> <jid> <max_bytes>

Every entry point refuses an async dir another user could change (see _castoff_private_dir.py), and
works on its files through a descriptor of the checked directory, never by path.

remote/README.md describes the command lines, the files and the records. Python 3.6+, stdlib only.
"""

import json
import os
import re
import select
import signal
import sys
import time

# The output helpers ship beside the modules; importing them must leave no __pycache__ behind.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'modules'))

from _castoff_output import DEFAULT_LIMIT, HeadTail, add_warning, fit_record, parse_limit, result_limit  # noqa: E402
from _castoff_private_dir import UnsafeDirectory, open_private_dir  # noqa: E402
from _castoff_records import (  # noqa: E402
    JOB_ID_PREFIX, MISSING_JOB, InvalidJobId, UnusableRecord, check_job_id, is_running, job_id, open_file_in,
    overwrite_in_place, read_record, remove_quietly, write_all, write_atomically,
)

JOB_MARKER = 'CASTOFF_JOB_ID'
# The launcher runs under umask 077 (its files are private); the module gets the user's own umask,
# passed in this variable, so the files it makes have the modes they get in a synchronous run.
MODULE_UMASK = 'CASTOFF_MODULE_UMASK'
DEFAULT_GRACE = 2.0
# Once SIGKILL has been sent, how long to keep sweeping for processes that were mid-fork.
KILL_SWEEP_SECONDS = 5.0
PR_SET_CHILD_SUBREAPER = 36
USAGE = ('usage: async_wrapper.py [--stdin-args <bytes>] <jid_prefix> <time_limit_seconds> <async_dir> <module_path> <args_path> [output_limit_bytes]'
         ' | async_wrapper.py --terminate <async_dir> <jid> [grace_seconds]'
         ' | async_wrapper.py --read-status <async_dir> <jid> <max_bytes>')
# --read-status exit codes, read by the controller: the status file's bytes are on stdout only with 0
# and READ_ORPHANED.
READ_MISSING = 3
READ_REFUSED = 4
READ_FAILED = 5
# The record says the job runs, but its watchdog is gone: nobody will ever write its final record.
READ_ORPHANED = 6


class LaunchError(Exception):
    """A problem reported as {"failed": 1, "msg": ...} by the command that was run."""


def print_reply(reply):
    sys.stdout.write(json.dumps(reply) + '\n')
    sys.stdout.flush()


def parse_seconds(text, what):
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0 or value == float('inf'):
        raise LaunchError('invalid %s %r: expected a positive number of seconds' % (what, text))
    return int(value) if value.is_integer() else value


def require_absolute_dir(path):
    if not os.path.isabs(path):
        raise LaunchError('the async directory must be an absolute path, got %r' % path)
    return os.path.normpath(path)


def require_job_id(jid):
    try:
        return check_job_id(jid)
    except InvalidJobId as error:
        raise LaunchError(str(error))


def open_async_dir(async_dir, create=True):
    """A descriptor of the async dir, created 0700 if missing (None if missing and not `create`)."""
    try:
        return open_private_dir(async_dir, 'the async directory', create)
    except UnsafeDirectory as error:
        raise LaunchError(str(error))
    except OSError as error:
        raise LaunchError('could not create the async directory %s: %s' % (async_dir, error))


def module_command(module_path, args_path):
    """How to run a module under Ansible's WANT_JSON convention: it gets the path of its JSON args.
    A .py runs under this Python (an Ansible module payload's bootstrap among them)."""
    if module_path.endswith('.py'):
        return [sys.executable or 'python3', module_path, args_path]
    if os.access(module_path, os.X_OK):
        return [module_path, args_path]
    return ['/bin/sh', module_path, args_path]


def read_proc_stat(pid):
    """(state, ppid, session) of a process from /proc, or None when it is gone."""
    try:
        with open('/proc/%d/stat' % pid, 'rb') as handle:
            text = handle.read().decode('ascii', 'replace')
    except OSError:
        return None
    # The command name sits in parentheses and may itself contain spaces and parentheses.
    fields = text[text.rfind(')') + 2:].split()
    return fields[0], int(fields[1]), int(fields[3])


def has_job_marker(pid, marker):
    try:
        with open('/proc/%d/environ' % pid, 'rb') as handle:
            return marker in handle.read().split(b'\0')
    except OSError:
        return False


def find_job_processes(jid, parent_pid=None, session_id=None):
    """Live processes of job `jid`: those carrying its environment marker, those in its session and
    every descendant of `parent_pid`. Zombies are left out: they are already dead."""
    if not os.path.isdir('/proc/self'):
        return process_group_if_alive(session_id)
    marker = ('%s=%s' % (JOB_MARKER, jid)).encode('utf-8')
    own_pid = os.getpid()
    children = {}
    found = set()
    for name in os.listdir('/proc'):
        if not name.isdigit() or int(name) == own_pid:
            continue
        pid = int(name)
        stat = read_proc_stat(pid)
        if stat is None or stat[0] == 'Z':
            continue
        ppid, session = stat[1], stat[2]
        children.setdefault(ppid, []).append(pid)
        if session == session_id or has_job_marker(pid, marker):
            found.add(pid)
    pending = list(children.get(parent_pid, ())) if parent_pid else []
    while pending:
        pid = pending.pop()
        found.add(pid)
        pending.extend(children.get(pid, ()))
    return found


def process_group_if_alive(pgid):
    """Without /proc the job's process group is all we can name; a negative pid signals the group."""
    if pgid is None:
        return set()
    try:
        os.kill(-pgid, 0)
    except OSError:
        return set()
    return {-pgid}


def signal_quietly(pid, signum):
    try:
        os.kill(pid, signum)
    except OSError:
        pass


def kill_job_tree(find_processes, grace, reap):
    """SIGTERM every process of the job, give them `grace` seconds to exit, then SIGKILL the rest.
    `find_processes` is asked again on every round so that processes forked meanwhile are caught."""
    terminated = set()
    grace_ends = time.monotonic() + grace
    while True:
        alive = find_processes()
        if not alive:
            return
        for pid in alive - terminated:
            signal_quietly(pid, signal.SIGTERM)
            # A stopped process would hold the SIGTERM pending forever.
            signal_quietly(pid, signal.SIGCONT)
        terminated |= alive
        if time.monotonic() >= grace_ends:
            break
        reap()
        time.sleep(0.05)
    sweep_ends = time.monotonic() + KILL_SWEEP_SECONDS
    while time.monotonic() < sweep_ends:
        alive = find_processes()
        if not alive:
            return
        for pid in alive:
            signal_quietly(pid, signal.SIGKILL)
        reap()
        time.sleep(0.02)


def describe_exit(status):
    if os.WIFSIGNALED(status):
        return 'was killed by signal %d' % os.WTERMSIG(status), -os.WTERMSIG(status)
    code = os.WEXITSTATUS(status)
    return 'exited with rc %d' % code, code


def parse_module_output(stdout):
    """The first JSON object that starts a line, and the text after it. Text before it is dropped,
    as modules and the libraries they use sometimes print banners before their result."""
    decoder = json.JSONDecoder()
    for match in re.finditer(r'^[ \t]*\{', stdout, re.MULTILINE):
        try:
            result, end = decoder.raw_decode(stdout, match.end() - 1)
        except ValueError:
            continue
        if isinstance(result, dict):
            return result, stdout[end:].strip()
    return None, ''


def terminate_request_name(jid):
    return '.%s.terminate' % jid


class Watchdog(object):
    """The daemon that runs the module, enforces the time limit and writes every record."""

    def __init__(self, jid, limit, async_dir, dir_fd, command, output_limit=DEFAULT_LIMIT):
        self.jid = jid
        self.output_limit = output_limit
        self.limit = limit
        self.dir_fd = dir_fd
        self.status_path = os.path.join(async_dir, jid)
        self.command = command
        self.started = time.monotonic()
        self.module_pid = None
        self.module_status = None
        self.stdout_fd = None
        self.stderr_fd = None
        self.outputs = {}
        self.open_outputs = set()
        self.terminate_requested = False
        self.wakeup_read = None

    def run(self, reply_fd):
        """Reports the launch through `reply_fd`, then supervises the job to its end."""
        try:
            self.start(reply_fd)
        except Exception as error:
            message = str(error) if isinstance(error, LaunchError) else 'could not start the job: %s' % error
            self.send_reply(reply_fd, {'failed': 1, 'msg': message})
            return
        try:
            self.supervise()
        except Exception as error:
            self.stop({'failed': True, 'msg': 'the async watchdog failed: %s' % error}, DEFAULT_GRACE)

    def start(self, reply_fd):
        become_subreaper()
        self.listen_for_signals()
        gate_fd = self.spawn_module()
        start_record = {
            'started': 1, 'finished': 0, 'ansible_job_id': self.jid, 'pid': os.getpid(),
            'pgid': self.module_pid, 'limit': self.limit, 'started_at': time.time(),
        }
        try:
            write_atomically(self.dir_fd, self.jid, start_record)
        except OSError as error:
            signal_quietly(self.module_pid, signal.SIGKILL)
            os.waitpid(self.module_pid, 0)
            raise LaunchError("could not write the job's start record: %s" % error)
        os.write(gate_fd, b'go')
        os.close(gate_fd)
        self.send_reply(reply_fd, {
            'started': 1, 'finished': 0, 'failed': 0, 'ansible_job_id': self.jid,
            'results_file': self.status_path, 'pid': os.getpid(), 'pgid': self.module_pid,
        })

    def send_reply(self, reply_fd, reply):
        try:
            os.write(reply_fd, (json.dumps(reply) + '\n').encode('utf-8'))
            os.close(reply_fd)
        except OSError:
            pass

    def listen_for_signals(self):
        self.wakeup_read, wakeup_write = os.pipe()
        os.set_blocking(self.wakeup_read, False)
        os.set_blocking(wakeup_write, False)
        # The C-level handler writes to this pipe, so select() in supervise() wakes up at once.
        signal.set_wakeup_fd(wakeup_write)
        signal.signal(signal.SIGCHLD, lambda signum, frame: None)
        signal.signal(signal.SIGUSR1, self.on_terminate_request)
        signal.signal(signal.SIGTERM, self.on_terminate_request)

    def on_terminate_request(self, signum, frame):
        self.terminate_requested = True

    def spawn_module(self):
        """Forks the module, held at a gate until its start record is on disk, so that a job whose
        record cannot be written never runs. Returns the gate's write end."""
        stdin_read, stdin_write = os.pipe()
        stdout_read, stdout_write = os.pipe()
        stderr_read, stderr_write = os.pipe()
        gate_read, gate_write = os.pipe()
        environment = dict(os.environ)
        environment[JOB_MARKER] = self.jid
        module_umask = environment.pop(MODULE_UMASK, None)
        pid = os.fork()
        if pid == 0:
            try:
                # A session of its own: the job's processes are then told apart from the watchdog.
                os.setsid()
                os.dup2(stdin_read, 0)
                os.dup2(stdout_write, 1)
                os.dup2(stderr_write, 2)
                signal.set_wakeup_fd(-1)
                # Python ignores SIGPIPE and SIGXFSZ; an ignored signal would stay ignored after exec.
                for signum in (signal.SIGPIPE, signal.SIGXFSZ, signal.SIGCHLD, signal.SIGUSR1, signal.SIGTERM):
                    signal.signal(signum, signal.SIG_DFL)
                os.close(gate_write)
                if module_umask:
                    os.umask(int(module_umask, 8))
                if os.read(gate_read, 2) == b'go':
                    os.execvpe(self.command[0], self.command, environment)
            except BaseException as error:
                os.write(2, ('castoff: could not run the module %s: %s\n' % (self.command, error)).encode('utf-8'))
            os._exit(127)
        # Closing the write end of stdin at once gives the module an open stdin that reads EOF.
        for fd in (stdin_read, stdin_write, stdout_write, stderr_write, gate_read):
            os.close(fd)
        self.module_pid = pid
        self.stdout_fd = stdout_read
        self.stderr_fd = stderr_read
        # The module prints its result as JSON on stdout, which may hold two streams at the limit.
        self.outputs = {stdout_read: HeadTail(result_limit(self.output_limit)), stderr_read: HeadTail(self.output_limit)}
        self.open_outputs = {stdout_read, stderr_read}
        return gate_write

    def supervise(self):
        deadline = self.started + self.limit
        while True:
            self.wait_for_activity(max(0.0, deadline - time.monotonic()))
            # Reaping comes before the checks below so that a module that finished at the deadline
            # gets its real result recorded, not a timeout.
            self.reap()
            if self.module_status is not None:
                break
            if self.terminate_requested:
                self.stop({'failed': True, 'killed': True, 'msg': 'Job terminated by request'},
                          self.requested_grace())
                return
            if time.monotonic() >= deadline:
                self.stop({'failed': True, 'msg': 'Timeout exceeded', 'child_pid': self.module_pid,
                           'timedout': True}, DEFAULT_GRACE)
                return
        self.drain_outputs()
        self.record(self.finished_record())

    def wait_for_activity(self, timeout):
        readable, _, _ = select.select([self.wakeup_read] + list(self.open_outputs), [], [], timeout)
        for fd in readable:
            if fd == self.wakeup_read:
                drain_pipe(fd)
            else:
                self.read_output(fd)

    def read_output(self, fd):
        """Reads one chunk of the module's output; False once there is nothing more to read now."""
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            return False
        if not chunk:
            self.open_outputs.discard(fd)
            return False
        self.outputs[fd].add(chunk)
        return True

    def drain_outputs(self):
        """Collects what the exited module left in its pipes without waiting for descendants that
        may still hold them open (a daemon it started, for instance)."""
        for fd in list(self.open_outputs):
            os.set_blocking(fd, False)
            while self.read_output(fd):
                pass

    def reap(self):
        """Waits for every child that has exited: as a subreaper, orphaned descendants are ours too."""
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            if pid == self.module_pid:
                self.module_status = status

    def requested_grace(self):
        name = terminate_request_name(self.jid)
        try:
            with open_file_in(self.dir_fd, name) as handle:
                return float(handle.read())
        except (OSError, ValueError):
            return DEFAULT_GRACE
        finally:
            remove_quietly(self.dir_fd, name)

    def stop(self, record, grace):
        module_session = self.module_pid if self.module_status is None else None
        kill_job_tree(lambda: find_job_processes(self.jid, os.getpid(), module_session), grace, self.reap)
        self.reap()
        record['elapsed'] = round(time.monotonic() - self.started, 3)
        self.record(record)

    def finished_record(self):
        stdout = self.outputs[self.stdout_fd]
        stderr = self.outputs[self.stderr_fd]
        how, rc = describe_exit(self.module_status)
        if stdout.truncated:
            return {'failed': 1, 'cmd': self.command, 'data': stdout.text(), 'stderr': stderr.text(), 'rc': rc,
                    'truncated': True, 'warnings': [stdout.warning('the module output')],
                    'msg': 'The module printed %d bytes, more than the %d bytes a module result may take '
                           '(output_limit %d; it %s)' % (stdout.total, stdout.limit, self.output_limit, how)}
        result, junk = parse_module_output(stdout.text())
        if result is None:
            return {'failed': 1, 'cmd': self.command, 'data': stdout.text(), 'stderr': stderr.text(), 'rc': rc,
                    'msg': 'The module did not print a JSON object (it %s)' % how}
        # A record without "started" is how every reader knows the job is over.
        result.pop('started', None)
        if junk:
            add_warning(result, 'Module invocation had junk after the JSON data: %s' % junk)
        if stderr.total and 'stderr' not in result:
            result['stderr'] = stderr.text()
            if stderr.truncated:
                result['truncated'] = True
                add_warning(result, stderr.warning('stderr'))
        return result

    def record(self, record):
        record['ansible_job_id'] = self.jid
        # The controller reads no status file bigger than result_limit.
        record = fit_record(record, result_limit(self.output_limit))
        try:
            write_atomically(self.dir_fd, self.jid, record)
        except OSError as error:
            failure = {'failed': 1, 'msg': 'could not write the job result: %s' % error, 'ansible_job_id': self.jid}
            try:
                write_atomically(self.dir_fd, self.jid, failure)
            except OSError:
                # Without this, a full disk would leave the start record, and readers would see a
                # job that runs on until its limit.
                try:
                    overwrite_in_place(self.dir_fd, self.jid, failure)
                except OSError:
                    pass


def drain_pipe(fd):
    try:
        while os.read(fd, 4096):
            pass
    except BlockingIOError:
        pass


def become_subreaper():
    """Orphaned descendants (double forks, setsid daemons) are then reparented to the watchdog, which
    can find them by parentage and reap them. Linux only; elsewhere the environment marker remains."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except Exception:
        pass


def detach_stdio():
    """The SSH exec channel returns only when nothing holds its stdout and stderr any more."""
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    if devnull > 2:
        os.close(devnull)


def read_reply(fd):
    data = b''
    while not data.endswith(b'\n'):
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        data += chunk
    os.close(fd)
    return data.decode('utf-8', 'replace').strip()


INCOMPLETE_ARGUMENTS = 'the module arguments arrived incomplete (the connection was lost during the launch)'


def launch_with_stdin_args(args):
    """`--stdin-args <bytes>` then the launch's own arguments: the module's arguments come on stdin
    and are written to <args_path> before the launch, private to the job's user (umask 077, which the
    launch keeps for its own files; the module gets the user's umask back). A controller that died
    mid-transfer leaves fewer bytes than announced, and then no job starts."""
    if len(args) not in (6, 7):
        raise LaunchError(USAGE)
    try:
        size = int(args[0])
    except ValueError:
        size = -1
    if size < 0:
        raise LaunchError('invalid size of the module arguments: %r' % args[0])
    os.environ[MODULE_UMASK] = '%04o' % os.umask(0o077)
    data = read_at_most(0, size + 1)
    if len(data) != size:
        raise LaunchError(INCOMPLETE_ARGUMENTS)
    args_path = os.path.abspath(args[5])
    try:
        fd = os.open(args_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, 'O_NOFOLLOW', 0), 0o600)
        try:
            write_all(fd, data)
        finally:
            os.close(fd)
    except OSError as error:
        raise LaunchError('could not write the module arguments to %s: %s' % (args_path, error))
    return launch(args[1:])


def read_at_most(fd, limit):
    chunks = []
    total = 0
    while total < limit:
        chunk = os.read(fd, min(65536, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b''.join(chunks)


def launch(args):
    if len(args) not in (5, 6):
        raise LaunchError(USAGE)
    jid_prefix, limit_text, async_dir, module_path, args_path = args[:5]
    output_limit = parse_limit(args[5]) if len(args) == 6 else DEFAULT_LIMIT
    if not JOB_ID_PREFIX.fullmatch(jid_prefix):
        raise LaunchError('invalid job id prefix %r: expected j followed by 1 to 12 digits' % jid_prefix)
    limit = parse_seconds(limit_text, 'time limit')
    async_dir = require_absolute_dir(async_dir)
    module_path = os.path.abspath(module_path)
    args_path = os.path.abspath(args_path)
    if not os.path.isfile(module_path):
        raise LaunchError('module not found: %s' % module_path)
    if not os.path.isfile(args_path):
        raise LaunchError('module arguments file not found: %s' % args_path)
    dir_fd = open_async_dir(async_dir)
    jid = job_id(jid_prefix, os.getpid())
    watchdog = Watchdog(jid, limit, async_dir, dir_fd, module_command(module_path, args_path), output_limit)

    reply_read, reply_write = os.pipe()
    sys.stdout.flush()
    first_child = os.fork()
    if first_child == 0:
        # Forks of the launcher: whatever happens here must end in os._exit, never in its code. A
        # failure closes the reply pipe unanswered, which the launcher reports.
        try:
            os.close(reply_read)
            os.setsid()
            if os.fork() == 0:
                detach_stdio()
                watchdog.run(reply_write)
        finally:
            os._exit(0)
    os.close(reply_write)
    os.waitpid(first_child, 0)
    reply_text = read_reply(reply_read)
    try:
        reply = json.loads(reply_text)
    except ValueError:
        raise LaunchError('the job wrapper ended before it reported the start of the job')
    print_reply(reply)
    return 0 if reply.get('started') else 1


def watchdog_state(record, jid):
    """'alive', 'gone' or 'unknown' (a process we may not signal) for the watchdog named by a start
    record. Its command line carries the random job id prefix, which guards against the pid having
    been reused since."""
    pid = record.get('pid')
    if not isinstance(pid, int) or pid <= 0:
        return 'gone'
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return 'gone'
    except PermissionError:
        return 'unknown'
    if not os.path.isdir('/proc/self'):
        return 'alive'
    stat = read_proc_stat(pid)
    try:
        with open('/proc/%d/cmdline' % pid, 'rb') as handle:
            arguments = handle.read().decode('utf-8', 'replace').split('\0')
    except OSError:
        return 'gone'
    return 'alive' if stat is not None and stat[0] != 'Z' and jid.split('.')[0] in arguments else 'gone'


def watchdog_is_alive(record, jid):
    """Whether the watchdog named by a start record still runs (and is ours to signal)."""
    return watchdog_state(record, jid) == 'alive'


def find_watchdog(jid):
    """The pid of job `jid`'s watchdog, found by the job id prefix on its command line, or None."""
    if not os.path.isdir('/proc/self'):
        return None
    for name in os.listdir('/proc'):
        if name.isdigit() and int(name) != os.getpid() and watchdog_is_alive({'pid': int(name)}, jid):
            return int(name)
    return None


def final_record(dir_fd, name):
    """The job's final record, or None while it runs or while its file cannot be read."""
    try:
        record = read_record(dir_fd, name)
    except UnusableRecord:
        return None
    return record if record is not None and not is_running(record) else None


def wait_for_final_record(dir_fd, name, timeout, still_running):
    """The final record once it appears, or None after `timeout` or once `still_running()` says the
    writer is gone (a watchdog that could not write its record will not write it later)."""
    ends = time.monotonic() + timeout
    while time.monotonic() < ends and still_running():
        record = final_record(dir_fd, name)
        if record is not None:
            return record
        time.sleep(0.05)
    return final_record(dir_fd, name)


def terminate(args):
    if len(args) not in (2, 3):
        raise LaunchError(USAGE)
    async_dir = require_absolute_dir(args[0])
    jid = require_job_id(args[1])
    grace = parse_seconds(args[2], 'grace period') if len(args) == 3 else DEFAULT_GRACE
    dir_fd = open_async_dir(async_dir, create=False)
    if dir_fd is None:
        print_reply({'failed': 1, 'msg': MISSING_JOB, 'ansible_job_id': jid})
        return 1
    try:
        record = read_record(dir_fd, jid)
    except UnusableRecord:
        # A damaged or unreadable record must not keep the job alive: its watchdog is found by its
        # command line instead, and without one the job's processes by their marker.
        record = {'started': 1, 'pid': find_watchdog(jid)}
    if record is None:
        print_reply({'failed': 1, 'msg': MISSING_JOB, 'ansible_job_id': jid})
        return 1
    request_name = terminate_request_name(jid)
    try:
        if is_running(record) and watchdog_is_alive(record, jid):
            write_atomically(dir_fd, request_name, grace)
            signal_quietly(record['pid'], signal.SIGUSR1)
            final = wait_for_final_record(dir_fd, jid, grace + KILL_SWEEP_SECONDS + 1, lambda: watchdog_is_alive(record, jid))
            if final is None and watchdog_is_alive(record, jid):
                signal_quietly(record['pid'], signal.SIGKILL)
            record = final or record
        if is_running(record):
            record = kill_orphaned_job(dir_fd, jid, record, grace)
    finally:
        remove_quietly(dir_fd, request_name)
    record['finished'] = 1
    record['ansible_job_id'] = jid
    print_reply(record)
    return 0


def kill_orphaned_job(dir_fd, jid, start_record, grace):
    """The watchdog is gone (killed, host rebooted, OOM) so nobody else will end the job: kill what
    carries its marker and write the record ourselves, unless a final record appeared meanwhile."""
    kill_job_tree(lambda: find_job_processes(jid), grace, lambda: None)
    record = final_record(dir_fd, jid)
    if record is not None:
        return record
    started_at = start_record.get('started_at')
    record = {'failed': True, 'killed': True, 'msg': 'Job terminated by request', 'ansible_job_id': jid}
    if isinstance(started_at, (int, float)):
        record['elapsed'] = round(time.time() - started_at, 3)
    try:
        write_atomically(dir_fd, jid, record)
    except OSError as error:
        raise LaunchError('the job was killed but its record could not be written: %s' % error)
    return record


def read_status_file(dir_fd, jid, max_bytes):
    with open_file_in(dir_fd, jid) as handle:
        return handle.read(max_bytes + 1)


def orphaned(data, jid):
    """Whether the bytes are a running job's record whose watchdog is gone (killed, out of memory,
    the host restarted): such a job can never finish, and waiting for it would last to its limit."""
    try:
        record = json.loads(data.decode('utf-8'))
    except ValueError:
        return False
    return isinstance(record, dict) and is_running(record) and watchdog_state(record, jid) == 'gone'


def read_status(args):
    """Copies at most <max_bytes> + 1 bytes of a job's status file to stdout, for the controller,
    which tells the outcomes apart by the exit code: 0 read, READ_ORPHANED (read, and the running
    job's watchdog is gone), READ_MISSING, READ_REFUSED (an async dir another user could change: its
    records could be forged), READ_FAILED; the reason on stderr."""
    if len(args) != 3:
        raise LaunchError(USAGE)
    async_dir = require_absolute_dir(args[0])
    jid = require_job_id(args[1])
    status = 0
    try:
        max_bytes = int(args[2])
        dir_fd = open_private_dir(async_dir, 'the async directory', create=False)
        if dir_fd is None:
            return READ_MISSING
        data = read_status_file(dir_fd, jid, max_bytes)
        if len(data) <= max_bytes and orphaned(data, jid):
            # The watchdog may have written its final record just before it exited: read again now
            # that it is known to be gone.
            data = read_status_file(dir_fd, jid, max_bytes)
            status = READ_ORPHANED if orphaned(data, jid) else 0
    except UnsafeDirectory as error:
        sys.stderr.write('%s\n' % error)
        return READ_REFUSED
    except FileNotFoundError:
        return READ_MISSING
    except (OSError, ValueError) as error:
        sys.stderr.write('%s\n' % error)
        return READ_FAILED
    sys.stdout.buffer.write(data)
    sys.stdout.flush()
    return status


def main(args):
    try:
        if args[:1] == ['--terminate']:
            return terminate(args[1:])
        if args[:1] == ['--read-status']:
            return read_status(args[1:])
        if args[:1] == ['--stdin-args']:
            return launch_with_stdin_args(args[1:])
        return launch(args)
    except LaunchError as error:
        print_reply({'failed': 1, 'msg': str(error)})
        return 1


if __name__ == '__main__':
    status = main(sys.argv[1:])
    # Nothing is left to clean up, and the interpreter's own teardown costs more than the launch on a
    # small host: the reply is flushed and the process ends here.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
