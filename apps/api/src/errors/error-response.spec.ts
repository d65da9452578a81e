import { NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import {
  ApplicationFailure,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '@entente/domain';
import { RequestValidationError } from '../http/validation.pipe';
import { toErrorResponse } from './error-response';

const CASE_ID = '3f0c2a4e-8a51-4f4e-9a53-0d9a6f1e2b7c';

/** A refusal as the client receives it from a workflow's update validator or handler. */
function refusedUpdate(type: string, message: string, field: string | null = null) {
  const failure = ApplicationFailure.create({ type, message, nonRetryable: true, details: [{ code: 'X', field }] });
  return new WorkflowUpdateFailedError('Workflow Update failed', failure);
}

describe('toErrorResponse: the exception filter’s mapping table', () => {
  it.each([
    ['an HttpException', new NotFoundException(`case ${CASE_ID} not found`), { statusCode: 404, error: 'Not Found', message: `case ${CASE_ID} not found` }],
    [
      'a validation error',
      new RequestValidationError([{ field: 'sender.address', message: 'sender.address must be an email' }]),
      { statusCode: 400, error: 'Bad Request', message: 'sender.address must be an email', field: 'sender.address' },
    ],
    [
      'InvalidCommand from a workflow',
      refusedUpdate('InvalidCommand', 'receivedAt: must not be in the future', 'receivedAt'),
      { statusCode: 422, error: 'Unprocessable Entity', message: 'receivedAt: must not be in the future', field: 'receivedAt' },
    ],
    [
      'CommandRefused from a workflow',
      refusedUpdate('CommandRefused', 'the case is already assigned to carole'),
      { statusCode: 409, error: 'Conflict', message: 'the case is already assigned to carole' },
    ],
    [
      'ForbiddenCommand from a workflow',
      refusedUpdate('ForbiddenCommand', 'case-officer may not issue AnswerEmailRequest: only the assignee may do this'),
      { statusCode: 403, error: 'Forbidden', message: 'case-officer may not issue AnswerEmailRequest: only the assignee may do this' },
    ],
    ['InvalidCommand thrown here', new InvalidCommand('from', 'must be an instant'), { statusCode: 422, error: 'Unprocessable Entity', message: 'from: must be an instant', field: 'from' }],
    ['CommandRefused thrown here', new CommandRefused(`case ${CASE_ID} is closed`), { statusCode: 409, error: 'Conflict', message: `case ${CASE_ID} is closed` }],
    ['ForbiddenCommand thrown here', new ForbiddenCommand('auditor', 'AssignEmailRequest'), { statusCode: 403, error: 'Forbidden', message: 'auditor may not issue AssignEmailRequest' }],
    [
      'WorkflowNotFoundError',
      new WorkflowNotFoundError('workflow not found', `email-request/${CASE_ID}`, undefined),
      { statusCode: 404, error: 'Not Found', message: `case ${CASE_ID} not found` },
    ],
    [
      'WorkflowExecutionAlreadyStartedError',
      new WorkflowExecutionAlreadyStartedError('already started', `email-request/${CASE_ID}`, 'emailRequestWorkflow'),
      { statusCode: 409, error: 'Conflict', message: `case ${CASE_ID} already exists` },
    ],
    ['an unexpected error', new TypeError('x is undefined'), { statusCode: 500, error: 'Internal Server Error', message: 'internal server error' }],
    ['a thrown non-error', 'boom', { statusCode: 500, error: 'Internal Server Error', message: 'internal server error' }],
    [
      'an ApplicationFailure that is not a refusal',
      new WorkflowUpdateFailedError('Workflow Update failed', ApplicationFailure.create({ type: 'TypeError', message: 'bug' })),
      { statusCode: 500, error: 'Internal Server Error', message: 'internal server error' },
    ],
  ])('maps %s', (_, error, expected) => {
    expect(toErrorResponse(error)).toEqual(expected);
  });

  it('keeps the extra members of an HTTP answer, such as a health report', () => {
    const report = { message: 'temporal down', status: 'unavailable', checks: { database: 'up', temporal: 'down' } };
    expect(toErrorResponse(new ServiceUnavailableException(report))).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      ...report,
    });
  });
});
