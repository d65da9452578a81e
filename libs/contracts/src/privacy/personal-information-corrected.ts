import type { PersonalInformationCorrection } from '@entente/domain';

/**
 * A correction of one personal field of a case, whatever its type (docs/adr/0020): its body's
 * privacy officer (the envelope's actor) recorded the corrected text on a person's request. The
 * case's folds read the field as corrected from this event on; the events before it keep what they
 * recorded. The corrected text is personal, and rests sealed as every personal field does.
 */
export const PERSONAL_INFORMATION_CORRECTED = 'PersonalInformationCorrected';
export const PERSONAL_INFORMATION_CORRECTED_VERSION = 1;

export type PersonalInformationCorrectedData = PersonalInformationCorrection;

/** Where the event keeps the person's own words: sealed at rest and masked like any personal field. */
export const CORRECTED_VALUE_PATH = 'correctedValue';
