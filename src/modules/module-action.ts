/**
 * The common controller part of a remote module: run one built-in Python module from
 * `remote/modules/` with the task's arguments, as the task's become user, with its environment and
 * interpreter, synchronously or as an async job.
 */
import type { ModuleResult } from '../core/index.js';
import { runModule, type ModuleRef, type RunModuleOptions } from './run-module.js';
import { execOptions, type ActionContext, type HostModule } from './types.js';

export function moduleRunOptions(ctx: ActionContext): RunModuleOptions {
  return { ...execOptions(ctx), python: ctx.python, asyncDir: ctx.asyncDir, environment: ctx.environment };
}

/** The arguments plus the run's check and diff flags, under the keys Ansible sends them as. */
export function moduleArgs(ctx: ActionContext, args: Record<string, unknown> = ctx.args): Record<string, unknown> {
  return { ...args, _ansible_check_mode: ctx.checkMode, _ansible_diff: ctx.diff };
}

export function runModuleFor(ctx: ActionContext, ref: ModuleRef, args?: Record<string, unknown>): Promise<ModuleResult> {
  return runModule(ctx.connection, ref, moduleArgs(ctx, args), moduleRunOptions(ctx));
}

/** The controller part of a module that is exactly one built-in Python module of that name. */
export function remotePart(name: string): Pick<HostModule, 'controllerOnly' | 'asyncPayload' | 'run'> {
  return {
    controllerOnly: false,
    asyncPayload: (ctx) => ({ module: name, args: moduleArgs(ctx) }),
    run: (ctx) => runModuleFor(ctx, { module: name }),
  };
}
