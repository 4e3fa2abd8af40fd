/**
 * The line of the rendered text a template error comes from, kept beside the error rather than on
 * it (errors stay plain `TemplateError`s): a template file's error names its line with it.
 */
const lines = new WeakMap<Error, number>();

export function setErrorLine<E extends Error>(error: E, line: number | undefined): E {
  if (line !== undefined) lines.set(error, line);
  return error;
}

export function errorLine(error: Error): number | undefined {
  return lines.get(error);
}
