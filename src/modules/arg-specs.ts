/** Argument schemas several modules share (command-like options, file ownership). */
import { bool, type JsonSchema, text } from '../source/schema-values.js';

export const path = text('a path');

export const fileMode: JsonSchema = {
  description: "a file mode (a string like '0644' or 'u+rw', or a number)",
  anyOf: [{ text: true }, { type: 'integer', minimum: 0 }],
};

export const commandOptions = {
  chdir: path,
  creates: path,
  removes: path,
  executable: path,
};

export const stdinOptions = {
  stdin: text(),
  stdin_add_newline: bool,
  strip_empty_ends: bool,
};

/** The `key=value` words `command` and `shell` take out of their command line. */
export const COMMAND_LINE_OPTIONS = ['creates', 'removes', 'chdir', 'executable', 'stdin', 'stdin_add_newline', 'strip_empty_ends'];

export const ownership = {
  mode: fileMode,
  owner: text(),
  group: text(),
  attributes: text(),
  unsafe_writes: bool,
  seuser: text(),
  serole: text(),
  setype: text(),
  selevel: text(),
};
