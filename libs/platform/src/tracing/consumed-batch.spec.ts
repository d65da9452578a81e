import { context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { jsonLogger } from '../logging/logger';
import { inConsumedBatch, traceOfMessage } from './consumed-batch';
import { traceHeaders } from './tracing';

const exported = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exported)] });
provider.register({ propagator: new W3CTraceContextPropagator() });
afterAll(() => provider.shutdown());
beforeEach(() => exported.reset());

/** The headers a worker's publish gives its messages, as Kafka hands them back (Buffers). */
function published(name: string): { headers: Record<string, Buffer>; traceId: string } {
  const span = provider.getTracer('spec').startSpan(name);
  const headers = context.with(trace.setSpan(context.active(), span), traceHeaders);
  span.end();
  return { headers: { eventId: Buffer.from('e1'), traceparent: Buffer.from(headers.traceparent!) }, traceId: span.spanContext().traceId };
}

describe('a consumed batch', () => {
  it('has its own span, linked to each message’s trace, and a span in each trace', async () => {
    const [first, second] = [published('publish 1'), published('publish 2')];
    const lines: string[] = [];
    const log = jsonLogger('projector', (line) => void lines.push(line));
    const messages = [first, first, second].map(({ headers }) => ({ headers }));
    const answer = await inConsumedBatch('project t', messages, { 'messaging.destination.name': 't' }, async () => {
      log.info('batch applied');
      return 42;
    });
    expect(answer).toBe(42);
    const spans = exported.getFinishedSpans().filter(({ name }) => name === 'project t');
    const batch = spans.find(({ links }) => links.length > 0)!;
    expect(batch.links.map(({ context: linked }) => linked.traceId)).toEqual([first.traceId, second.traceId]);
    expect(spans.map((span) => span.spanContext().traceId).sort()).toEqual(
      [batch.spanContext().traceId, first.traceId, second.traceId].sort(),
    );
    expect(JSON.parse(lines[0]!)).toMatchObject({ traceId: batch.spanContext().traceId });
  });

  it('marks its span failed when the work throws, and throws', async () => {
    await expect(inConsumedBatch('project t', [], {}, () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(exported.getFinishedSpans()[0]!.status).toMatchObject({ code: 2, message: 'Error' });
  });

  it('reads no trace from a message without one, or with a malformed one', () => {
    expect(traceOfMessage(undefined)).toBeUndefined();
    expect(traceOfMessage({ traceparent: Buffer.from('00-zz-zz-01') })).toBeUndefined();
  });
});
