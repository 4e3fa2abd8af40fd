export { JOB_ID_PATTERN, InvalidJobIdError, assertValidJobId, isJobIdOf, jobStatusFile, type AsyncJob, type JobStart, type StartedJob, type StartingJob } from './job.js';
export { launchAsyncJob, launchReply, LaunchError, type LaunchIntent, type LaunchOptions, type LaunchResult, type ModulePayload } from './launch.js';
export { readJobStatus, finishedResult, runningResult, isMissingJob, type JobStatus, type MissingJobResult } from './status.js';
export { waitForJob, type WaitOptions, type WaitOutcome, type WaitState } from './wait.js';
export { terminateJob, cleanupJob, resolveJob, type JobAddress, type TerminateOptions } from './control.js';
export { findJobOnHost, STARTING_WAIT_MS, type FoundJob, type JobToFind } from './find-job.js';
export { asyncStatus, type AsyncStatusArgs, type AsyncStatusMode } from './async-status.js';
// launchAsyncJob throws it when the host cannot run the job's runtime.
export { RemoteRuntimeError } from '../target/index.js';
