/**
 * Why a case's personal information must be kept although its retention period may have run out:
 * a person's request for access or correction still being answered, or a review by the Commission
 * d'accès à l'information still pending. While a hold stands, nothing erases the case.
 */
export const LEGAL_HOLD_KINDS = ['access-request', 'commission-review'] as const;
export type LegalHoldKind = (typeof LEGAL_HOLD_KINDS)[number];

export function isLegalHoldKind(value: unknown): value is LegalHoldKind {
  return typeof value === 'string' && (LEGAL_HOLD_KINDS as readonly string[]).includes(value);
}
