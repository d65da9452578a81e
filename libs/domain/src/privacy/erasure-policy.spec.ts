import { CommandRefused, ForbiddenCommand } from '../shared/errors';
import type { Role } from '../shared/command';
import { checkErasure, type ErasureFacts } from './erasure-policy';

const closed: ErasureFacts = { open: false, erased: false, restsInClear: false, holds: [] };
const officer = { role: 'privacy-officer' as Role };

describe('erasing a case’s personal information', () => {
  it('is allowed to the privacy officer once the case is closed, unheld, sealed and not yet erased', () => {
    expect(() => checkErasure(officer, closed)).not.toThrow();
  });

  it.each<Role>(['supervisor', 'auditor', 'administrator', 'director', 'secretary-general', 'case-officer', 'system'])(
    'is forbidden to a %s',
    (role) => {
      expect(() => checkErasure({ role }, closed)).toThrow(ForbiddenCommand);
    },
  );

  it.each<[string, Partial<ErasureFacts>, RegExp]>([
    ['an open case', { open: true }, /still open/],
    ['a case under an access request', { holds: ['access-request'] }, /legal hold \(access-request\)/],
    ['a case under review by the Commission', { holds: ['commission-review'] }, /commission-review/],
    ['a case already erased', { erased: true }, /already erased/],
    ['a case recorded in clear', { restsInClear: true }, /before personal fields were encrypted/],
  ])('is refused for %s', (_, facts, message) => {
    const refusal = () => checkErasure(officer, { ...closed, ...facts });
    expect(refusal).toThrow(CommandRefused);
    expect(refusal).toThrow(message);
  });
});
