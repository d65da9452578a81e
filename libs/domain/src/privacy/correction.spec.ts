import type { Role } from '../shared/command';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '../shared/errors';
import { checkCorrection, correctedState, type PersonalInformationCorrection } from './correction';

const officer = { role: 'privacy-officer' as Role };
const marked = ['sender.name', 'sender.email', 'participants.*.contact.email', 'candidate.*'];
const state = {
  sender: { name: 'Julie Côté', email: 'julie.cote@exemple.qc.ca' },
  participants: [{ contact: { email: 'a@exemple.org' } }, { contact: { email: 'b@exemple.org' } }],
  candidate: { name: 'Marc Roy', languages: ['fr'] },
  status: 'open',
};
const correction: PersonalInformationCorrection = {
  field: 'sender.email',
  correctedValue: 'julie.cote@exemple.ca',
  reason: 'Access request 2026-041: the requester gave a wrong address',
};

describe('correcting a case’s personal information', () => {
  it('is allowed to the privacy officer for a marked field that holds text', () => {
    expect(() => checkCorrection(officer, { erased: false }, marked, state, correction)).not.toThrow();
    expect(() =>
      checkCorrection(officer, { erased: false }, marked, state, { ...correction, field: 'participants.1.contact.email' }),
    ).not.toThrow();
    expect(() => checkCorrection(officer, { erased: false }, marked, state, { ...correction, field: 'candidate.name' })).not.toThrow();
  });

  it.each<Role>(['supervisor', 'auditor', 'administrator', 'case-officer', 'system'])('is forbidden to a %s', (role) => {
    expect(() => checkCorrection({ role }, { erased: false }, marked, state, correction)).toThrow(ForbiddenCommand);
  });

  it('is refused once the case is erased', () => {
    expect(() => checkCorrection(officer, { erased: true }, marked, state, correction)).toThrow(CommandRefused);
  });

  it.each<[string, Partial<PersonalInformationCorrection>, string, RegExp]>([
    ['a field not marked personal', { field: 'status' }, 'field', /not a personal field/],
    ['a field the case does not hold', { field: 'participants.5.contact.email' }, 'field', /holds no text/],
    ['a field that is not text', { field: 'candidate.languages' }, 'field', /holds no text/],
    ['a path that is not dotted', { field: 'sender[email]' }, 'field', /dotted path/],
    ['an empty corrected text', { correctedValue: '  ' }, 'correctedValue', /not empty/],
    ['an address that is not one', { correctedValue: 'julie.cote at exemple.ca' }, 'correctedValue', /correctedValue/],
    ['no reason', { reason: '' }, 'reason', /why/],
  ])('names the field for %s', (_, change, field, message) => {
    const check = () => checkCorrection(officer, { erased: false }, marked, state, { ...correction, ...change });
    expect(check).toThrow(InvalidCommand);
    expect(check).toThrow(message);
    expect(() => check()).toThrow(expect.objectContaining({ field }) as Error);
  });
});

describe('a corrected state', () => {
  it('holds the corrected text at the field and leaves the rest as it was', () => {
    const corrected = correctedState(state, 'participants.1.contact.email', 'b@exemple.ca');
    expect(corrected.participants[1]!.contact.email).toBe('b@exemple.ca');
    expect(corrected.participants[0]).toBe(state.participants[0]);
    expect(corrected.sender).toBe(state.sender);
    expect(state.participants[1]!.contact.email).toBe('b@exemple.org');
  });

  it('is the state unchanged for a path it lacks', () => {
    expect(correctedState(state, 'participants.7.contact.email', 'x')).toEqual(state);
    expect(correctedState(state, 'sender.fax', 'x')).toEqual(state);
  });
});
