"""Helpers shared by castoff's module payloads: argument loading, replies, running a command the
way Ansible's command and shell modules do, and file modes and ownership for the file modules.
Python 3.6+, stdlib only."""

import datetime
import glob
import grp
import hashlib
import json
import os
import pwd
import re
import selectors
import stat
import subprocess
import sys

from _castoff_output import DEFAULT_LIMIT, LIMIT_ARG, HeadTail, add_warning, fit_record, parse_limit, result_limit

# Once the command has exited, output that stays quiet this long is taken as finished even if a
# background process still holds the pipes (Ansible's rule too, with a shorter wait).
QUIET_AFTER_EXIT_SECONDS = 0.25
TIME_FORMAT = '%Y-%m-%d %H:%M:%S.%f'
# Without them the result stays small: the controller derives stdout_lines and stderr_lines.
MAX_OUTPUT_WITH_LINES = 1024 * 1024

# Bytes kept of each stream of a command a module runs; the controller sends it with the arguments.
output_limit = DEFAULT_LIMIT


def load_args():
    """The module's arguments, from the JSON file named on the command line (Ansible's WANT_JSON)."""
    return load_args_and_flags()[0]


def load_args_and_flags():
    """(arguments, check_mode, diff): the controller's run flags travel as `_ansible_check_mode` and
    `_ansible_diff`, as Ansible sends them, and are kept out of the arguments."""
    global output_limit
    args = read_args_file()
    output_limit = parse_limit(args.pop(LIMIT_ARG, None))
    params = {key: value for key, value in args.items() if not key.startswith('_ansible_')}
    return params, args.get('_ansible_check_mode') is True, args.get('_ansible_diff') is True


def read_args_file():
    if len(sys.argv) != 2:
        fail_json('usage: %s <json arguments file>' % os.path.basename(sys.argv[0]))
    try:
        if sys.argv[1] == '/dev/stdin':
            # Reopening /dev/stdin fails for a become user when the pipe belongs to the login user;
            # the descriptor itself was inherited and is readable.
            data = sys.stdin.buffer.read()
        else:
            with open(sys.argv[1], 'rb') as handle:
                data = handle.read()
        args = json.loads(data.decode('utf-8'))
    except (OSError, ValueError) as error:
        fail_json('could not read the module arguments from %s: %s' % (sys.argv[1], error))
    if not isinstance(args, dict):
        fail_json('the module arguments must be a JSON object')
    return args


def exit_json(result):
    result = fit_record(result, result_limit(output_limit))
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
    if len(result['stdout']) + len(result['stderr']) <= MAX_OUTPUT_WITH_LINES:
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
    outputs = exchange(process, stdin_bytes)
    end = datetime.datetime.now()

    strip = as_bool(params.get('strip_empty_ends', True), 'strip_empty_ends')
    stdout = outputs['stdout'].text()
    stderr = outputs['stderr'].text()
    for name in ('stdout', 'stderr'):
        if outputs[name].truncated:
            result['truncated'] = True
            add_warning(result, outputs[name].warning(name))
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
    """Feeds stdin and collects stdout and stderr together, so that no pipe fills up and blocks.
    Returns {'stdout': HeadTail, 'stderr': HeadTail}, each kept to the output limit."""
    selector = selectors.DefaultSelector()
    collected = {process.stdout: HeadTail(output_limit), process.stderr: HeadTail(output_limit)}
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
                collected[stream].add(chunk)
            else:
                selector.unregister(stream)
    for stream in (process.stdin, process.stdout, process.stderr):
        close_quietly(stream)
    process.wait()
    return {'stdout': collected[process.stdout], 'stderr': collected[process.stderr]}


def close_quietly(stream):
    try:
        stream.close()
    except OSError:
        pass


# --- files: what copy, file and stat share ---------------------------------------------------

SYMBOLIC_CLAUSE = re.compile(r'^([ugoa]*)((?:[-+=][rwxXst]*)+)$')
SYMBOLIC_ACTION = re.compile(r'([-+=])([rwxXst]*)')
# What `u=`, `g=` and `o=` clear before setting: the class's rwx and its special bit.
CLASS_BITS = {'u': 0o4700, 'g': 0o2070, 'o': 0o1007}
CLASS_SHIFT = {'u': 6, 'g': 3, 'o': 0}


