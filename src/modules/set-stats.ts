/**
 * `set_stats`: custom statistics for the run's end, handed to the executor in the result's
 * `ansible_stats`, which aggregates them per host or for the whole run (executor/custom-stats.ts).
 */
import { bool, mapping, objectOf } from '../source/schema-values.js';
import { toPlain } from '../template/index.js';
import { isTrue } from './args.js';
import { hostModule } from './define.js';

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const setStatsModule = hostModule({
  name: 'set_stats',
  display: 'default',
  controllerOnly: true,
  supportsCheckMode: true,
  args: objectOf({ data: mapping, per_host: bool, aggregate: bool }, ['data']),
  async run(ctx) {
    const data = toPlain(ctx.args.data);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return { failed: true, changed: false, msg: "The 'data' option needs to be a dictionary/hash" };
    }
    const invalid = Object.keys(data).find((name) => !VARIABLE_NAME.test(name));
    if (invalid !== undefined) {
      return {
        failed: true,
        changed: false,
        msg: `The variable name '${invalid}' is not valid. Variables must start with a letter or underscore character, and contain only letters, numbers and underscores.`,
      };
    }
    const perHost = ctx.args.per_host !== undefined && isTrue(ctx.args.per_host);
    const aggregate = ctx.args.aggregate === undefined || isTrue(ctx.args.aggregate);
    return { changed: false, ansible_stats: { data, per_host: perHost, aggregate } };
  },
});
