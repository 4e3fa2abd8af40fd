export { resolveTarget, environmentProblem, isTrueValue, type TargetDefaults } from './resolve.js';
export { DEFAULT_ASYNC_DIR, DEFAULT_PYTHON, type BecomeDefaults, type HostVars, type RunsAs, type Target, type TargetKeywords, type TargetRequest } from './types.js';
export { TargetConnections } from './connections.js';
export { installRuntime, RemoteRuntimeError, type InstallOptions, type RemoteRuntime } from './runtime.js';
export { builtinModuleFile, builtinModuleNames, contentBundle, findRemoteDir, libraryModuleBundle, runtimeBundle, type PayloadBundle, type ShippedPayload } from './payloads.js';
// The executor works with connections only through a Target; these are what it holds and waits with.
export { abortable, toConnectionSpec, type BecomeOptions, type Connection, type ConnectionDefaults, type ConnectionSpec } from '../connection/index.js';
export { chooseInterpreter, discoveryModeOf, discoveryWarning, parseProbe, probeCommand, PYTHON_CANDIDATES, type DiscoveryMode, type DiscoveryNote, type InterpreterChoice, type InterpreterProbe } from './interpreter-choice.js';
export { discoverInterpreter, takeDiscoveries, type Discovery } from './interpreter-discovery.js';
