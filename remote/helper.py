#!/usr/bin/env python3
"""castoff's warm helper: one process per host and user for the length of a run, so that every
operation is one request and one reply on a channel that is already open.

Usage: helper.py  (requests on stdin, replies on stdout, one JSON object per line)

On start it prints {"ready": 1, "pid": <pid>, "protocol": 1}. Every request carries a numeric `id`
and an `op`; its reply carries the same id and either `ok` (the op's answer) or `error`
({"code": ..., "message": ...}). Requests run concurrently, so replies may come out of order. Bytes
travel base64-encoded. The ops:

  exec    {command, stdin?, env?, timeoutSeconds?, outputLimit, detaches?}
          /bin/sh -c command in a session of its own; ok: {rc, signal, stdout, stderr, truncated?}.
          `detaches`: the command starts processes meant to outlive it (an async launch), which the
          helper's own end leaves alone
  python  {python, path, argv?, stdin?, env?, timeoutSeconds?, outputLimit}
          `python path argv...` as exec runs a command; forked from this interpreter (file compiled
          once, standard library already loaded) when `python` is the one the helper runs
  cancel  {target}: kills the process tree of running request `target` (or ends its watch)
  put     {path, data, mode}     get {path, maxBytes?}     stat {path}     mkdirp {path, mode}
  watch   {asyncDir, jid}: answers once the job's status record is final or its file is gone

The helper exits when its stdin closes (the controller or its connection is gone), killing the
commands it still runs first; async jobs are detached by their wrapper and go on. Python 3.6+,
stdlib only.
"""

import base64
import errno
import json
import os
import select
import signal
import stat
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import async_wrapper  # noqa: E402  (puts modules/ on the path and holds the async dir's safety rules)
from _castoff_output import HeadTail  # noqa: E402
from _castoff_private_dir import UnsafeDirectory, open_private_dir  # noqa: E402
from _castoff_records import UnusableRecord, is_running, read_record, write_all  # noqa: E402
from _castoff_warm_run import ForkedRun, same_interpreter  # noqa: E402

# What castoff's own modules import, loaded once here so that each forked module finds it loaded
# (it is most of a short module's run time: its imports, compiled from source every time).
import _castoff_common  # noqa: E402,F401

PROTOCOL = 1
TASK_MARKER = 'CASTOFF_TASK'
# As coreutils `timeout -k 2`: TERM at the limit, KILL this much later; its exit codes.
KILL_AFTER_SECONDS = 2.0
TIMED_OUT_RC = 124
KILLED_RC = 137
CANCEL_KILL_AFTER_SECONDS = 1.0
READ_CHUNK = 64 * 1024
# A watch without inotify looks at the record this often; with it, this is only a safety net.
WATCH_POLL_SECONDS = 0.05
WATCH_NOTIFIED_RECHECK_SECONDS = 1.0

write_lock = threading.Lock()
# Set once stdin has closed: the controller is gone, and nothing is answered any more.
controller_gone = threading.Event()
# Request id -> what cancel acts on (a Command or a threading.Event).
running = {}
running_lock = threading.Lock()


def send(message):
    line = (json.dumps(message, separators=(',', ':')) + '\n').encode('utf-8')
    with write_lock:
        if controller_gone.is_set():
            return
        try:
            write_all(1, line)
        except OSError:
            # The controller is gone: stdin's end will tell the main loop.
            pass


class RequestError(Exception):
    def __init__(self, code, message):
        Exception.__init__(self, message)
        self.code = code


def b64(data):
    return base64.b64encode(data).decode('ascii')


def unb64(text):
    if not isinstance(text, str):
        raise RequestError('EINVAL', 'bytes must come base64-encoded')
    return base64.b64decode(text.encode('ascii'))


def file_error(error):
    code = errno.errorcode.get(error.errno, 'EIO')
    kind = {'ENOENT': 'ENOENT', 'ENOTDIR': 'ENOENT', 'EACCES': 'EACCES', 'EPERM': 'EACCES'}.get(code, 'EIO')
    return RequestError(kind, error.strerror or str(error))


