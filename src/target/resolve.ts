/**
 * From a host's variables, a task's keywords and the run's defaults to the task's Target. This is
 * the one reader of the `ansible_*` connection, become, interpreter and async-dir variables; the
 * precedence is Ansible's: host variables, then playbook keywords, then the command line and
 * configuration.
 */
import { invalidEnvironmentNameMessage, isEnvironmentName, toConnectionSpec, type BecomeMethod, type BecomeOptions, type ConnectionDefaults, type ConnectionSpec } from '../connection/index.js';
import { DEFAULT_PYTHON, type BecomeDefaults, type HostVars, type Target, type TargetRequest } from './types.js';

/** The run-wide settings a Target falls back on (a slice of the executor's RunContext). */
export interface TargetDefaults {
  becomePassword?: string;
  /** Below keywords and host variables. */
  becomeDefaults: BecomeDefaults;
  /** `async_dir` from the configuration, or DEFAULT_ASYNC_DIR; `ansible_async_dir` wins. */
  asyncDir: string;
  /** `interpreter_python` from the configuration, or DEFAULT_PYTHON (discovery); `ansible_python_interpreter` wins. */
  python?: string;
  connection: ConnectionDefaults;
}

const TRUE_WORDS = ['yes', 'true', 'on', '1', 'y'];

/** A rendered keyword or variable as a boolean, with Ansible's words for true; anything else is false. */
export function isTrueValue(rendered: unknown): boolean {
  if (typeof rendered === 'boolean') return rendered;
  if (typeof rendered === 'number') return rendered !== 0;
  return TRUE_WORDS.includes(String(rendered).trim().toLowerCase());
}

function becomeOf(request: TargetRequest, defaults: TargetDefaults): BecomeOptions | undefined {
  const { vars, keywords, render } = request;
  const fallback = defaults.becomeDefaults;
  const pick = (variable: unknown, keyword: unknown, setting: unknown) => variable ?? keyword ?? setting;
  const enabled = pick(vars.ansible_become, keywords.become, fallback.become);
  if (enabled === undefined || enabled === null || !isTrueValue(render(enabled, vars))) return undefined;
  const method = String(pick(vars.ansible_become_method, keywords.become_method, fallback.method) ?? 'sudo') as BecomeMethod;
  const user = String(pick(vars.ansible_become_user, keywords.become_user, fallback.user) ?? 'root');
  const password = vars.ansible_become_password ?? vars.ansible_become_pass ?? defaults.becomePassword;
  return { method, user, ...(password !== undefined ? { password: String(render(password, vars)) } : {}) };
}

function environmentOf(request: TargetRequest): Record<string, string> {
  const env: Record<string, string> = {};
  for (const layer of request.keywords.environment) {
    const rendered = request.render(layer, request.vars);
    if (rendered && typeof rendered === 'object') {
      for (const [name, value] of Object.entries(rendered)) env[name] = String(value);
    }
  }
  return env;
}

/**
 * The task's Target on `request.host`. With `delegate_to`, the connection, interpreter and async
 * dir are the delegate's (from its own variables), while become and environment stay the task's.
 */
export function resolveTarget(request: TargetRequest, defaults: TargetDefaults): Target {
  const { host, vars, keywords, render } = request;
  const delegatedTo = keywords.delegate_to !== undefined ? String(render(keywords.delegate_to, vars)) : undefined;
  const runsOn: HostVars = delegatedTo !== undefined ? request.varsOf(delegatedTo) : vars;
  const become = becomeOf(request, defaults);
  const environment = environmentOf(request);
  let spec: ConnectionSpec | undefined;
  return {
    host,
    ...(delegatedTo !== undefined ? { delegatedTo } : {}),
    ...(become ? { become } : {}),
    python: String(runsOn.ansible_python_interpreter ?? defaults.python ?? DEFAULT_PYTHON),
    asyncDir: String(runsOn.ansible_async_dir ?? defaults.asyncDir),
    environment,
    connectionSpec() {
      if (!spec) {
        // Host variables (ansible_user) win over the play's remote_user, as in Ansible.
        const remoteUser = keywords.remote_user !== undefined ? String(render(keywords.remote_user, runsOn)) : undefined;
        spec = toConnectionSpec(delegatedTo ?? host, runsOn, defaults.connection, remoteUser);
      }
      return spec;
    },
  };
}

/**
 * Why the Target's environment cannot reach a host, if it cannot: Ansible hands such a name to the
 * host's shell, which fails the task, and castoff says why up front.
 */
export function environmentProblem(target: Target): string | undefined {
  const badName = Object.keys(target.environment).find((name) => !isEnvironmentName(name));
  return badName === undefined ? undefined : invalidEnvironmentNameMessage(badName);
}
