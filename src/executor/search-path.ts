/**
 * `ansible_search_path`: where a task's lookups (and, as Ansible, its controller files) are
 * searched, innermost first. For a task of a playbook or of an included tasks file that is the
 * task file's directory; the playbook's directory comes last. Roles add their paths here.
 */
import { dirname } from 'node:path';
import type { Task } from '../playbook/index.js';

export function taskSearchPath(task: Task, playbookDir: string): string[] {
  return [...new Set([dirname(task.position.file), playbookDir])];
}
