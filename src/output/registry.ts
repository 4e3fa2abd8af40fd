/**
 * The output formats, one entry each: a new format is one file exporting an `OutputFormat` and
 * one line here. Names are Ansible's stdout callback names, so `stdout_callback` and
 * `ANSIBLE_STDOUT_CALLBACK` of an existing project select the same output.
 */
import { ConfigError } from '../core/errors.js';
import { ansibleJsonlFormat } from './ansible-jsonl.js';
import { defaultFormat } from './human.js';
import { jsonFormat } from './json.js';
import { jsonlFormat } from './jsonl.js';
import { minimalFormat } from './minimal.js';
import { onelineFormat } from './oneline.js';
import type { OutputFormat } from './output.js';
import { profileTasksFormat } from './profile-tasks.js';

const FORMATS: readonly OutputFormat[] = [
  defaultFormat,
  minimalFormat,
  onelineFormat,
  jsonFormat,
  jsonlFormat,
  ansibleJsonlFormat,
  profileTasksFormat,
];

/** Every name that selects a format, castoff's short names first. */
export function outputFormatNames(): string[] {
  return FORMATS.flatMap((f) => f.names);
}

/** The format of a name; an unknown one is Ansible's error, with the names castoff knows. */
export function outputFormat(name: string): OutputFormat {
  const format = FORMATS.find((f) => f.names.includes(name));
  if (!format) throw new ConfigError(`Invalid callback for stdout specified: ${name} (castoff knows ${FORMATS.map((f) => f.names[0]).join(', ')})`);
  return format;
}
