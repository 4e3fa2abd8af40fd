/**
 * What roles add to a task's variables, as Ansible layers them: the defaults of every role of the
 * play (lowest of all), their `vars/` (above play vars and vars_files), the task's own role last in
 * each; the task's role parameters (above set_fact); and the role magic variables.
 */
import type { Play, Task } from '../playbook/index.js';

export interface RoleLayers {
  defaults: Record<string, unknown>;
  vars: Record<string, unknown>;
  params: Record<string, unknown>;
}

export function roleLayers(play: Play, task: Pick<Task, 'role'> | undefined): RoleLayers {
  const roles = play.roles ?? [];
  const own = task?.role;
  return {
    defaults: Object.assign({}, ...roles.map((role) => role.defaults), own?.defaults),
    vars: Object.assign({}, ...roles.map((role) => role.vars), own?.vars),
    params: { ...own?.params },
  };
}

/** `ansible_role_names` for every task; `role_name`, `role_path`, `ansible_parent_role_names` for a role's. */
export function roleMagic(play: Play, task: Pick<Task, 'role'> | undefined): Record<string, unknown> {
  const names = [...new Set((play.roles ?? []).map((role) => role.name))];
  const magic: Record<string, unknown> = { ansible_role_names: names, role_names: names };
  const role = task?.role;
  if (role) {
    Object.assign(magic, {
      role_name: role.name,
      ansible_role_name: role.name,
      role_path: role.path,
      ansible_parent_role_names: role.parents,
    });
  }
  return magic;
}
