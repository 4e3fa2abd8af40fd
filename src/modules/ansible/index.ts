export { AnsibleModules, notInstalledMessage, REPLACEABLE_BY_ANSIBLE, type AnsibleLookup } from './catalog.js';
export { collectionRoots, defaultCollectionsPaths, defaultLibraryPaths } from './search-paths.js';
export { controllerPython, findAnsibleInstallation, searchAnsibleInstallation, type InstallationSearch } from './installation.js';
export { ansibleModule } from './module.js';
export { ansiblePayload, AnsiblePayloadError, type AnsiblePayload } from './payload.js';
export { candidateNames, resolveAnsibleModule, resolveInCollections, type AnsibleResolution } from './resolve.js';
export type { AnsibleCollection, AnsibleInstallation, AnsibleModuleRef, AnsibleModuleRouting, AnsibleSearchOptions } from './types.js';
