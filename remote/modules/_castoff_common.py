"""Helpers shared by castoff's module payloads: argument loading, replies, and running a command the
way Ansible's command and shell modules do. Python 3.6+, stdlib only."""

import datetime
import glob
import json
import os
import selectors
import subprocess
import sys

# Once the command has exited, output that stays quiet this long is taken as finished even if a
# background process still holds the pipes (Ansible's rule too, with a shorter wait).
QUIET_AFTER_EXIT_SECONDS = 0.25
TIME_FORMAT = '%Y-%m-%d %H:%M:%S.%f'


def load_args():
    """The module's arguments, from the JSON file named on the command line (Ansible's WANT_JSON)."""
    if len(sys.argv) != 2:
        fail_json('usage: %s <json arguments file>' % os.path.basename(sys.argv[0]))
    try:
        with open(sys.argv[1], 'rb') as handle:
            args = json.loads(handle.read().decode('utf-8'))
    except (OSError, ValueError) as error:
        fail_json('could not read the module arguments from %s: %s' % (sys.argv[1], error))
    if not isinstance(args, dict):
        fail_json('the module arguments must be a JSON object')
    return {key: value for key, value in args.items() if not key.startswith('_ansible_')}


def exit_json(result):
    sys.stdout.write(json.dumps(result) + '\n')
    sys.stdout.flush()
    sys.exit(1 if result.get('failed') else 0)


def fail_json(msg, **fields):
    fields.update(failed=True, msg=msg)
    exit_json(fields)


def as_bool(value, name):
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ('yes', 'on', 'true', '1', 'y', 't'):
        return True
    if text in ('no', 'off', 'false', '0', 'n', 'f'):
        return False
    fail_json('argument %s is of type %s and we were unable to convert to bool' % (name, type(value).__name__))


def with_lines(result):
    result['stdout_lines'] = result['stdout'].splitlines()
    result['stderr_lines'] = result['stderr'].splitlines()
    return result


def format_delta(delta):
    # str(timedelta) leaves out the fraction when it is zero; Ansible's readers expect it always.
    return str(delta) if delta.microseconds else str(delta) + '.000000'


def run_command_module(params, argv, cmd):
    """Runs `argv` with the command module's options and exits with its result. `cmd` is what the
    result reports as the command: the argument list for command, the string for shell."""
    result = {'changed': False, 'stdout': '', 'stderr': '', 'rc': None, 'cmd': cmd,
              'start': None, 'end': None, 'delta': None, 'msg': ''}
    chdir = params.get('chdir')
    if chdir:
        try:
            os.chdir(os.path.expanduser(str(chdir)))
        except OSError as error:
            result.update(failed=True, msg='Unable to change directory before execution: %s' % error)
            exit_json(with_lines(result))
    skip = creates_or_removes(params)
    if skip:
        path, condition = skip
        result.update(rc=0, msg="Did not run command since '%s' %s" % (path, condition),
                      stdout='skipped, since %s %s' % (path, condition))
        exit_json(with_lines(result))

    stdin = params.get('stdin')
    stdin_bytes = b''
    if stdin is not None:
        stdin_text = str(stdin)
        if as_bool(params.get('stdin_add_newline', True), 'stdin_add_newline'):
            stdin_text += '\n'
        stdin_bytes = stdin_text.encode('utf-8')

    start = datetime.datetime.now()
    try:
        process = subprocess.Popen([os.fsencode(arg) for arg in argv], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as error:
        # Built by hand: before 3.8 the message names the program twice, in strerror and filename.
        message = '[Errno %d] %s: %r' % (error.errno, os.strerror(error.errno), error.filename)
        result.update(rc=error.errno, failed=True, msg=message)
        exit_json(with_lines(result))
    stdout, stderr = exchange(process, stdin_bytes)
    end = datetime.datetime.now()

    strip = as_bool(params.get('strip_empty_ends', True), 'strip_empty_ends')
    stdout = stdout.decode('utf-8', 'replace')
    stderr = stderr.decode('utf-8', 'replace')
    result.update(
        changed=True, rc=process.returncode,
        stdout=stdout.rstrip('\r\n') if strip else stdout,
        stderr=stderr.rstrip('\r\n') if strip else stderr,
        start=start.strftime(TIME_FORMAT), end=end.strftime(TIME_FORMAT), delta=format_delta(end - start),
    )
    if process.returncode != 0:
        result.update(failed=True, msg='non-zero return code')
    exit_json(with_lines(result))


def creates_or_removes(params):
    """(path, condition) when `creates` or `removes` says the command must not run, else None.
    Paths are globs, relative to chdir."""
    creates = params.get('creates')
    if creates and glob.glob(os.path.expanduser(str(creates))):
        return creates, 'exists'
    removes = params.get('removes')
    if removes and not glob.glob(os.path.expanduser(str(removes))):
        return removes, 'does not exist'
    return None


def exchange(process, stdin_bytes):
    """Feeds stdin and collects stdout and stderr together, so that no pipe fills up and blocks."""
    selector = selectors.DefaultSelector()
    collected = {process.stdout: bytearray(), process.stderr: bytearray()}
    for stream in collected:
        selector.register(stream, selectors.EVENT_READ)
    pending_input = memoryview(stdin_bytes)
    if pending_input:
        os.set_blocking(process.stdin.fileno(), False)
        selector.register(process.stdin, selectors.EVENT_WRITE)
    else:
        process.stdin.close()
    while selector.get_map():
        events = selector.select(QUIET_AFTER_EXIT_SECONDS)
        if not events and process.poll() is not None:
            break
        for key, _ in events:
            stream = key.fileobj
            if stream is process.stdin:
                try:
                    pending_input = pending_input[os.write(stream.fileno(), pending_input):]
                except BrokenPipeError:
                    pending_input = pending_input[:0]
                if not pending_input:
                    selector.unregister(stream)
                    close_quietly(stream)
                continue
            chunk = os.read(stream.fileno(), 65536)
            if chunk:
                collected[stream] += chunk
            else:
                selector.unregister(stream)
    for stream in (process.stdin, process.stdout, process.stderr):
        close_quietly(stream)
    process.wait()
    return bytes(collected[process.stdout]), bytes(collected[process.stderr])


def close_quietly(stream):
    try:
        stream.close()
    except OSError:
        pass
