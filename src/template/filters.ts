/**
 * The filters castoff adds to minijinja's built-in ones, or replaces where minijinja's semantics
 * differ from Jinja2/Ansible (`bool`, `int`, `float`, `string`, `replace`, `sum`, `min`, `max`).
 * Built-ins kept as they are: default/d, lower, upper, trim, length, join, split, first, last,
 * unique, sort, map, select, reject, selectattr, rejectattr, and the rest of minijinja's list.
 */
import type { TemplateFunction } from './args.js';
import { convertFilters } from './filters-convert.js';
import { dataFilters } from './filters-data.js';
import { listFilters } from './filters-lists.js';
import { miscFilters } from './filters-misc.js';
import { pathFilters } from './filters-paths.js';
import { textFilters } from './filters-text.js';

export const customFilters: Record<string, TemplateFunction> = {
  ...convertFilters,
  ...textFilters,
  ...dataFilters,
  ...listFilters,
  ...pathFilters,
  ...miscFilters,
};
