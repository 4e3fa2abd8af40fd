/** A template file's render error, naming the file and, where the engine tells, the line. */
import { TemplateError } from '../core/errors.js';
import { errorLine } from './error-lines.js';

export function templateFileError(error: TemplateError, file: string): TemplateError {
  const line = errorLine(error);
  const where = line === undefined ? `'${file}'` : `'${file}', line ${line}`;
  return new TemplateError(`${error.message} (in ${where})`);
}
