import {
  EMAIL_INFORMATION_REQUEST_STANDARD,
  emailRequestDecider,
  fold,
  planClock,
  QC_PUBLIC_SERVICE_CALENDAR,
  type Actor,
  type EmailRequestCommand,
  type EmailRequestState,
} from '@entente/domain';
import { availableCommands } from './case-commands';
import { CASE_TYPES } from './case-types';

// The steps a screen offers a person are the ones the decider would accept from them now.

const NOW = '2026-11-24T14:00:00.000Z';
const intake: Actor = { id: 'ines', role: 'intake-officer' };
const olivier: Actor = { id: 'olivier', role: 'case-officer' };
const odile: Actor = { id: 'odile', role: 'case-officer' };
const supervisor: Actor = { id: 'sophie', role: 'supervisor' };
const auditor: Actor = { id: 'aude', role: 'auditor' };

function decided(state: EmailRequestState, type: EmailRequestCommand['type'], data: object, actor: Actor): EmailRequestState {
  const events = emailRequestDecider.decide(
    { type, data, metadata: { actor, now: NOW, correlationId: 'c' } } as EmailRequestCommand,
    state,
  );
  return fold(emailRequestDecider, events, state);
}

const received = decided(
  emailRequestDecider.initialState(),
  'ReceiveEmailRequest',
  {
    caseId: 'case-1',
    sender: { name: 'Marie Tremblay', email: 'marie@example.org' },
    subject: 'Internships',
    body: 'Which organizations take students?',
    replyLanguage: 'fr',
    receivedAt: '2026-11-23T15:00:00.000Z',
    clock: planClock(EMAIL_INFORMATION_REQUEST_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, '2026-11-23T15:00:00.000Z'),
  },
  intake,
);
const assigned = decided(received, 'AssignEmailRequest', { officerId: 'olivier' }, intake);
const answered = decided(assigned, 'AnswerEmailRequest', { answer: 'See the internship page.' }, olivier);
const offered = (state: EmailRequestState, actor: Actor) => availableCommands('email-request', state, actor, NOW);
const clock = { standardId: 'email-information-request' };

describe('the commands a person may issue now', () => {
  it('offers the assignee their answer, closing and the clock pause, and nothing to a colleague who may not act', () => {
    expect(offered(assigned, olivier)).toEqual([
      { commandType: 'AnswerEmailRequest' },
      { commandType: 'CloseEmailRequestWithoutAnswer' },
      { commandType: 'PauseServiceStandardClock', ...clock },
    ]);
    expect(offered(assigned, odile).map(({ commandType }) => commandType)).not.toContain('AnswerEmailRequest');
  });

  it('offers a supervisor the reassignment the intake officer may no longer make', () => {
    expect(offered(assigned, supervisor).map(({ commandType }) => commandType)).toContain('AssignEmailRequest');
    expect(offered(assigned, intake)).toEqual([]);
    expect(offered(received, intake)).toEqual([{ commandType: 'AssignEmailRequest' }]);
  });

  it('offers nothing on an answered case, and nothing ever to an auditor', () => {
    expect(offered(answered, supervisor)).toEqual([]);
    expect(offered(assigned, auditor)).toEqual([]);
  });

  it.each(CASE_TYPES)('%s: before a case exists, only an opening is offered, and never to an auditor', (caseType) => {
    const none = { status: 'none' };
    expect(availableCommands(caseType, none, auditor, NOW)).toEqual([]);
    expect(availableCommands(caseType, none, supervisor, NOW).length).toBeLessThanOrEqual(1);
  });
});
