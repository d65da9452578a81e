import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  checkEmailReceipt,
  ClockPlan,
  EmailRequestCommand,
  EmailRequestEvent,
  EmailRequestState,
  emailRequestDecider,
  isOpen,
  nextEmailRequestAlarm,
} from '@entente/domain';
import { EMAIL_REQUEST_SCHEMA_VERSIONS } from '@entente/contracts';
import type { CaseActivities } from '../shared/case-activities';
import type { CommandRequest } from '../shared/case-messages';
import { CaseRunner } from '../shared/case-runner';
import { refusingAsFailure } from '../shared/domain-failures';
import { clockCommand, staffCommand } from '../shared/commands';
import * as messages from './email-request.messages';

const activities = proxyActivities<CaseActivities>({ startToCloseTimeout: '30 seconds' });
const STANDARD_ID = 'email-information-request';
/** A case whose opening command was refused has nothing to wait for. */
const RECEIPT_GRACE = '1 minute';

type Runner = CaseRunner<EmailRequestState, EmailRequestCommand, EmailRequestEvent>;

export async function emailRequestWorkflow(input: messages.EmailRequestWorkflowInput): Promise<messages.EmailRequestView> {
  const runner: Runner = new CaseRunner(
    emailRequestDecider,
    { caseId: input.caseId, caseType: 'email-request' },
    EMAIL_REQUEST_SCHEMA_VERSIONS,
    activities.publishCaseEvents,
  );
  registerHandlers(runner);
  const closed = () => runner.current.status !== 'none' && !isOpen(runner.current);
  const publishing = runner.publishUntil(closed);

  if (await condition(() => runner.current.status !== 'none', RECEIPT_GRACE)) {
    await runClock(runner);
  }
  await condition(allHandlersFinished);
  await publishing;
  return runner.view();
}

function registerHandlers(runner: Runner): void {
  setHandler(messages.emailRequestViewQuery, () => runner.view());
  setHandler(
    messages.receiveEmailRequestUpdate,
    async (request) => runner.execute(receive(request, await planClock(request.data.receivedAt))),
    { validator: (request) => refusingAsFailure(() => checkEmailReceipt(staffCommand('ReceiveEmailRequest', request), runner.current)) },
  );
  const staff = <T extends EmailRequestCommand['type']>(type: T) => ({
    handler: (request: CommandRequest<unknown>) => runner.execute(staffCommand(type, request) as EmailRequestCommand),
    validator: (request: CommandRequest<unknown>) => runner.validate(staffCommand(type, request) as EmailRequestCommand),
  });
  const assign = staff('AssignEmailRequest');
  setHandler(messages.assignEmailRequestUpdate, assign.handler, { validator: assign.validator });
  const answer = staff('AnswerEmailRequest');
  setHandler(messages.answerEmailRequestUpdate, answer.handler, { validator: answer.validator });
  const close = staff('CloseEmailRequestWithoutAnswer');
  setHandler(messages.closeEmailRequestWithoutAnswerUpdate, close.handler, { validator: close.validator });
}

/** Sleeps until the next service-standard alarm; any new event (an answer, say) re-plans the wait. */
async function runClock(runner: Runner): Promise<void> {
  while (isOpen(runner.current)) {
    const seen = runner.sequence;
    const changed = () => runner.sequence !== seen;
    const alarm = nextEmailRequestAlarm(runner.current, Date.now());
    const wait = alarm ? Date.parse(alarm.at) - Date.now() : 0;
    if (!alarm) await condition(changed);
    else if (wait > 0) await condition(changed, wait);
    else await runner.execute(clockCommand(alarm, runner.view().caseId));
  }
}

function receive(request: CommandRequest<messages.ReceiveEmailRequestData>, clock: ClockPlan): EmailRequestCommand {
  return staffCommand('ReceiveEmailRequest', { ...request, data: { ...request.data, clock } }) as EmailRequestCommand;
}

function planClock(startedAt: string): Promise<ClockPlan> {
  return activities.planServiceStandardClock({ standardId: STANDARD_ID, startedAt });
}
