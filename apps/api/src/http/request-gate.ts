import { UnsupportedMediaTypeException } from '@nestjs/common';
import type { Application, NextFunction, Request, Response } from 'express';
import { MethodNotAllowed } from '../errors/method-not-allowed';

/** The only body the API reads; the JSON parser is configured with the same type. */
export const JSON_MEDIA_TYPE = 'application/json';

/** What this file needs of a layer of Express's router; `match` has no side effects (router 2). */
interface RouterLayer {
  readonly route?: { readonly methods: Readonly<Record<string, boolean | undefined>> };
  match(path: string): unknown;
}

/** The methods the routes declare for a path, matched by Express's router itself (HEAD goes with GET). */
export function declaredMethods(app: Application, path: string): Set<string> {
  const { stack } = app.router as unknown as { stack: readonly RouterLayer[] };
  const methods = new Set<string>();
  for (const layer of stack) {
    if (!layer.route || !layer.match(path)) continue;
    Object.keys(layer.route.methods).forEach((method) => methods.add(method.toUpperCase()));
  }
  if (methods.has('GET')) methods.add('HEAD');
  return methods;
}

/**
 * Runs before the body parser, on paths that exist: an undeclared method is a 405 (with `Allow`)
 * rather than Nest's 404, and a body that is not JSON a 415 rather than an empty DTO's 400s.
 * Unknown paths go on to Nest's 404.
 */
export function requestGate(request: Request, _response: Response, next: NextFunction): void {
  const methods = declaredMethods(request.app, request.path);
  if (methods.size === 0 || methods.has('_ALL')) return next();
  if (!methods.has(request.method)) return next(new MethodNotAllowed(request.method, request.path, [...methods]));
  // `is` answers null when there is no body, false when the body is of another type.
  if (request.is(JSON_MEDIA_TYPE) === false) {
    const sent = request.get('Content-Type');
    const message = sent
      ? `the body must be ${JSON_MEDIA_TYPE}, not ${sent}`
      : `a body must be sent as ${JSON_MEDIA_TYPE} (no Content-Type given)`;
    return next(new UnsupportedMediaTypeException({ message, field: 'Content-Type' }));
  }
  next();
}
