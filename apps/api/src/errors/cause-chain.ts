/**
 * An error and what lies under it, outermost first: its `cause`, or TypeORM's `driverError`.
 * Eight deep at most, so that a cycle cannot hold a request.
 */
export function* causeChain(error: unknown): Generator<Error> {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; depth += 1) {
    yield current;
    current = current.cause ?? (current as { driverError?: unknown }).driverError;
  }
}
