import type { RetentionSchedule } from '@entente/domain';
import type { CaseType } from '../case-types';

/**
 * The retention schedule's versions, beside the declaration of services. Version 1's periods are
 * **defaults**, chosen to be cautious until each body's retention schedule (approved by
 * Bibliothèque et Archives nationales du Québec) sets them: requests and applications 2 years
 * after closing, complaints 5, the files with lasting historical value (projects, calls, missions,
 * the Assembly's engagements) 7 years, then deposited to the archives before their erasure.
 * A new version is a new entry here, in force from its date.
 */
export const RETENTION_SCHEDULES: readonly RetentionSchedule<CaseType>[] = [
  {
    version: 1,
    effectiveFrom: '2026-12-06',
    source: 'Defaults of Entente, pending the bodies’ approved retention schedules',
    rules: {
      'email-request': { yearsAfterClosing: 2, disposition: 'destroy' },
      'telephone-inquiry': { yearsAfterClosing: 2, disposition: 'destroy' },
      'internship-application': { yearsAfterClosing: 2, disposition: 'destroy' },
      complaint: { yearsAfterClosing: 5, disposition: 'destroy' },
      'bilateral-project': { yearsAfterClosing: 7, disposition: 'deposit' },
      'call-for-proposals': { yearsAfterClosing: 7, disposition: 'deposit' },
      'premier-mission': { yearsAfterClosing: 7, disposition: 'deposit' },
      'cooperation-engagement': { yearsAfterClosing: 7, disposition: 'deposit' },
    },
  },
];
