import { InvalidCommand } from '../shared/errors';
import { optionalText, requireEmailAddress, requireOneOf, requireRecord, text } from '../shared/validation';
import { COMPLAINT_KINDS, type Complainant, type ComplaintChannel, type ComplaintConcern } from './complaint.events';

/** A name and somewhere to send the answer: the e-mail address when the complaint came by e-mail. */
export function requireComplainant(value: unknown, channel: ComplaintChannel): Complainant {
  const complainant = requireRecord(value, 'complainant');
  const name = text(complainant.name, 'complainant.name');
  const address = optionalText(complainant.email, 'complainant.email');
  const email = address === null ? null : requireEmailAddress(address, 'complainant.email');
  const postalAddress = optionalText(complainant.postalAddress, 'complainant.postalAddress');
  if (channel === 'e-mail' && email === null) {
    throw new InvalidCommand('complainant.email', 'is required for a complaint received by e-mail');
  }
  if (email === null && postalAddress === null) {
    throw new InvalidCommand('complainant.postalAddress', 'or complainant.email is required to send the answer');
  }
  return { name, email, postalAddress };
}

/** The standard said not to be applied is named for that kind of complaint; a related case is never this one. */
export function requireConcern(value: unknown, caseId: string): ComplaintConcern {
  const concern = requireRecord(value, 'concern');
  const kind = requireOneOf(concern.kind, COMPLAINT_KINDS, 'concern.kind');
  const standardId = optionalText(concern.standardId, 'concern.standardId');
  if (kind === 'standard-not-applied' && standardId === null) {
    throw new InvalidCommand('concern.standardId', 'is required when a standard was not applied');
  }
  const relatedCaseId = optionalText(concern.relatedCaseId, 'concern.relatedCaseId');
  if (relatedCaseId === caseId) throw new InvalidCommand('concern.relatedCaseId', 'cannot be the complaint itself');
  return { kind, service: text(concern.service, 'concern.service'), standardId, relatedCaseId };
}
