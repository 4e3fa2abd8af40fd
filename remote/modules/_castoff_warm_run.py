"""Running a Python file as a child forked from the warm helper's interpreter (helper.py's `python`
op): no new interpreter to start and the standard library already imported, which is most of a
short module's cost. The child gets what `python FILE ARGS...` would give it: the file as
__main__, its own sys.argv and sys.path[0], the environment asked for, its own session, and an
exit status that is the file's SystemExit code (1 and a traceback on stderr for an exception).

Compiled code is cached per file (path, size and mtime), so a module run many times is read and
compiled once per run.
"""

import atexit
import os
import shutil
import signal
import sys
import threading
import traceback
import types
import warnings

# The helper answers requests on threads and forks from one of them. The child only runs the file
# (no lock of the helper's is taken in it), so Python 3.12's warning about forking a threaded
# process would only be noise on the module's stderr.
warnings.filterwarnings('ignore', message='.*fork.*', category=DeprecationWarning)

# sys.path as a fresh interpreter has it, less the folders of castoff's runtime the helper put on it
# (the child gets its own file's folder first, as `python FILE` does).
_RUNTIME_DIRS = (os.path.dirname(os.path.abspath(__file__)), os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BASE_SYS_PATH = [entry for entry in sys.path if os.path.abspath(entry or '.') not in _RUNTIME_DIRS]

_compiled = {}
_compiled_lock = threading.Lock()


def same_interpreter(python):
    """Whether `python` is the interpreter this process runs: only then can a fork stand in for it."""
    try:
        if os.sep not in python:
            python = shutil.which(python) or python
        return os.path.realpath(python) == os.path.realpath(sys.executable)
    except (TypeError, ValueError, OSError):
        return False


def compiled(path):
    """The file's code object, or None when it cannot be read or compiled (the child then reports why)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    key = (path, info.st_size, info.st_mtime_ns)
    with _compiled_lock:
        code = _compiled.get(key)
    if code is not None:
        return code
    try:
        with open(path, 'rb') as handle:
            code = compile(handle.read(), path, 'exec', dont_inherit=True)
    except (OSError, SyntaxError, ValueError):
        return None
    with _compiled_lock:
        _compiled[key] = code
    return code


def exit_status(code):
    """What the interpreter would exit with for SystemExit(code)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xff
    try:
        sys.stderr.write('%s\n' % (code,))
    except Exception:  # noqa: BLE001  (a message that cannot be printed still exits 1)
        pass
    return 1


def open_fds():
    try:
        return [int(name) for name in os.listdir('/proc/self/fd')]
    except OSError:
        return list(range(3, 1024))


def name_process(path):
    """The child's name in `ps` (comm) is its file's, not the helper's: what looks for helpers finds helpers."""
    try:
        with open('/proc/self/comm', 'w') as handle:
            handle.write(os.path.basename(path)[:15])
    except (IOError, OSError):
        pass


def run_as_main(path, argv, code):
    """Runs in the child: the file as __main__; returns its exit status."""
    sys.argv = [path] + list(argv)
    sys.path[:] = [os.path.dirname(path)] + BASE_SYS_PATH
    main = types.ModuleType('__main__')
    main.__file__ = path
    sys.modules['__main__'] = main
    # The helper writes no bytecode; a fresh interpreter does unless told not to (Ansible's payloads keep theirs).
    sys.dont_write_bytecode = bool(os.environ.get('PYTHONDONTWRITEBYTECODE'))
    # Exit handlers are the module's own (AnsibleModule removes its temporary folder in one).
    atexit._clear()
    if code is None:
        # What the interpreter says of a file it cannot open or compile.
        try:
            with open(path, 'rb') as handle:
                source = handle.read()
        except OSError as error:
            sys.stderr.write("%s: can't open file %r: [Errno %d] %s\n" % (sys.executable, path, error.errno, error.strerror))
            return finished(2)
        try:
            code = compile(source, path, 'exec', dont_inherit=True)
        except (SyntaxError, ValueError) as error:
            sys.stderr.write(''.join(traceback.format_exception_only(type(error), error)))
            return finished(1)
    status = 0
    try:
        exec(code, main.__dict__)
    except SystemExit as end:
        status = exit_status(end.code)
    except BaseException as error:  # noqa: BLE001  (as the interpreter: any uncaught exception is a traceback and rc 1)
        # The traceback starts in the file, as the interpreter's would: this function's frame is left out.
        traceback.print_exception(type(error), error, error.__traceback__.tb_next)
        status = 1
    return finished(status)


def finished(status):
    """The end of a run as the interpreter's: exit handlers, streams flushed."""
    try:
        atexit._run_exitfuncs()
    except BaseException:  # noqa: BLE001
        traceback.print_exc()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001  (a closed stream has nothing left to flush)
            pass
    return status


class ForkedRun(object):
    """The Popen-like handle of one forked run: pid, stdin/stdout/stderr pipes, wait()."""

    def __init__(self, path, argv, env):
        code = compiled(path)
        child_in, self_in = os.pipe()
        self_out, child_out = os.pipe()
        self_err, child_err = os.pipe()
        try:
            self.pid = os.fork()
        except OSError:
            for fd in (child_in, self_in, self_out, child_out, self_err, child_err):
                os.close(fd)
            raise
        if self.pid == 0:
            status = 127
            try:
                os.setsid()
                os.dup2(child_in, 0)
                os.dup2(child_out, 1)
                os.dup2(child_err, 2)
                # The helper's channel, its other requests' pipes and watches are none of the file's business.
                for fd in open_fds():
                    if fd > 2:
                        try:
                            os.close(fd)
                        except OSError:
                            pass
                # The helper's own handler would end the helper's commands: the child dies as a fresh interpreter would.
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                signal.signal(signal.SIGINT, signal.default_int_handler)
                name_process(path)
                os.environ.clear()
                os.environ.update(env)
                status = run_as_main(path, argv, code)
            finally:
                os._exit(status)
        for fd in (child_in, child_out, child_err):
            os.close(fd)
        self.stdin = os.fdopen(self_in, 'wb')
        self.stdout = os.fdopen(self_out, 'rb')
        self.stderr = os.fdopen(self_err, 'rb')

    def wait(self):
        """The exit code, or minus the signal that ended the child (as Popen.wait)."""
        _, status = os.waitpid(self.pid, 0)
        if os.WIFSIGNALED(status):
            return -os.WTERMSIG(status)
        return os.WEXITSTATUS(status)
