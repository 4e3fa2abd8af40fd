export {
  castoffHome,
  journalEntries,
  journalFile,
  knownJobs,
  recordJobEvent,
  recordLaunch,
  type JobEventEntry,
  type JobEventKind,
  type JournalEntry,
  type JournalOptions,
  type KnownJob,
  type LaunchEntry,
} from './journal.js';
export { findJobs, isMissingJob, JobControl, recordWaitOutcome, UnknownJobError, type JobControlOptions, type LiveJob, type LiveState, type WaitEnd } from './control.js';
