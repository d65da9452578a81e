import { MASKED } from '@entente/domain';
import { personalFieldsShown } from './personal-fields';

describe('personalFieldsShown', () => {
  it('names each personal field an answer shows, once, by its path', () => {
    const answer = {
      caseId: 'c-1',
      senderName: 'Amina Diallo',
      senderAddress: 'amina@example.org',
      timeline: [
        {
          type: 'EmailRequestReceived',
          data: { sender: { name: 'Amina Diallo', email: 'amina@example.org' }, body: 'Bonjour', subject: 'Stage' },
        },
        { type: 'EmailRequestAnswered', data: { answer: 'Voici.' } },
        { type: 'EmailRequestReceived', data: { sender: { name: 'Amina Diallo', email: 'amina@example.org' }, body: 'Encore' } },
      ],
    };
    expect(personalFieldsShown(answer)).toEqual([
      'senderAddress',
      'senderName',
      'timeline[].data.body',
      'timeline[].data.sender.email',
      'timeline[].data.sender.name',
    ]);
  });

  it('leaves out an organization name and fields not shown (null, empty, masked)', () => {
    const answer = {
      institution: { name: 'Université Laval', contactName: null, email: '' },
      candidate: { name: MASKED, email: MASKED },
      complainant: { name: 'Jean Tremblay', email: null, postalAddress: '1 rue X, Québec' },
      sender: { address: 'old@example.org' },
    };
    expect(personalFieldsShown(answer)).toEqual(['complainant.name', 'complainant.postalAddress', 'sender.address']);
  });

  it('finds nothing in an answer without personal information', () => {
    expect(personalFieldsShown({ caseId: 'c-1', status: 'received', items: [{ standardId: 's' }] })).toEqual([]);
    expect(personalFieldsShown(null)).toEqual([]);
  });
});
