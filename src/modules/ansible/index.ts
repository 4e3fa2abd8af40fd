export { findAnsibleInstallation } from './installation.js';
export { resolveAnsibleModule } from './resolve.js';
export type { AnsibleCollection, AnsibleInstallation, AnsibleModuleRef } from './types.js';
export { ansibleModule } from './module.js';
export { ansiblePayload, AnsiblePayloadError, type AnsiblePayload } from './payload.js';
