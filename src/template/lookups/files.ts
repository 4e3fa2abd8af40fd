/** Lookups that read controller files: file, fileglob, first_found, template, csvfile, ini. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { TemplateError } from '../../core/errors.js';
import { wildcardRegExp } from '../../core/fnmatch.js';
import { isMapping, type Mapping } from '../python.js';
import { renderTemplateText, type Vars } from '../render.js';
import { withVars } from '../lazy-vars.js';
import { expandHome, findInSearchPath, searchPath } from './context.js';
import { controllerFileBytes } from './controller.js';
import { templateFileError } from '../file-errors.js';
import { LookupFailure, LookupUndefined, ParserError } from './errors.js';
import { keyValueTerm } from './terms.js';
import type { Lookup } from './types.js';

function isTrueOption(value: unknown): boolean {
  return value === true || (typeof value === 'string' && ['yes', 'true', 'on', '1'].includes(value.toLowerCase())) || value === 1;
}

/** A controller file as text, decrypted when vaulted (file, template, unvault; as Ansible's loader). */
function readText(path: string): string {
  return controllerFileBytes(readFileSync(path), path).toString('utf8');
}

function located(vars: Vars, subdir: string, term: unknown, what: string): string {
  const name = String(term);
  const found = findInSearchPath(vars, subdir, name);
  if (found === undefined) throw new TemplateError(`could not locate file in ${what}: ${name}`);
  return found;
}

const file: Lookup = {
  options: ['lstrip', 'rstrip'],
  run: (terms, options, vars) =>
    terms.map((term) => {
      let content = readText(located(vars, 'files', term, 'lookup'));
      if (options.lstrip !== undefined && isTrueOption(options.lstrip)) content = content.trimStart();
      if (options.rstrip === undefined || isTrueOption(options.rstrip)) content = content.trimEnd();
      return content;
    }),
};

/** Ansible's `unvault`: the file as it is (no stripping), decrypted when vaulted. */
const unvault: Lookup = {
  options: [],
  run: (terms, _options, vars) =>
    terms.map((term) => {
      const found = findInSearchPath(vars, 'files', String(term));
      if (found === undefined) throw new ParserError(`Unable to find file matching "${String(term)}" `);
      return readText(found);
    }),
};

/** The files in `dir` whose names match `pattern` (hidden ones only when the pattern starts with a dot). */
function globFiles(dir: string, pattern: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const regex = wildcardRegExp(pattern);
  return names
    .filter((name) => regex.test(name) && (pattern.startsWith('.') || !name.startsWith('.')))
    .map((name) => join(dir, name))
    .filter((path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    })
    .sort();
}

const fileglob: Lookup = {
  options: [],
  run: (terms, _options, vars) =>
    terms.flatMap((term) => {
      const pattern = expandHome(String(term));
      const name = basename(pattern);
      const dirs =
        name !== pattern
          ? [isAbsolute(pattern) ? dirname(pattern) : findInSearchPath(vars, 'files', dirname(pattern))]
          : searchPath(vars).flatMap((dir) => [join(dir, 'files'), dir]);
      for (const dir of dirs) {
        if (dir === undefined) continue;
        const found = globFiles(dir, name);
        if (found.length > 0) return found;
      }
      return [];
    }),
};

/** A comma- or semicolon-separated list of names, as first_found splits its `files`. */
function splitNames(value: unknown, separators: RegExp): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((v) => (typeof v === 'string' ? v.split(separators).map((s) => s.trim()).filter(Boolean) : [String(v)]));
}

const firstFound: Lookup = {
  options: ['files', 'paths', 'skip'],
  run: (terms, options, vars) => {
    let skip = isTrueOption(options.skip);
    const candidates: string[] = [];
    const addSet = (files: unknown, paths: unknown): void => {
      const names = splitNames(files, /[,;]/);
      const dirs = paths === undefined ? [] : splitNames(paths, /[,:;]/);
      if (dirs.length === 0) candidates.push(...names.map((n) => findInSearchPath(vars, 'files', n) ?? ''));
      else for (const dir of dirs) for (const n of names) candidates.push(resolve(expandHome(dir), expandHome(n)));
    };
    const loose: string[] = [];
    for (const term of terms) {
      if (isMapping(term)) {
        if (term.skip !== undefined) skip = isTrueOption(term.skip);
        addSet(term.files ?? [], term.paths ?? options.paths);
      } else loose.push(...splitNames(term, /[,;]/));
    }
    if (options.files !== undefined) addSet(options.files, options.paths);
    if (loose.length > 0) addSet(loose, options.paths);
    const found = candidates.find((candidate) => {
      try {
        return candidate !== '' && statSync(candidate).isFile();
      } catch {
        return false;
      }
    });
    if (found !== undefined) return [found];
    if (skip) return [];
    throw new LookupFailure('No file was found when using first_found.');
  },
};