def parse_mode(value, current, is_dir):
    """The permission bits `mode` asks for: octal text ('0644', '644'), an integer (YAML reads an
    unquoted 0644 as 420, which is the same bits), or symbolic ('u=rw,g=r,o=r', 'a+X')."""
    if isinstance(value, bool):
        fail_json('mode must be in octal or symbolic form')
    if isinstance(value, int):
        return value & 0o7777
    text = str(value).strip()
    if re.match(r'^[0-7]{1,5}$', text):
        return int(text, 8) & 0o7777
    mode = current & 0o7777
    for clause in text.split(','):
        match = SYMBOLIC_CLAUSE.match(clause)
        if not match:
            fail_json('mode must be in octal or symbolic form', details='bad symbolic permission for mode: %s' % text)
        classes = match.group(1).replace('a', 'ugo') or 'ugo'
        for operator, perms in SYMBOLIC_ACTION.findall(match.group(2)):
            bits = 0
            for cls in classes:
                for perm in perms:
                    bits |= permission_bit(cls, perm, mode, is_dir)
            if operator == '+':
                mode |= bits
            elif operator == '-':
                mode &= ~bits
            else:
                cleared = 0
                for cls in set(classes):
                    cleared |= CLASS_BITS[cls]
                mode = (mode & ~cleared) | bits
    return mode


def permission_bit(cls, perm, mode, is_dir):
    if perm in 'rwx':
        return {'r': 4, 'w': 2, 'x': 1}[perm] << CLASS_SHIFT[cls]
    if perm == 'X':
        # chmod's rule: execute only for directories and files someone may already execute.
        return 1 << CLASS_SHIFT[cls] if is_dir or mode & 0o111 else 0
    if perm == 's':
        return {'u': 0o4000, 'g': 0o2000}.get(cls, 0)
    return 0o1000 if cls == 'o' else 0


def lookup_uid(owner):
    if owner is None or owner == '':
        return -1
    if isinstance(owner, int) or str(owner).isdigit():
        return int(owner)
    try:
        return pwd.getpwnam(str(owner)).pw_uid
    except KeyError:
        fail_json('chown failed: failed to look up user %s' % owner)


def lookup_gid(group):
    if group is None or group == '':
        return -1
    if isinstance(group, int) or str(group).isdigit():
        return int(group)
    try:
        return grp.getgrnam(str(group)).gr_gid
    except KeyError:
        fail_json('chgrp failed: failed to look up group %s' % group)


def owner_name(uid):
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def group_name(gid):
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)


def path_state(path):
    """Ansible's names for what a path is: absent, link, directory or file."""
    if not os.path.lexists(path):
        return 'absent'
    if os.path.islink(path):
        return 'link'
    return 'directory' if os.path.isdir(path) else 'file'


def apply_attributes(path, params, check_mode):
    """Sets `owner`, `group` and `mode` where they differ from `path`'s; True when anything did (or,
    in check mode, would) change. A symlink gets its own owner; Linux has no mode for it."""
    info = os.lstat(path)
    changed = False
    uid = lookup_uid(params.get('owner'))
    gid = lookup_gid(params.get('group'))
    if (uid != -1 and uid != info.st_uid) or (gid != -1 and gid != info.st_gid):
        changed = True
        if not check_mode:
            try:
                os.lchown(path, uid, gid)
            except OSError as error:
                fail_json('chown failed: %s' % error, path=path)
    mode = params.get('mode')
    if mode is not None and not stat.S_ISLNK(info.st_mode):
        wanted = parse_mode(mode, info.st_mode, stat.S_ISDIR(info.st_mode))
        if wanted != stat.S_IMODE(info.st_mode):
            changed = True
            if not check_mode:
                try:
                    os.chmod(path, wanted)
                except OSError as error:
                    fail_json('chmod failed: %s' % error, path=path)
    return changed


def path_facts(path, follow=True):
    """The fields Ansible's file and copy modules report about the path they left behind."""
    info = os.stat(path) if follow else os.lstat(path)
    state = 'link' if stat.S_ISLNK(info.st_mode) else 'directory' if stat.S_ISDIR(info.st_mode) else 'file'
    return {
        'path': path, 'state': state, 'mode': '%04o' % stat.S_IMODE(info.st_mode),
        'uid': info.st_uid, 'gid': info.st_gid, 'owner': owner_name(info.st_uid),
        'group': group_name(info.st_gid), 'size': info.st_size,
    }


def file_digest(path, algorithm='sha1'):
    digest = hashlib.new(algorithm)
    with open(path, 'rb') as handle:
        for block in iter(lambda: handle.read(1 << 16), b''):
            digest.update(block)
    return digest.hexdigest()
