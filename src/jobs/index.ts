export { jidPrefix, parseJournalLine, type JobEventEntry, type JobEventKind, type JournalEntry, type LaunchEntry, type LaunchingEntry } from './entries.js';
export {
  castoffHome,
  endedJob,
  journalEntries,
  journalFile,
  jobsFromEntries,
  knownJobOf,
  knownJobs,
  pruneJournal,
  readJournal,
  recordJobEvent,
  recordLaunch,
  recordLaunching,
  recordResolvedLaunch,
  type JobJournalState,
  type JobLaunch,
  type JournalContents,
  type JournalOptions,
  type KnownJob,
  type SkippedLine,
} from './journal.js';
export { JournalError } from './lock.js';
export {
  findJobs,
  isMissingJob,
  JobControl,
  JobNotFoundOnHostError,
  recordWaitOutcome,
  UnknownJobError,
  type JobControlOptions,
  type LiveJob,
  type LiveState,
  type Resolution,
  type ResolvedLaunch,
  type WaitEnd,
} from './control.js';
export { journalConnection, launchedFromIntent, launchedRecord, launchingRecord, resumableJob, withoutPassword, type JournalBecome, type JournalConnection, type LaunchedJob, type LaunchingJob } from './records.js';
export { RunJournal, type RunJournalOptions, type RunningJobs } from './run-journal.js';
export { jobErrorResult, knownJobId, waitForJobs, type WaitedJob, type WaitJobsOptions } from './wait-jobs.js';
export { findLaunchedJob, type LookOn } from './resume.js';
