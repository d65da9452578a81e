import { context, propagation, trace } from '@opentelemetry/api';
import { jsonLogger } from '../logging/logger';
import { startTracing, traceHeaders } from './tracing';

describe('tracing in one process', () => {
  const tracing = startTracing('entente-spec', { TRACES_EXPORTER: 'none' });
  afterAll(() => tracing.shutdown());

  it('gives every log line written inside a span its trace and span ids, and none outside', () => {
    const lines: string[] = [];
    const log = jsonLogger('api', (line) => void lines.push(line));
    log.info('outside');
    const span = tracing.tracer.startSpan('request');
    context.with(trace.setSpan(context.active(), span), () => log.info('inside'));
    span.end();
    const [outside, inside] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(outside).not.toHaveProperty('traceId');
    expect(inside).toMatchObject({ traceId: span.spanContext().traceId, spanId: span.spanContext().spanId });
    expect(inside!.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('carries the current span in W3C headers, which the next process reads back as its parent', () => {
    const span = tracing.tracer.startSpan('publish');
    const headers = context.with(trace.setSpan(context.active(), span), traceHeaders);
    expect(headers.traceparent).toBe(`00-${span.spanContext().traceId}-${span.spanContext().spanId}-00`);
    const received = trace.getSpanContext(propagation.extract(context.active(), headers));
    expect(received).toMatchObject({ traceId: span.spanContext().traceId, isRemote: true });
    span.end();
  });

  it('makes no headers outside a span', () => expect(traceHeaders()).toEqual({}));
});
