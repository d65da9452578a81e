import type { components } from './openapi';

/*
 * The shapes of the API's answers the pages read, named after what the pages call them. Each is
 * the API's own schema from openapi.d.ts, which `npm run generate:api-types` writes from the API's
 * OpenAPI document (a spec fails when the two differ), so a change of the API shows here as a
 * type error instead of a page reading a field that is gone.
 */

type Schemas = components['schemas'];

export type ClockState = Schemas['CaseClockDto']['state'];

/** One queue row: the columns the queue shows, deliberately without the subject or sender (personal information). */
export type CaseRow = Pick<
  Schemas['CaseSummaryDto'],
  'caseId' | 'caseType' | 'status' | 'assignee' | 'receivedAt' | 'dueAt' | 'warnAt' | 'clockState' | 'workingDaysLeft' | 'endedAt'
>;

export type CasePage = Schemas['CasePageDto'];

export type TimelineEvent = Schemas['CaseEventDto'];

/** One service-standard clock of a case, as `GET /cases/:caseId` gives it. */
export type CaseClock = Schemas['CaseClockDto'];

export type CaseDetail = Schemas['CaseDetailDto'];

export type CaseAction = Schemas['CaseActionDto'];

/** What a calendar version moved (`GET /calendar/versions/:version/moved-clocks`): nothing personal. */
export type MovedClocks = Schemas['MovedClocksDto'];

/** The console's own answer (`GET /session`, apps/console/src/sign-in), not the API's. */
export interface SessionInfo {
  readonly person: { readonly sub: string; readonly name: string; readonly role: string; readonly teams: readonly string[] };
  readonly refreshMs: number;
}

/** What a participant's evaluation link shows (public, no sign-in), and the answer it sends. */
export type EvaluationLink = Schemas['EvaluationLinkDto'];
export type EvaluationAspect = EvaluationLink['aspects'][number];
export type LinkAnswer = Schemas['LinkAnswerDto'];

/** A staff directory entry (`GET /staff-directory`, `GET /me/notification-preferences`): who is told, where, how. */
export type StaffContact = Schemas['StaffContactDto'];

/** What an administrator sends to add or replace an entry (`PUT /staff-directory/:staffId`). */
export type StaffEntry = Schemas['StaffEntryDto'];

/** The part of their entry each person sets themselves (`PUT /me/notification-preferences`). */
export type NotificationPreferences = Schemas['NotificationPreferencesDto'];
