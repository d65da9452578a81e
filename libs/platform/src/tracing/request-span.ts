import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

/** What Express adds to a request once routed: the route's pattern, never the path with its ids. */
type RoutedRequest = IncomingMessage & { route?: { path?: unknown }; baseUrl?: string };

/** The route pattern that took a request (`/email-requests/:caseId/answer`), once routed; never the path with its ids. */
export function routeTemplateOf(request: RoutedRequest): string | undefined {
  return typeof request.route?.path === 'string' ? `${request.baseUrl ?? ''}${request.route.path}` : undefined;
}

/**
 * Express middleware, first of all: each HTTP request in a server span, a child of the caller's
 * `traceparent` if it sent one (the console's proxy does). The request and response are bound to
 * the span, so that what runs on their events (the body's parsing, the access log) is in it too.
 * Named by method and route pattern once routed; a 5xx marks it failed.
 */
export function requestSpan(request: RoutedRequest, response: ServerResponse, next: () => void): void {
  const parent = propagation.extract(ROOT_CONTEXT, request.headers);
  const method = request.method ?? 'GET';
  const span = trace
    .getTracer('entente')
    .startSpan(method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': method } }, parent);
  const active = trace.setSpan(parent, span);
  context.bind(active, request);
  context.bind(active, response);
  response.once('close', () => {
    const route = routeTemplateOf(request);
    if (route) span.updateName(`${method} ${route}`).setAttribute('http.route', route);
    span.setAttribute('http.response.status_code', response.statusCode);
    if (!response.writableFinished) span.setStatus({ code: SpanStatusCode.ERROR, message: 'connection closed before the answer' });
    else if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  context.with(active, next);
}
