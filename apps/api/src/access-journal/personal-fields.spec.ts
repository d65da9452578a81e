import { MASKED } from '@entente/domain';
import { personalFieldsShown } from './personal-fields';

describe('personalFieldsShown', () => {
  it('names each personal field an answer shows, once, by its path, as the case type marks them', () => {
    const answer = {
      caseId: 'c-1',
      caseType: 'email-request',
      subject: 'Stage',
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
    expect(personalFieldsShown(answer, 'email-request')).toEqual([
      'senderAddress',
      'senderName',
      'subject',
      'timeline[].data.answer',
      'timeline[].data.body',
      'timeline[].data.sender.email',
      'timeline[].data.sender.name',
      'timeline[].data.subject',
    ]);
  });

  it('follows the mark of the case type: a call’s subject and an institution’s name are not personal', () => {
    const project = { subject: 'Énergie', institution: { name: 'Université Laval', contactName: 'Jean Roy', email: '' } };
    expect(personalFieldsShown(project, 'bilateral-project')).toEqual(['institution.contactName']);
    const complaint = { complainant: { name: 'Jean Tremblay', email: null, postalAddress: '1 rue X, Québec' }, details: MASKED };
    expect(personalFieldsShown(complaint, 'complaint')).toEqual(['complainant.name', 'complainant.postalAddress']);
  });

  it('finds nothing in an answer without personal information', () => {
    expect(personalFieldsShown({ caseId: 'c-1', status: 'received', items: [{ standardId: 's' }] }, 'email-request')).toEqual([]);
    expect(personalFieldsShown(null, 'complaint')).toEqual([]);
  });
});
