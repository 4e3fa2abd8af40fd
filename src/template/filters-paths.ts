/**
 * Path filters with Python's `os.path` (POSIX) and `ntpath` semantics. They run on the controller,
 * as in Ansible: `expanduser` and `realpath` see the controller's home and file system.
 */
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix } from 'node:path';
import { TemplateError } from '../core/errors.js';
import { splitArgs, argument, type TemplateFunction } from './args.js';
import { pyStr } from './python.js';

/** Python's `os.path.splitext`: leading dots of the last part do not start an extension. */
const splitext: TemplateFunction = (value) => {
  const path = pyStr(value);
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || /^\.+$/.test(base.slice(0, dot + 1))) return [path, ''];
  const cut = path.length - base.length + dot;
  return [path.slice(0, cut), path.slice(cut)];
};

const expanduser: TemplateFunction = (value) => {
  const path = pyStr(value);
  if (path === '~' || path.startsWith('~/')) return homedir() + path.slice(1);
  return path;
};

/** `os.path.expandvars`: `$NAME` and `${NAME}` of the controller's environment; unknown ones stay. */
const expandvars: TemplateFunction = (value) =>
  pyStr(value).replace(/\$(\w+|\{[^}]*\})/g, (whole, name: string) => process.env[name.replace(/^\{|\}$/g, '')] ?? whole);

/** `os.path.realpath`: links resolved as far as the path exists; the rest is kept as written. */
const realpath: TemplateFunction = (value) => {
  let head = posix.resolve(pyStr(value));
  const tail: string[] = [];
  for (;;) {
    try {
      return posix.join(realpathSync(head), ...tail);
    } catch {
      if (head === '/') return posix.join('/', ...tail);
      tail.unshift(posix.basename(head));
      head = posix.dirname(head);
    }
  }
};

const relpath: TemplateFunction = (value, ...args) => {
  const start = pyStr(argument(splitArgs(args, ['start']), 0, 'start', process.cwd()));
  return posix.relative(posix.resolve(start), posix.resolve(pyStr(value))) || '.';
};

/** `os.path.join(*paths)`: an absolute part starts the path again. */
const pathJoin: TemplateFunction = (value) => {
  const parts = Array.isArray(value) ? value.map(pyStr) : [pyStr(value)];
  return parts.reduce((joined, part) => (part.startsWith('/') || joined === '' ? part : joined.endsWith('/') ? joined + part : `${joined}/${part}`), '');
};

/** `ntpath.splitdrive`: a drive letter or a UNC `\\server\share`. */
function splitDrive(path: string): [string, string] {
  const unc = /^[\\/]{2}[^\\/]+[\\/][^\\/]+/.exec(path);
  if (unc !== null && !/^[\\/]{3}/.test(path)) return [unc[0], path.slice(unc[0].length)];
  if (/^[A-Za-z]:/.test(path)) return [path.slice(0, 2), path.slice(2)];
  return ['', path];
}

function winSplit(value: unknown): { drive: string; head: string; tail: string } {
  const [drive, rest] = splitDrive(pyStr(value));
  const cut = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf('\\')) + 1;
  const head = rest.slice(0, cut);
  const trimmed = head.replace(/[\\/]+$/, '');
  return { drive, head: trimmed === '' ? head : trimmed, tail: rest.slice(cut) };
}

const winBasename: TemplateFunction = (value) => winSplit(value).tail;
const winDirname: TemplateFunction = (value) => {
  const { drive, head } = winSplit(value);
  return drive + head;
};
const winSplitdrive: TemplateFunction = (value) => {
  if (typeof value !== 'string') throw new TemplateError('win_splitdrive expects a string');
  return splitDrive(value);
};

export const pathFilters: Record<string, TemplateFunction> = {
  splitext,
  expanduser,
  expandvars,
  realpath,
  relpath,
  path_join: pathJoin,
  win_basename: winBasename,
  win_dirname: winDirname,
  win_splitdrive: winSplitdrive,
};
