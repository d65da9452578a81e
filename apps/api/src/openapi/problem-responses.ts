import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiResponse, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import { problem, PROBLEM_MEDIA_TYPE, type ProblemDetails } from '../errors/problem-details';
import { ProblemDetailsDto } from '../errors/problem-details.dto';
import { IDEMPOTENCY_HEADER } from '../http/command-context.decorator';

const PROBLEM_CONTENT = { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } };

/** One typical answer per status, so that each response's example shows its own problem, not the schema's. */
const EXAMPLES: Readonly<Record<number, ProblemDetails>> = {
  400: problem('invalid-field', 'sender.email must be an email', { field: 'sender.email' }),
  401: problem('unauthenticated', 'a valid bearer token is required'),
  403: problem('forbidden', 'case-officer may not issue AssignEmailRequest'),
  404: problem('not-found', 'case 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found'),
  409: problem('command-refused', 'case 3fa85f64-5717-4562-b3fc-2c963f66afa6 is closed'),
  413: problem('payload-too-large', 'the body is larger than 1048576 bytes, the most a request may send'),
  415: problem('unsupported-media-type', 'the body must be application/json, not text/plain', { field: 'Content-Type' }),
  422: problem('invalid-command', 'receivedAt: must not be in the future', { field: 'receivedAt' }),
  429: problem('too-many-requests', 'more than 1200 requests in 60 s: wait as Retry-After says'),
  503: problem('command-timed-out', 'the case did not answer within 5000 ms; retry with the same Idempotency-Key'),
};

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type Responses = Operation['responses'];

/** The refusals every command route can answer, besides those `documentProblemResponses` adds. */
export function ApiCommandResponses(commandType: string) {
  return applyDecorators(
    // A screen finds the form of a command by its type (GET /cases/:caseId/actions).
    ApiOperation({ summary: sentenceOf(commandType), operationId: commandType }, { overrideExisting: false }),
    ApiResponse({
      status: 403,
      content: PROBLEM_CONTENT,
      description: `The caller's role may not issue ${commandType}, or not on this case (\`forbidden\`).`,
    }),
    ApiResponse({
      status: 409,
      content: PROBLEM_CONTENT,
      description: 'The case refuses the command in its state (`command-refused`), or already exists (`case-exists`).',
    }),
    ApiResponse({
      status: 422,
      content: PROBLEM_CONTENT,
      description: `A value breaks a rule of the case (\`invalid-command\`), named in \`field\`; or the ${IDEMPOTENCY_HEADER} was used for another request (\`idempotency-key-reused\`).`,
    }),
    ApiResponse({
      status: 503,
      content: PROBLEM_CONTENT,
      headers: { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } } },
      description: `The case did not answer in time (\`command-timed-out\`), or an engine it needs is down (\`unavailable\`, which names it in \`dependency\`: \`temporal\` or \`database\`): retry with the same ${IDEMPOTENCY_HEADER}.`,
    }),
  );
}

/** "AssignEmailRequest" → "Assign email request". */
function sentenceOf(commandType: string): string {
  const words = commandType.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Adds the answers that follow from an operation's shape rather than its meaning: 400 when it takes
 * parameters or a body, 401 behind a token, 404 on a case's path, 413 and 415 where a body may be sent. Every
 * error answer gets the problem-details body.
 */
export function documentProblemResponses(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    if (item.get) documentOperation(path, item.get, false);
    // A DELETE may carry a body too: the gate checks it as it does a POST's.
    if (item.delete) documentOperation(path, item.delete, true);
    for (const operation of [item.post, item.put, item.patch]) {
      if (operation) documentOperation(path, operation, true);
    }
  }
  return document;
}

/** A method that may carry a body is checked for one even where its route reads none (`request-gate.ts`). */
function documentOperation(path: string, operation: Operation, mayCarryBody: boolean): void {
  const { responses } = operation;
  if (operation.parameters?.length || operation.requestBody) {
    addResponse(
      responses,
      400,
      'A parameter or body field is invalid (`invalid-field`, named in `field`), or the JSON does not parse (`malformed-request`).',
    );
  }
  if (operation.security?.length) addResponse(responses, 401, 'No valid bearer token (`unauthenticated`).');
  addResponse(responses, 429, 'Too many requests from this person (or address, unauthenticated) in the window (`too-many-requests`).', {
    'Retry-After': { description: 'Seconds to wait before the next request.', schema: { type: 'integer' } },
  });
  if (path.includes('{caseId}')) addResponse(responses, 404, 'No such case (`not-found`).');
  if (mayCarryBody) {
    addResponse(responses, 413, 'The body is over 1 MiB (`payload-too-large`).');
    addResponse(responses, 415, 'The body is not `application/json` (`unsupported-media-type`).');
  }
  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) < 400 || !response || !('description' in response)) continue;
    response.content ??= PROBLEM_CONTENT;
    const media = response.content[PROBLEM_MEDIA_TYPE];
    if (media) response.content = { ...response.content, [PROBLEM_MEDIA_TYPE]: { example: EXAMPLES[Number(status)], ...media } };
  }
}

function addResponse(responses: Responses, status: number, description: string, headers?: Record<string, object>): void {
  responses[status] ??= { description, content: PROBLEM_CONTENT, ...(headers && { headers }) };
}
