import { NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import {
  ApplicationFailure,
  ServiceError,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ActivityFailure, RetryState } from '@temporalio/common';
import { QueryFailedError } from 'typeorm';
import { CommandRefused, ForbiddenCommand, InvalidCommand } from '@entente/domain';
import { RequestValidationError } from '../http/validation.pipe';
import { CommandTimedOut } from '../temporal/command-timed-out';
import { CommandShed } from '../temporal/command-admission';
import { MethodNotAllowed } from './method-not-allowed';
import { ProblemCode } from './problem-details';
import { toProblem } from './to-problem';
import { MalformedBody } from './malformed-body';
import { DependencyUnavailable } from './dependency-unavailable';

const CASE_ID = '3f0c2a4e-8a51-4f4e-9a53-0d9a6f1e2b7c';

/** A refusal as the client receives it from a workflow's update validator or handler. */
function refusedUpdate(type: string, message: string, field: string | null = null) {
  const failure = ApplicationFailure.create({ type, message, nonRetryable: true, details: [{ code: 'X', field }] });
  return new WorkflowUpdateFailedError('Workflow Update failed', failure);
}

/** A refusal from an activity the workflow ran (adding a holiday), as the client receives it. */
function refusedInActivity(type: string, message: string) {
  const failure = ApplicationFailure.create({ type, message, nonRetryable: true });
  const activity = new ActivityFailure('activity failed', 'addHoliday', '1', RetryState.NON_RETRYABLE_FAILURE, undefined, failure);
  return new WorkflowUpdateFailedError('Workflow Update failed', activity);
}

/** The members a client keys on; `type`, `title` and `message` follow from them. */
const expected = (status: number, code: ProblemCode, detail: string, field?: string) => ({
  status,
  code,
  detail,
  message: detail,
  type: `urn:entente:problem:${code}`,
  title: expect.any(String),
  ...(field ? { field } : {}),
});

/** The body-parser's error for a body over its limit (an `http-errors` error). */
function tooLarge(limit: number) {
  return Object.assign(new Error('request entity too large'), { status: 413, expose: true, type: 'entity.too.large', limit });
}

describe('toProblem: the exception filter’s mapping table', () => {
  it.each([
    ['an HttpException', new NotFoundException(`case ${CASE_ID} not found`), expected(404, 'not-found', `case ${CASE_ID} not found`)],
    [
      'a validation error',
      new RequestValidationError([{ field: 'sender.address', message: 'sender.address must be an email' }]),
      expected(400, 'invalid-field', 'sender.address must be an email', 'sender.address'),
    ],
    [
      'InvalidCommand from a workflow',
      refusedUpdate('InvalidCommand', 'receivedAt: must not be in the future', 'receivedAt'),
      expected(422, 'invalid-command', 'receivedAt: must not be in the future', 'receivedAt'),
    ],
    [
      'CommandRefused from a workflow',
      refusedUpdate('CommandRefused', 'the case is already assigned to carole'),
      expected(409, 'command-refused', 'the case is already assigned to carole'),
    ],
    [
      'ForbiddenCommand from a workflow',
      refusedUpdate('ForbiddenCommand', 'case-officer may not issue AnswerEmailRequest: only the assignee may do this'),
      expected(403, 'forbidden', 'case-officer may not issue AnswerEmailRequest: only the assignee may do this'),
    ],
    [
      'a refusal nested in an ActivityFailure',
      refusedInActivity('CommandRefused', '2026-12-25 is already a holiday'),
      expected(409, 'command-refused', '2026-12-25 is already a holiday'),
    ],
    [
      'InvalidCommand thrown here',
      new InvalidCommand('from', 'must be an instant'),
      expected(422, 'invalid-command', 'from: must be an instant', 'from'),
    ],
    [
      'CommandRefused thrown here',
      new CommandRefused(`case ${CASE_ID} is closed`),
      expected(409, 'command-refused', `case ${CASE_ID} is closed`),
    ],
    [
      'ForbiddenCommand thrown here',
      new ForbiddenCommand('auditor', 'AssignEmailRequest'),
      expected(403, 'forbidden', 'auditor may not issue AssignEmailRequest'),
    ],
    [
      'WorkflowNotFoundError',
      new WorkflowNotFoundError('workflow not found', `email-request/${CASE_ID}`, undefined),
      expected(404, 'not-found', `case ${CASE_ID} not found`),
    ],
    [
      'WorkflowExecutionAlreadyStartedError',
      new WorkflowExecutionAlreadyStartedError('already started', `email-request/${CASE_ID}`, 'emailRequestWorkflow'),
      expected(409, 'case-exists', `case ${CASE_ID} already exists`),
    ],
    [
      'a body over the limit',
      tooLarge(1_048_576),
      expected(413, 'payload-too-large', 'the body is larger than 1048576 bytes, the most a request may send', 'body'),
    ],
    [
      'a body that does not parse',
      new MalformedBody('Unexpected end of JSON input'),
      expected(400, 'malformed-request', 'body: Unexpected end of JSON input', 'body'),
    ],
    ['an unexpected error', new TypeError('x is undefined'), expected(500, 'internal', 'internal server error')],
    ['a thrown non-error', 'boom', expected(500, 'internal', 'internal server error')],
    [
      'an ApplicationFailure that is not a refusal',
      new WorkflowUpdateFailedError('Workflow Update failed', ApplicationFailure.create({ type: 'TypeError', message: 'bug' })),
      expected(500, 'internal', 'internal server error'),
    ],
  ])('maps %s', (_, error, problem) => {
    expect(toProblem(error)).toEqual({ problem, headers: {} });
  });

  it('answers a command past its bound with 503 and Retry-After', () => {
    const { problem, headers } = toProblem(new CommandTimedOut(10_000, 5));
    expect(problem).toEqual(
      expected(503, 'command-timed-out', 'the case did not answer within 10000 ms; retry with the same Idempotency-Key'),
    );
    expect(headers).toEqual({ 'Retry-After': '5' });
  });

  it('answers a call turned away by the admission limit with 503, Retry-After and the engine it spares', () => {
    const { problem, headers } = toProblem(new CommandShed(4, 2));
    expect(problem).toMatchObject({
      status: 503,
      code: 'unavailable',
      dependency: 'temporal',
      detail: expect.stringMatching(/4 calls in flight/),
    });
    expect(headers).toEqual({ 'Retry-After': '2' });
  });

  describe('an engine out of reach: 503, Retry-After, and which engine', () => {
    /** What gRPC hands the Temporal client: a status code, its details and the call's metadata. */
    const grpcError = (code: number, details: string) => Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} });
    const temporal = 'Temporal is unavailable; try again shortly (a command sent again with the same Idempotency-Key runs once)';
    const database = 'the database is unavailable; try again shortly (a command sent again with the same Idempotency-Key runs once)';

    it.each([
      ['Temporal down', new ServiceError('Update-With-Start failed', { cause: grpcError(14, 'No connection established') }), temporal],
      ['Temporal past its deadline', new ServiceError('Workflow Update failed', { cause: grpcError(4, 'Deadline exceeded') }), temporal],
      ['Temporal silent past the bound', new DependencyUnavailable('temporal'), temporal],
      [
        'PostgreSQL refusing connections',
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:54329'), { code: 'ECONNREFUSED' }),
        database,
      ],
      [
        'PostgreSQL shutting down under a query',
        new QueryFailedError(
          'SELECT 1',
          [],
          Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
        ),
        database,
      ],
      ['a connection lost mid-query', new Error('Connection terminated unexpectedly'), database],
    ])('%s', (_, error, detail) => {
      const dependency = detail === temporal ? 'temporal' : 'database';
      expect(toProblem(error)).toEqual({
        problem: { ...expected(503, 'unavailable', detail), dependency },
        headers: { 'Retry-After': '5' },
      });
    });

    it('leaves a request Temporal refused for what it is: not an outage', () => {
      const refused = new ServiceError('Workflow Update failed', { cause: grpcError(3, 'invalid argument') });
      expect(toProblem(refused).problem).toEqual(expected(500, 'internal', 'internal server error'));
      const constraint = new QueryFailedError('INSERT', [], Object.assign(new Error('duplicate key'), { code: '23505' }));
      expect(toProblem(constraint).problem).toEqual(expected(500, 'internal', 'internal server error'));
    });
  });

  it('answers an undeclared method with 405 and Allow', () => {
    const { problem, headers } = toProblem(new MethodNotAllowed('TRACE', '/cases', ['GET', 'HEAD']));
    expect(problem).toEqual(expected(405, 'method-not-allowed', 'TRACE is not allowed on /cases; allowed: GET, HEAD'));
    expect(headers).toEqual({ Allow: 'GET, HEAD' });
  });

  it('keeps the extensions of an HTTP answer, such as a health report, under the standard members', () => {
    const report = { message: 'temporal down', checks: { database: 'up', temporal: 'down' }, status: 'unavailable' };
    expect(toProblem(new ServiceUnavailableException(report)).problem).toEqual({
      ...expected(503, 'unavailable', 'temporal down'),
      checks: report.checks,
    });
  });
});
