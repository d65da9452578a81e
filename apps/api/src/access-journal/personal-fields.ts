import { PERSONAL_DATA, type CaseType } from '@entente/contracts';
import { personalPathsShown } from '@entente/domain';
import { SUMMARY_CONTACT_COLUMNS } from '../access/personal-masking';

/**
 * The personal information an answer about a case shows, as paths (`timeline[].data.sender.email`),
 * for the access journal: by the same mark that masks it (`PERSONAL_DATA`), the case type's state
 * and event paths wherever they end in the answer, and the work queue's contact columns.
 */
export function personalFieldsShown(answer: unknown, caseType: CaseType): string[] {
  const { state, events } = PERSONAL_DATA[caseType];
  return personalPathsShown(answer, [...SUMMARY_CONTACT_COLUMNS, ...state, ...events]);
}
