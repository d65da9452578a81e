/**
 * The last event of an erased case, whatever its type: its body's privacy officer (the envelope's
 * actor) destroyed the case's data key on this instant, for this reason. It is sealed into the
 * case's chain after its closing, so an auditor finds who erased, when and why where the rest of
 * the history is; its data names no one (the reason is the officer's own words, not a person's data).
 */
export const PERSONAL_INFORMATION_ERASED = 'PersonalInformationErased';
export const PERSONAL_INFORMATION_ERASED_VERSION = 1;

export interface PersonalInformationErasedData {
  readonly reason: string;
}
