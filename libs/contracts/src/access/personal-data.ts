import { maskPersonal, type PersonalPath } from '@entente/domain';
import type { CaseType } from '../case-types';
import { CORRECTED_VALUE_PATH } from '../privacy/personal-information-corrected';

/** Where a case type keeps personal information: in its folded state, and in any of its events' data. */
export interface PersonalData {
  readonly state: readonly PersonalPath[];
  /** Every event of the case type uses one name per concept, so one list marks all of them (old names included). */
  readonly events: readonly PersonalPath[];
}

const SENDER = ['sender.name', 'sender.email', 'sender.address'];
const COMPLAINANT = ['complainant.name', 'complainant.email', 'complainant.postalAddress'];
const CALLER = ['caller.name', 'caller.telephone', 'outcome.referredTo.contact'];
const CONTACT = ['contact.name', 'contact.email', 'contact.phone'];
const TEAM_NAMES = ['team.*.name'];

/**
 * The single mark of personal information (docs/domain.md#personal-information): names, e-mail
 * and postal addresses, telephone numbers, the text of a letter, an e-mail or a complaint, a
 * candidate's file, a participant's contact, an institution's contact person. Masking follows it
 * (auditors see these fields masked until they reveal them), and so does encryption at rest: the
 * strings inside the event paths are sealed under the case's key (docs/adr/0016).
 */
const OWN_PERSONAL_DATA: Readonly<Record<CaseType, PersonalData>> = {
  'email-request': { state: [...SENDER, 'subject'], events: [...SENDER, 'subject', 'body', 'answer'] },
  complaint: {
    state: [...COMPLAINANT, 'subject', 'findings.findings'],
    events: [...COMPLAINANT, 'subject', 'details', 'findings', 'answer'],
  },
  'telephone-inquiry': { state: [...CALLER, 'subject'], events: [...CALLER, 'subject'] },
  'internship-application': { state: ['candidate.*'], events: ['candidate.*'] },
  'bilateral-project': {
    state: ['institution.contactName', 'institution.email'],
    events: ['institution.contactName', 'institution.email', 'institution.contactEmail'],
  },
  'call-for-proposals': {
    state: ['proposals.*.organization.email'],
    events: ['organization.email', 'organization.contactEmail'],
  },
  'premier-mission': {
    // A compiled evaluation's comments are the participants' own, unattributed but not anonymous.
    state: [
      'participants.*.name',
      ...CONTACT.map((path) => `participants.*.${path}`),
      'evaluation.answers.*.comment',
      'compilation.comments',
    ],
    events: ['name', ...CONTACT, 'comment', 'comments'],
  },
  'cooperation-engagement': {
    state: ['mission.team.*.name', 'activities.*.team.*.name', 'plans.*.answer.signatory.name'],
    events: [...TEAM_NAMES, 'signatory.name'],
  },
};

/** Each case type's own marks, and the corrected text any case's correction carries. */
export const PERSONAL_DATA: Readonly<Record<CaseType, PersonalData>> = withCorrections(OWN_PERSONAL_DATA);

function withCorrections(own: Readonly<Record<CaseType, PersonalData>>): Readonly<Record<CaseType, PersonalData>> {
  const marked = { ...own };
  for (const caseType of Object.keys(own) as CaseType[]) {
    marked[caseType] = { ...own[caseType], events: [...own[caseType].events, CORRECTED_VALUE_PATH] };
  }
  return marked;
}

/** A case's state with its personal fields masked. */
export function maskCaseState<S>(caseType: CaseType, state: S): S {
  return maskPersonal(state, PERSONAL_DATA[caseType].state);
}

/** An event's data with its personal fields masked. */
export function maskEventData<D>(caseType: CaseType, data: D): D {
  return maskPersonal(data, PERSONAL_DATA[caseType].events);
}

/**
 * Where a case type's events name a person by e-mail address or by name: what the blind index
 * keeps a keyed digest of, so that a privacy officer finds a person's cases without opening every
 * case (docs/adr/0019). Paths into an event's data, as in `PERSONAL_DATA`.
 */
export interface PersonIdentifiers {
  readonly emails: readonly PersonalPath[];
  readonly names: readonly PersonalPath[];
}

export const PERSON_IDENTIFIERS: Readonly<Record<CaseType, PersonIdentifiers>> = {
  'email-request': { emails: ['sender.email'], names: ['sender.name'] },
  complaint: { emails: ['complainant.email'], names: ['complainant.name'] },
  'telephone-inquiry': { emails: [], names: ['caller.name'] },
  'internship-application': { emails: ['candidate.email'], names: ['candidate.name'] },
  'bilateral-project': { emails: ['institution.email', 'institution.contactEmail'], names: ['institution.contactName'] },
  'call-for-proposals': { emails: ['organization.email', 'organization.contactEmail'], names: [] },
  'premier-mission': { emails: ['contact.email'], names: ['name', 'contact.name'] },
  'cooperation-engagement': { emails: [], names: ['team.*.name', 'signatory.name'] },
};
