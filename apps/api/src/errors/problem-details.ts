/**
 * The API's one error body: RFC 9457 problem details, plus a stable `code` that clients key their
 * message catalogues on, the `field` (body property, query or path parameter, header) it concerns
 * when there is one, and `message`, the same text as `detail`, which the API's first clients read.
 */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ProblemCode;
  readonly field?: string;
  readonly message: string;
  readonly [extension: string]: unknown;
}

/** A problem and the headers that go with it (`Allow` for 405, `Retry-After` for a timeout). */
export interface ProblemAnswer {
  readonly problem: ProblemDetails;
  readonly headers: Readonly<Record<string, string>>;
}

/** Every code, with the status it answers and a title that never changes between occurrences. */
export const PROBLEMS = {
  'invalid-field': { status: 400, title: 'A field is invalid' },
  'malformed-request': { status: 400, title: 'The request is malformed' },
  unauthenticated: { status: 401, title: 'A valid bearer token is required' },
  forbidden: { status: 403, title: 'The caller may not do this' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed on this path' },
  'command-refused': { status: 409, title: 'The case refuses this command in its current state' },
  'case-exists': { status: 409, title: 'The case already exists' },
  'link-expired': { status: 410, title: 'The link has expired' },
  'payload-too-large': { status: 413, title: 'The body is too large' },
  'unsupported-media-type': { status: 415, title: 'The body must be JSON' },
  'invalid-command': { status: 422, title: 'The command breaks a rule of the case' },
  'idempotency-key-reused': { status: 422, title: 'The idempotency key was used for another request' },
  'too-many-requests': { status: 429, title: 'Too many requests: wait as Retry-After says' },
  'request-refused': { status: 400, title: 'The request is refused' },
  unavailable: { status: 503, title: 'A service the API needs is unavailable' },
  'command-timed-out': { status: 503, title: 'The case did not answer in time' },
  internal: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;
export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** The `type` URI of a code: a name, not a page to fetch. */
export const problemType = (code: ProblemCode) => `urn:entente:problem:${code}`;

/**
 * Builds a problem. `status` differs from the code's own only for `request-refused` and
 * `internal`, which stand for the statuses no other code names. Extensions never replace the
 * standard members.
 */
export function problem(
  code: ProblemCode,
  detail: string,
  extensions: Record<string, unknown> = {},
  status: number = PROBLEMS[code].status,
): ProblemDetails {
  const { title } = PROBLEMS[code];
  return { ...extensions, type: problemType(code), title, status, detail, code, message: detail };
}
