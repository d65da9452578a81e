import { MASKED } from '@entente/domain';
import { maskCaseState, maskEventData } from './personal-data';

describe('the personal information mark', () => {
  it('masks an e-mail request’s sender, subject and body, not its clock or status', () => {
    const data = { caseId: 'c', sender: { name: 'Ana', email: 'ana@example.org' }, subject: 'Visa', body: 'My passport…', receivedAt: 'x' };
    expect(maskEventData('email-request', data)).toEqual({
      ...data,
      sender: { name: MASKED, email: MASKED },
      subject: MASKED,
      body: MASKED,
    });
    expect(maskCaseState('email-request', { status: 'received', sender: { name: null, email: 'a@b.c' } })).toEqual({
      status: 'received',
      sender: { name: null, email: MASKED },
    });
  });

  it('masks a sender’s e-mail under its old name too (schema 1 and 2: `address`)', () => {
    expect(maskEventData('email-request', { sender: { address: 'a@b.c' } })).toEqual({ sender: { address: MASKED } });
  });

  it('masks a complainant and their letter, and keeps the conclusion of the findings', () => {
    const state = {
      complainant: { name: 'Bo', email: null, postalAddress: '1 rue' },
      findings: { findings: 'delay', conclusion: 'founded' },
    };
    expect(maskCaseState('complaint', state)).toEqual({
      complainant: { name: MASKED, email: null, postalAddress: MASKED },
      findings: { findings: MASKED, conclusion: 'founded' },
    });
  });

  it('keeps what names no person: a partner parliament, an organization’s name', () => {
    const opened = { partnerParliament: { name: 'National Assembly of Benin' }, team: [{ name: 'Marie Côté', kind: 'parliamentarian' }] };
    expect(maskEventData('cooperation-engagement', opened)).toEqual({ ...opened, team: [{ name: MASKED, kind: 'parliamentarian' }] });
  });
});
