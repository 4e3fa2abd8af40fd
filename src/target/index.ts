export { resolveTarget, environmentProblem, isTrueValue, type TargetDefaults } from './resolve.js';
export { DEFAULT_ASYNC_DIR, DEFAULT_PYTHON, type BecomeDefaults, type HostVars, type RunsAs, type Target, type TargetKeywords, type TargetRequest } from './types.js';
export { TargetConnections } from './connections.js';
export { installRuntime, RemoteRuntimeError, type InstallOptions, type RemoteRuntime } from './runtime.js';
export { builtinModuleFile, builtinModuleNames, contentBundle, findRemoteDir, libraryModuleBundle, runtimeBundle, type PayloadBundle, type ShippedPayload } from './payloads.js';
// The executor works with connections only through a Target; these are what it holds and waits with.
export { abortable, toConnectionSpec, type BecomeOptions, type Connection, type ConnectionDefaults, type ConnectionSpec } from '../connection/index.js';
