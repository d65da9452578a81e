import { patched } from '@temporalio/workflow';

/** The changes made to running cases behind `patched()` up to 2026-12-07, each under its patch id. */
export type EarlierChange =
  | 'bilateral-project-fact-instants'
  | 'bilateral-project-one-vocabulary'
  | 'call-for-proposals-fact-instants'
  | 'call-for-proposals-fair-selection'
  | 'call-for-proposals-one-vocabulary'
  | 'carried-state-as-current'
  | 'case-activities-run-locally'
  | 'case-continues-as-new'
  | 'case-preparations-use-runner-activities'
  | 'case-search-attributes'
  | 'complaint-fact-instants'
  | 'cooperation-engagement-activities-after-approval'
  | 'cooperation-engagement-fact-instants'
  | 'cooperation-engagement-reference-data'
  | 'email-request-fact-instants'
  | 'email-request-one-vocabulary'
  | 'email-request-reply-language'
  | 'internship-application-fact-instants'
  | 'never-opened-run-fails'
  | 'personal-fields-encrypted-at-rest'
  | 'premier-mission-fact-instants'
  | 'publish-on-queued-activity'
  | 'refused-opening-ends-run'
  | 'staff-commands-signed-by-api';

/** One patch for all of them: a case begun since takes every earlier change at once. */
const EVERY_EARLIER_CHANGE = 'every-change-up-to-2026-12-07';

/**
 * Whether the run takes an earlier change. Each patch a new run meets costs it a marker and an
 * upsert of `TemporalChangeVersion` (a visibility write on the server): a new e-mail case met
 * eleven. Now it meets one. A run begun before has no marker of this patch in its history, so
 * replay asks each change's own patch, as it did. A later change takes its own `patched()`,
 * never this one: runs begun in between would take it without its marker.
 */
export function takesChange(change: EarlierChange): boolean {
  return patched(EVERY_EARLIER_CHANGE) || patched(change);
}
