/**
 * castoff's template layer: Ansible's `{{ }}` and bare conditions on minijinja (WASM, sandboxed:
 * a template reaches neither the host, the filesystem nor JavaScript).
 */
export { renderTemplate, renderTemplateText, renderValue, evaluateCondition, isTemplated, type Vars } from './render.js';
export { UnsafeText, isUnsafe, taint, toPlain } from './unsafe.js';
export { lazyVars, withVars } from './lazy-vars.js';
export { OMIT, isOmit } from './omit.js';
export { DEFAULT_REGEX_TIMEOUT, regexTimeLimit, setRegexTimeLimit } from './regex-runner.js';
export type { BlockWhitespace } from './engine.js';
export { hasLookup, loopItemsOf, withLookupEnvironment, type LookupEnvironment } from './lookups/index.js';
export { templateFileError } from './file-errors.js';