def marked_pids(marker):
    """Pids whose environment holds the exec's marker: its setsid children left the process group."""
    entry = ('%s=%s' % (TASK_MARKER, marker)).encode('ascii')
    found = []
    for name in os.listdir('/proc') if os.path.isdir('/proc/self') else []:
        if not name.isdigit() or int(name) == os.getpid():
            continue
        try:
            with open('/proc/%s/environ' % name, 'rb') as handle:
                if entry in handle.read().split(b'\0'):
                    found.append(int(name))
        except (IOError, OSError):
            continue
    return found


def signal_quietly(pid, signum, group=False):
    try:
        (os.killpg if group else os.kill)(pid, signum)
    except OSError:
        pass


def session_process(argv, env):
    """`argv` in a session of its own, every stream a pipe."""
    return subprocess.Popen(
        argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        start_new_session=True, close_fds=True)


def shell_process(request, env):
    return session_process(['/bin/sh', '-c', str(request['command'])], env)


def python_process(request, env):
    """The file forked from this interpreter when it is the one asked for, else a new interpreter."""
    path = str(request['path'])
    argv = [str(arg) for arg in request.get('argv') or []]
    python = str(request['python'])
    if same_interpreter(python):
        return ForkedRun(path, argv, env)
    return session_process([python, path] + argv, env)


