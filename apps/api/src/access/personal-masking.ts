import { maskCaseState, maskEventData, PERSONAL_DATA, type CaseType } from '@entente/contracts';
import { MASKED, type PersonalFields } from '@entente/domain';
import type { CaseEventDto } from '../cases/dto/case-detail.dto';
import type { CaseSummaryDto } from '../cases/dto/case-summary.dto';

/** The work queue's columns that hold the requester's contact, whatever the case type. */
export const SUMMARY_CONTACT_COLUMNS = ['senderAddress', 'senderName'] as const;

const mask = <T>(value: T | null): T | null => (value === null ? null : (MASKED as T));

/**
 * What a reader sees of a case, by the personal-data mark (`PERSONAL_DATA`): shown as stored, or
 * masked. The work queue's sender columns are the requester's contact; its subject is personal
 * where the case type marks its state's `subject` (an e-mail's, a letter's).
 */
export class PersonalMasking {
  constructor(private readonly personal: PersonalFields) {}

  summary(dto: CaseSummaryDto): CaseSummaryDto {
    if (this.personal === 'shown') return dto;
    const subjectIsPersonal = PERSONAL_DATA[dto.caseType as CaseType].state.includes('subject');
    return {
      ...dto,
      subject: subjectIsPersonal ? MASKED : dto.subject,
      senderAddress: mask(dto.senderAddress),
      senderName: mask(dto.senderName),
    };
  }

  event<E extends Pick<CaseEventDto, 'data'>>(caseType: string, event: E): E {
    return this.personal === 'shown' ? event : { ...event, data: maskEventData(caseType as CaseType, event.data) };
  }

  state<S>(caseType: string, state: S): S {
    return this.personal === 'shown' ? state : maskCaseState(caseType as CaseType, state);
  }
}
