import type { Event } from '../shared/event';
import type { ClockPlan } from '../service-standards/clock-plan';
import type { ChainedClockEvent } from '../service-standards/clock-decisions';

// A complaint to the Secretary General (declaration of services): "If you have any comments about
// the quality of our services or feel that the above-described standards are not consistently
// applied, please let us know. [...] will process any complaints within 15 working days of
// receipt of your letter."

/** The Secretary General receives complaints by letter; some arrive by e-mail. */
export type ComplaintChannel = 'letter' | 'e-mail';

export const COMPLAINT_CHANNELS: readonly ComplaintChannel[] = ['letter', 'e-mail'];

/** The person who complains. Personal information: confidential (declaration of services). */
export interface Complainant {
  readonly name: string;
  /** Where the answer can go: at least one of the two; the e-mail address for a complaint by e-mail. */
  readonly email: string | null;
  readonly postalAddress: string | null;
}

/** The two grounds the declaration names. */
export type ComplaintKind = 'service-quality' | 'standard-not-applied';

export const COMPLAINT_KINDS: readonly ComplaintKind[] = ['service-quality', 'standard-not-applied'];

/** What the complaint is about. */
export interface ComplaintConcern {
  readonly kind: ComplaintKind;
  /** The service concerned, in the complainant's terms (e.g. "IGO internship program"). */
  readonly service: string;
  /** The service standard said not to be applied (e.g. `email-information-request`); required for that kind. */
  readonly standardId: string | null;
  /** The case the complaint is about, when the complainant's request can be found. */
  readonly relatedCaseId: string | null;
}

/** How the officer's inquiry came out; what the compliance report counts. */
export type ComplaintConclusion = 'founded' | 'partly-founded' | 'unfounded';

export const COMPLAINT_CONCLUSIONS: readonly ComplaintConclusion[] = ['founded', 'partly-founded', 'unfounded'];

/** Closing without an answer: the complainant withdrew, or the letter is not a complaint. */
export type ComplaintCloseReason = 'withdrawn' | 'not-a-complaint';

export const COMPLAINT_CLOSE_REASONS: readonly ComplaintCloseReason[] = ['withdrawn', 'not-a-complaint'];

/** Starts the `complaint` clock at receipt; the plan was computed when the complaint was recorded. */
export type ComplaintReceived = Event<
  'ComplaintReceived',
  {
    caseId: string;
    complainant: Complainant;
    channel: ComplaintChannel;
    subject: string;
    details: string;
    concern: ComplaintConcern;
    /** When the letter reached the ministry; may be before it was recorded. */
    receivedAt: string;
    recordedBy: string;
    clock: ClockPlan;
  }
>;

/** The first assignment. */
export type ComplaintAssigned = Event<'ComplaintAssigned', { officerId: string; assignedBy: string; assignedAt: string }>;

export type ComplaintReassigned = Event<
  'ComplaintReassigned',
  { fromOfficerId: string; toOfficerId: string; reason: string | null; assignedBy: string; assignedAt: string }
>;

/** What the inquiry found; recorded again when it changes, the latest stands. */
export type ComplaintFindingsRecorded = Event<
  'ComplaintFindingsRecorded',
  { findings: string; conclusion: ComplaintConclusion; recordedBy: string; recordedAt: string }
>;

/**
 * Stops the clock: met if answered by the due instant, late otherwise. `answeredAt` is when the
 * answer was sent, `recordedAt` when it was recorded (schema 2; the same instant before).
 */
export type ComplaintAnswered = Event<
  'ComplaintAnswered',
  { answer: string; answeredBy: string; answeredAt: string; recordedAt: string; clockOutcome: 'met' | 'late' }
>;

/** Stops the clock as cancelled: no answer was owed. */
export type ComplaintClosedWithoutAnswer = Event<
  'ComplaintClosedWithoutAnswer',
  { reason: ComplaintCloseReason; explanation: string; closedBy: string; closedAt: string }
>;

export type ComplaintEvent =
  | ComplaintReceived
  | ComplaintAssigned
  | ComplaintReassigned
  | ComplaintFindingsRecorded
  | ComplaintAnswered
  | ComplaintClosedWithoutAnswer
  | ChainedClockEvent;
