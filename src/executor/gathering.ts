/**
 * The play's implicit fact gathering: whether a host needs it (`gather_facts` and the `gathering`
 * setting) and the task that does it, Ansible's `TASK [Gathering Facts]` running `setup`.
 */
import type { Play, Task } from '../playbook/index.js';
import { renderValue, type Vars } from '../template/index.js';
import type { HostState } from './host-state.js';
import type { Gathering, RunContext } from './run-context.js';

export const GATHERING_TASK_NAME = 'Gathering Facts';

function isTrue(value: unknown, vars: Vars): boolean {
  const v = renderValue(value, vars);
  return v === true || ['yes', 'true', 'on', '1', 'y', 't'].includes(String(v).toLowerCase());
}

/**
 * As Ansible decides per host: `implicit` gathers unless the play says `gather_facts: false`,
 * `explicit` only when it says true, `smart` as implicit for hosts not gathered yet in this run.
 */
export function needsFacts(play: Play, gathering: Gathering, state: HostState, extraVars: Vars): boolean {
  const asked = play.gather_facts === undefined ? undefined : isTrue(play.gather_facts, extraVars);
  switch (gathering) {
    case 'explicit':
      return asked === true;
    case 'smart':
      return asked !== false && !state.factsGathered;
    default:
      return asked !== false;
  }
}

/**
 * The implicit `gather_facts` task (castoff's or Ansible's `setup` underneath): the play's `gather_subset` and `gather_timeout` (else the settings'),
 * tagged `always` so that `--tags` keeps it, at the play's position.
 */
export function gatheringTask(play: Play, ctx: Pick<RunContext, 'gatherSubset' | 'gatherTimeout'>): Task {
  const subset = play.gather_subset ?? ctx.gatherSubset;
  const timeout = play.gather_timeout ?? ctx.gatherTimeout;
  return {
    kind: 'task',
    position: play.position,
    name: GATHERING_TASK_NAME,
    module: 'gather_facts',
    action: 'gather_facts',
    ...(play.factsModule ? { ansible: play.factsModule } : {}),
    args: { ...(subset !== undefined ? { gather_subset: subset } : {}), ...(timeout !== undefined ? { gather_timeout: timeout } : {}) },
    tags: ['always'],
  };
}