const template: Lookup = {
  options: ['template_vars', 'convert_data', 'jinja2_native', 'variable_start_string', 'variable_end_string', 'comment_start_string', 'comment_end_string'],
  run: (terms, options, vars) => {
    for (const option of ['variable_start_string', 'variable_end_string', 'comment_start_string', 'comment_end_string', 'jinja2_native']) {
      if (options[option] !== undefined) throw new TemplateError(`castoff's template lookup does not support '${option}'`);
    }
    const extra = isMapping(options.template_vars) ? options.template_vars : {};
    return terms.map((term) => {
      const path = findInSearchPath(vars, 'templates', String(term));
      if (path === undefined) throw new TemplateError(`the template file ${String(term)} could not be found for the lookup`);
      const templateVars = { template_path: path, template_fullpath: path, template_host: '', template_uid: '', template_run_date: new Date().toISOString(), ...extra };
      try {
        return String(renderTemplateText(readText(path), withVars(vars, templateVars)));
      } catch (error) {
        if (!(error instanceof TemplateError) || error instanceof LookupUndefined) throw error;
        const named = templateFileError(error, path);
        // An undefined variable is raised as it is, as Ansible raises AnsibleUndefinedVariable.
        throw /is undefined|has no attribute/.test(error.message) ? new LookupUndefined(named.message) : named;
      }
    });
  },
};

function csvRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const csvfile: Lookup = {
  options: ['file', 'col', 'delimiter', 'default', 'encoding', 'keycol'],
  run: (terms, options, vars) =>
    terms.map((term) => {
      const { key, params } = keyValueTerm(term, options, { file: 'ansible.csv', col: '1', delimiter: 'TAB', default: null, keycol: '0' });
      const delimiter = params.delimiter === 'TAB' || params.delimiter === '\\t' ? '\t' : String(params.delimiter);
      const path = located(vars, 'files', params.file, 'lookup');
      const keycol = Number(params.keycol);
      // Ansible's csvfile opens the file itself: a vaulted one is not decrypted.
      const row = csvRows(readFileSync(path, 'utf8'), delimiter).find((r) => r[keycol] === key);
      if (row === undefined) return params.default;
      const col = Number(params.col);
      if (!Number.isInteger(col) || col >= row.length) throw new TemplateError(`csvfile: list index out of range`);
      return row[col];
    }),
};

/** An ini file's sections (keys lower-cased unless case-sensitive); `properties` files are one section. */
function iniSections(text: string, caseSensitive: boolean, properties: boolean): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let section: Map<string, string> | undefined;
  if (properties) sections.set('java_properties', (section = new Map()));
  let lastKey: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*([#;]|$)/.test(line)) continue;
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header !== null && !properties) {
      section = sections.get(header[1]) ?? new Map<string, string>();
      sections.set(header[1], section);
      lastKey = undefined;
      continue;
    }
    if (/^\s/.test(line) && lastKey !== undefined && section !== undefined) {
      section.set(lastKey, `${section.get(lastKey) ?? ''}\n${line.trim()}`);
      continue;
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line.trim());
    if (pair === null || section === undefined) continue;
    lastKey = caseSensitive ? pair[1] : pair[1].toLowerCase();
    section.set(lastKey, pair[2]);
  }
  return sections;
}

const ini: Lookup = {
  options: ['file', 'section', 're', 'default', 'type', 'encoding', 'case_sensitive', 'allow_no_value', 'allow_none'],
  run: (terms, options: Mapping, vars) =>
    terms.flatMap((term) => {
      const { key, params } = keyValueTerm(term, options, { file: 'ansible.ini', section: 'global', re: 'False', default: '', type: 'ini', case_sensitive: 'False' });
      const caseSensitive = isTrueOption(params.case_sensitive);
      const properties = params.type === 'properties';
      const path = located(vars, 'files', params.file, 'lookup');
      const sectionName = properties ? 'java_properties' : String(params.section);
      const section = iniSections(readText(path), caseSensitive, properties).get(sectionName);
      if (section === undefined) throw new LookupFailure(`No section '${sectionName}' in ${String(params.file)}`);
      if (isTrueOption(params.re)) {
        const regex = new RegExp(key);
        return [...section].filter(([k]) => regex.test(k)).map(([, v]) => v);
      }
      const value = section.get(caseSensitive ? key : key.toLowerCase());
      return [value ?? params.default];
    }),
};

export const fileLookups: Record<string, Lookup> = { file, unvault, fileglob, first_found: firstFound, template, csvfile, ini };
