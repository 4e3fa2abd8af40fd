/**
 * A lookup's failures in Ansible's two kinds: most are wrapped in "An unhandled exception
 * occurred while running the lookup plugin ..."; a few lookups (first_found, ini) fail with their
 * own message as it is.
 */
import { TemplateError } from '../../core/errors.js';

/** A failure Ansible reports in its own words (AnsibleLookupError). */
export class LookupFailure extends TemplateError {
  override name = 'LookupFailure';
}

/** A failure Ansible raises as AnsibleParserError (unvault's missing file), named so in the message. */
export class ParserError extends TemplateError {
  override name = 'ParserError';
}

/** The message the user sees when lookup `name` failed with `error`. */
export function lookupErrorMessage(name: string, error: Error): string {
  if (error instanceof LookupFailure) return error.message;
  const kind = error instanceof ParserError ? 'AnsibleParserError' : 'AnsibleError';
  return `An unhandled exception occurred while running the lookup plugin '${name}'. Error was a <class 'ansible.errors.${kind}'>, original message: ${error.message}. ${error.message}`;
}

/** An undefined variable: raised as it is, whatever `errors=` says (AnsibleUndefinedVariable). */
export class LookupUndefined extends TemplateError {
  override name = 'LookupUndefined';
}