class Command(object):
    """One command or Python run in its own session, its output kept head and tail to the limit."""

    def __init__(self, request, start):
        self.marker = 'castoff-helper-%d-%s' % (os.getpid(), request['id'])
        env = dict(os.environ)
        for name, value in (request.get('env') or {}).items():
            env[str(name)] = str(value)
        env[TASK_MARKER] = self.marker
        self.limit = int(request.get('outputLimit') or 0)
        self.stdin = unb64(request['stdin']) if request.get('stdin') else b''
        self.timeout = request.get('timeoutSeconds')
        self.timed_out = None
        self.detaches = bool(request.get('detaches'))
        self.ended = threading.Event()
        self.process = start(request, env)

    def signal_tree(self, signum):
        """`signum` to the command's process group and to every process carrying its marker."""
        signal_quietly(self.process.pid, signum, group=True)
        for pid in marked_pids(self.marker):
            signal_quietly(pid, signum)

    def signal_own(self, signum):
        """As the end of its channel would: the whole tree, or only its group when it detaches processes on purpose."""
        if self.detaches:
            signal_quietly(self.process.pid, signum, group=True)
        else:
            self.signal_tree(signum)

    def kill(self, first, grace):
        """`first` to the whole tree, KILL after `grace` to what is left."""
        self.signal_tree(first)

        def later():
            if not self.ended.wait(grace) or marked_pids(self.marker):
                self.signal_tree(signal.SIGKILL)
        threading.Thread(target=later, daemon=True).start()

    def on_timeout(self):
        if self.ended.is_set():
            return
        self.timed_out = 'TERM'
        self.kill(signal.SIGTERM, KILL_AFTER_SECONDS)

        def escalate():
            if not self.ended.wait(KILL_AFTER_SECONDS):
                self.timed_out = 'KILL'
        threading.Thread(target=escalate, daemon=True).start()

    def feed_stdin(self):
        try:
            if self.stdin:
                self.process.stdin.write(self.stdin)
        except (IOError, OSError):
            pass
        finally:
            try:
                self.process.stdin.close()
            except (IOError, OSError):
                pass

    def run(self):
        timer = None
        if self.timeout is not None:
            timer = threading.Timer(max(1, int(-(-float(self.timeout) // 1))), self.on_timeout)
            timer.daemon = True
            timer.start()
        threading.Thread(target=self.feed_stdin, daemon=True).start()
        streams = {self.process.stdout.fileno(): HeadTail(self.limit), self.process.stderr.fileno(): HeadTail(self.limit)}
        out, err = streams[self.process.stdout.fileno()], streams[self.process.stderr.fileno()]
        open_fds = list(streams)
        while open_fds:
            readable, _, _ = select.select(open_fds, [], [])
            for fd in readable:
                chunk = os.read(fd, READ_CHUNK)
                if chunk:
                    streams[fd].add(chunk)
                else:
                    open_fds.remove(fd)
        status = self.process.wait()
        self.ended.set()
        if timer:
            timer.cancel()
        self.process.stdout.close()
        self.process.stderr.close()
        reply = {'rc': status, 'signal': None, 'stdout': b64(out.value()), 'stderr': b64(err.value())}
        if self.timed_out:
            reply['rc'] = KILLED_RC if self.timed_out == 'KILL' else TIMED_OUT_RC
        elif status < 0:
            reply['rc'] = None
            reply['signal'] = signal_name(-status)
        truncated = {}
        for name, kept in (('stdout', out), ('stderr', err)):
            if kept.truncated:
                truncated[name] = {'kept': kept.limit, 'total': kept.total}
        if truncated:
            reply['truncated'] = truncated
        return reply


def signal_name(number):
    for name in dir(signal):
        if name.startswith('SIG') and not name.startswith('SIG_') and getattr(signal, name) == number:
            return name[3:]
    return str(number)


def op_exec(request):
    return run_command(request, shell_process)


def op_python(request):
    return run_command(request, python_process)


def run_command(request, start):
    command = Command(request, start)
    with running_lock:
        running[request['id']] = command
    try:
        return command.run()
    finally:
        with running_lock:
            running.pop(request['id'], None)


def op_cancel(request):
    with running_lock:
        target = running.get(request.get('target'))
    if isinstance(target, Command):
        target.kill(signal.SIGTERM, CANCEL_KILL_AFTER_SECONDS)
    elif target is not None:
        target.set()
    return {'found': target is not None}


def op_put(request):
    path = str(request['path'])
    data = unb64(request.get('data', ''))
    mode = int(request.get('mode', 0o600))
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            write_all(fd, data)
            os.fchmod(fd, mode)
        finally:
            os.close(fd)
    except OSError as error:
        raise file_error(error)
    return {}


def op_get(request):
    path = str(request['path'])
    max_bytes = request.get('maxBytes')
    try:
        with open(path, 'rb') as handle:
            data = handle.read() if max_bytes is None else handle.read(int(max_bytes) + 1)
    except (IOError, OSError) as error:
        raise file_error(error)
    if max_bytes is not None and len(data) > int(max_bytes):
        raise RequestError('EFBIG', 'larger than %d bytes' % int(max_bytes))
    return {'data': b64(data)}


def op_stat(request):
    try:
        info = os.stat(str(request['path']))
    except OSError as error:
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return {'stat': None}
        raise file_error(error)
    return {'stat': {
        'size': info.st_size, 'mode': stat.S_IMODE(info.st_mode), 'isDirectory': stat.S_ISDIR(info.st_mode),
        'isFile': stat.S_ISREG(info.st_mode), 'mtime': int(info.st_mtime)}}


def op_mkdirp(request):
    path = str(request['path']).rstrip('/') or '/'
    mode = int(request.get('mode', 0o700))
    missing = []
    while not os.path.isdir(path):
        missing.append(path)
        parent = os.path.dirname(path)
        if parent == path:
            break
        path = parent
    try:
        for directory in reversed(missing):
            os.mkdir(directory, mode)
            # The umask may have narrowed the mode: set it exactly, as the SFTP path does.
            os.chmod(directory, mode)
    except OSError as error:
        if not (error.errno == errno.EEXIST and os.path.isdir(missing[0])):
            raise file_error(error)
    return {}


class Inotify(object):
    """Events on one directory through libc's inotify, or None where ctypes or inotify is missing."""
    IN_CLOSE_WRITE = 0x008
    IN_MOVED_FROM = 0x040
    IN_MOVED_TO = 0x080
    IN_DELETE = 0x200

    @classmethod
    def open(cls, dir_fd):
        try:
            import ctypes
            import ctypes.util
            libc = ctypes.CDLL(ctypes.util.find_library('c') or 'libc.so.6', use_errno=True)
            fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
            if fd < 0:
                return None
            mask = cls.IN_CLOSE_WRITE | cls.IN_MOVED_TO | cls.IN_MOVED_FROM | cls.IN_DELETE
            # The descriptor's own directory, not a path another user could swap meanwhile.
            if libc.inotify_add_watch(fd, ('/proc/self/fd/%d' % dir_fd).encode('ascii'), mask) < 0:
                os.close(fd)
                return None
            return fd
        except (OSError, AttributeError, ImportError):
            return None


def wait_for_change(notify_fd, cancelled):
    if notify_fd is None:
        cancelled.wait(WATCH_POLL_SECONDS)
        return
    readable, _, _ = select.select([notify_fd], [], [], WATCH_NOTIFIED_RECHECK_SECONDS)
    if readable:
        try:
            os.read(notify_fd, 64 * 1024)
        except OSError:
            pass


def op_watch(request):
    async_dir = async_wrapper.require_absolute_dir(str(request['asyncDir']))
    jid = async_wrapper.require_job_id(str(request['jid']))
    cancelled = threading.Event()
    with running_lock:
        running[request['id']] = cancelled
    try:
        try:
            dir_fd = open_private_dir(async_dir, 'the async directory', create=False)
        except UnsafeDirectory as error:
            raise RequestError('REFUSED', str(error))
        if dir_fd is None:
            return {'state': 'gone'}
        notify_fd = Inotify.open(dir_fd)
        try:
            while not cancelled.is_set():
                try:
                    record = read_record(dir_fd, jid)
                except UnusableRecord:
                    record = {'started': 1}
                if record is None:
                    return {'state': 'gone'}
                if not is_running(record):
                    return {'state': 'final'}
                wait_for_change(notify_fd, cancelled)
            return {'state': 'cancelled'}
        finally:
            if notify_fd is not None:
                os.close(notify_fd)
            os.close(dir_fd)
    finally:
        with running_lock:
            running.pop(request['id'], None)


OPS = {'exec': op_exec, 'python': op_python, 'cancel': op_cancel, 'put': op_put, 'get': op_get, 'stat': op_stat, 'mkdirp': op_mkdirp, 'watch': op_watch}


def answer(request):
    try:
        reply = {'id': request['id'], 'ok': OPS[request['op']](request)}
    except RequestError as error:
        reply = {'id': request['id'], 'error': {'code': error.code, 'message': str(error)}}
    except async_wrapper.LaunchError as error:
        reply = {'id': request['id'], 'error': {'code': 'EINVAL', 'message': str(error)}}
    except Exception as error:  # noqa: BLE001  (any failure of one request is that request's error, never the helper's end)
        reply = {'id': request['id'], 'error': {'code': 'EIO', 'message': '%s: %s' % (type(error).__name__, error)}}
    send(reply)


def parse(line):
    """A request, or None (after replying with an error when it has an id) when the line is not one."""
    try:
        request = json.loads(line.decode('utf-8'))
    except ValueError:
        return None
    if not isinstance(request, dict) or not isinstance(request.get('id'), int):
        return None
    if request.get('op') not in OPS:
        send({'id': request['id'], 'error': {'code': 'EINVAL', 'message': 'unknown op %r' % (request.get('op'),)}})
        return None
    return request


def end_commands():
    """The controller is gone: what it waited for is killed, as its exec channels would have been."""
    controller_gone.set()
    with running_lock:
        commands = [c for c in running.values() if isinstance(c, Command)]
    for command in commands:
        command.signal_own(signal.SIGTERM)
    if commands:
        time.sleep(0.5)
    for command in commands:
        command.signal_own(signal.SIGKILL)


def on_terminate(signum, frame):
    """Killed by someone on the host (pkill): the commands it runs go with it, as with a lost controller."""
    end_commands()
    os._exit(128 + signum)


def main():
    signal.signal(signal.SIGTERM, on_terminate)
    stdin = os.fdopen(0, 'rb', 0)
    send({'ready': 1, 'pid': os.getpid(), 'protocol': PROTOCOL})
    # Python ignores SIGPIPE: a write to a controller that is gone fails with EPIPE instead of killing
    # the helper before it has ended its commands.
    partial = []
    while True:
        chunk = stdin.read(READ_CHUNK)
        if not chunk:
            break
        # Only the new chunk is searched, so a large request (a put) costs linear time.
        while b'\n' in chunk:
            end = chunk.index(b'\n')
            partial.append(chunk[:end])
            chunk = chunk[end + 1:]
            request = parse(b''.join(partial))
            partial = []
            if request is not None:
                threading.Thread(target=answer, args=(request,), daemon=True).start()
        partial.append(chunk)
    end_commands()
    os._exit(0)


if __name__ == '__main__':
    main()
