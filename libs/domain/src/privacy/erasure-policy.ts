import { CommandRefused, ForbiddenCommand } from '../shared/errors';
import type { Actor, Role } from '../shared/command';
import type { LegalHoldKind } from './legal-hold';

/**
 * Each public body's person in charge of the protection of personal information. Which body's
 * cases they erase is their read scope (their teams: the Assembly's, or the Ministry's): outside
 * it a case does not exist for them (404), as for any reader.
 */
export const PRIVACY_ROLES: readonly Role[] = ['privacy-officer'];

export const ERASE_PERSONAL_INFORMATION = 'ErasePersonalInformation';
export const PLACE_LEGAL_HOLD = 'PlaceLegalHold';
export const LIFT_LEGAL_HOLD = 'LiftLegalHold';

/** What an erasure depends on, read from the case's stored events and its holds. */
export interface ErasureFacts {
  readonly open: boolean;
  /** Its history already records an erasure. */
  readonly erased: boolean;
  /** Some personal field rests in clear: the case was recorded before fields were sealed (docs/adr/0016). */
  readonly restsInClear: boolean;
  /** The holds that stand now. */
  readonly holds: readonly LegalHoldKind[];
}

/** Only a privacy officer places, lifts or erases (403 for anyone else within scope). */
export function requirePrivacyOfficer(actor: Pick<Actor, 'role'>, commandType: string): void {
  if (!PRIVACY_ROLES.includes(actor.role)) {
    throw new ForbiddenCommand(actor.role, commandType, 'only the privacy officer of the case’s public body may');
  }
}

/**
 * Why the case's personal information may not be erased now, or null when it may: only once the
 * case is closed (its purpose fulfilled), under no legal hold, sealed, and only once. The retention
 * schedule asks the same of every case it would dispose of.
 */
export function erasureRefusal(facts: ErasureFacts): string | null {
  if (facts.open) return 'the case is still open: its personal information is erased once it is closed';
  if (facts.holds.length > 0) return `the case is under a legal hold (${facts.holds.join(', ')}): lift the hold before erasing`;
  if (facts.erased) return 'the case’s personal information is already erased';
  if (facts.restsInClear) {
    return 'the case was recorded before personal fields were encrypted at rest: its stored events hold them in clear, and erasing them would need its history rewritten';
  }
  return null;
}

/** Whether the person may erase the case now: its body's privacy officer, when `erasureRefusal` finds nothing. */
export function checkErasure(actor: Pick<Actor, 'role'>, facts: ErasureFacts): void {
  requirePrivacyOfficer(actor, ERASE_PERSONAL_INFORMATION);
  const refusal = erasureRefusal(facts);
  if (refusal) throw new CommandRefused(refusal);
}
