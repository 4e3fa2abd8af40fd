"""Bounded output, shared by the async wrapper and the modules that run commands: of each stream the
first and the last half of a limit are kept, with a marker between, and a result is shrunk to fit a
size before it is printed or written. Python 3.6+, stdlib only."""

import json

DEFAULT_LIMIT = 10 * 1024 * 1024
# The module argument that carries the limit (bytes per stream) from the controller.
LIMIT_ARG = '_castoff_output_limit'
# A result holds two streams at their limit plus its other fields; the controller reads at most
# 2 * limit + 1 MiB of it, and results are fitted a little below that.
RESULT_SLACK = 512 * 1024
MIN_LIMIT = 1024
# A string this short is not worth cutting: the marker would take its place.
SHORTEST_CUT = 256


def parse_limit(value):
    """The limit the controller sent, or the default when it sent none or something unusable."""
    if isinstance(value, bool):
        return DEFAULT_LIMIT
    try:
        limit = int(value)
    except (TypeError, ValueError):
        return DEFAULT_LIMIT
    return limit if limit >= MIN_LIMIT else DEFAULT_LIMIT


def result_limit(limit):
    """The most bytes of JSON a module's result, or a job's record, may take."""
    return 2 * limit + RESULT_SLACK


def omission_marker(omitted, unit='bytes'):
    return '\n[castoff: %d %s of output omitted]\n' % (omitted, unit)


def truncation_warning(stream, kept, total):
    return '%s was truncated: %d bytes of %d kept (output_limit)' % (stream, kept, total)


class HeadTail(object):
    """Collects a stream chunk by chunk, keeping its first ceil(limit/2) and last floor(limit/2) bytes."""

    def __init__(self, limit):
        self.limit = limit
        self.head_limit = (limit + 1) // 2
        self.tail_limit = limit - self.head_limit
        self.head = bytearray()
        self.tail = bytearray()
        self.total = 0

    def add(self, chunk):
        self.total += len(chunk)
        room = self.head_limit - len(self.head)
        if room > 0:
            self.head += chunk[:room]
            chunk = chunk[room:]
        if not chunk or not self.tail_limit:
            return
        self.tail += chunk
        # Trimmed only once it holds twice the tail, so the cost of trimming stays linear.
        if len(self.tail) >= 2 * self.tail_limit:
            del self.tail[:len(self.tail) - self.tail_limit]

    @property
    def truncated(self):
        return self.total > self.limit

    def value(self):
        """The bytes kept, with the omission marker where bytes were dropped."""
        if not self.truncated:
            return bytes(self.head + self.tail)
        tail = self.tail[len(self.tail) - self.tail_limit:] if self.tail_limit else b''
        return bytes(self.head) + omission_marker(self.total - self.limit).encode('ascii') + bytes(tail)

    def text(self):
        return self.value().decode('utf-8', 'replace')

    def warning(self, stream):
        return truncation_warning(stream, self.limit, self.total)


def add_warning(record, warning):
    warnings = record.get('warnings', [])
    if not isinstance(warnings, list):
        warnings = [warnings]
    record['warnings'] = warnings + [warning]


def cut_middle(text, keep):
    """`text` reduced to about `keep` characters: its start and end, with the marker between."""
    head = (keep + 1) // 2
    tail = keep - head
    return text[:head] + omission_marker(len(text) - keep, 'characters') + (text[len(text) - tail:] if tail else '')


def fit_record(record, max_bytes):
    """`record` (a dict), shrunk until its JSON takes at most `max_bytes`: the *_lines lists go first
    (the controller derives them from stdout and stderr), then the longest top-level strings are cut
    in their middle. A record that still does not fit becomes a failure that says so."""
    size = len(json.dumps(record))
    if size <= max_bytes:
        return record
    original_size = size
    record = dict(record)
    record.pop('stdout_lines', None)
    record.pop('stderr_lines', None)
    cut = []
    for _ in range(16):
        size = len(json.dumps(record))
        if size <= max_bytes:
            break
        strings = [key for key, value in record.items() if isinstance(value, str) and len(value) > SHORTEST_CUT]
        if not strings:
            break
        key = max(strings, key=lambda name: len(record[name]))
        text = record[key]
        encoded = len(json.dumps(text))
        # JSON escapes may make a character take up to 6 bytes: cut in proportion to what the
        # string takes encoded, with room for the marker.
        keep = int(len(text) * max(0, encoded - (size - max_bytes)) / encoded) - SHORTEST_CUT
        record[key] = cut_middle(text, max(0, keep))
        if key not in cut:
            cut.append(key)
    if len(json.dumps(record)) > max_bytes:
        return {'failed': True, 'truncated': True,
                'msg': 'the result is too large: %d bytes of JSON, more than the %d bytes castoff keeps (output_limit)'
                       % (original_size, max_bytes)}
    record['truncated'] = True
    for key in cut:
        add_warning(record, '%s was cut to fit the result into %d bytes (output_limit)' % (key, max_bytes))
    return record
