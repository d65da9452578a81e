import {
  context,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  TraceFlags,
  type Attributes,
  type SpanContext,
  type TextMapGetter,
} from '@opentelemetry/api';

type KafkaHeaders = Record<string, Buffer | string | (Buffer | string)[] | undefined>;

const kafkaHeaders: TextMapGetter<KafkaHeaders> = {
  keys: (headers) => Object.keys(headers),
  get: (headers, key) => {
    const value = headers[key];
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined ? undefined : first.toString();
  },
};

/** The trace a consumed message carries in its headers (W3C `traceparent`), if any. */
export function traceOfMessage(headers: KafkaHeaders | undefined): SpanContext | undefined {
  const found = trace.getSpanContext(propagation.extract(ROOT_CONTEXT, headers ?? {}, kafkaHeaders));
  return found && isSpanContextValid(found) ? found : undefined;
}

/**
 * Runs a consumer's `work` on a batch in a span of its own, linked to each message's trace; each
 * sampled trace the batch carries also gets a span of the same name and length, so that the trace
 * begun by a person's request shows where its events were applied (ADR 0033).
 */
export async function inConsumedBatch<T>(
  name: string,
  messages: readonly { headers?: KafkaHeaders }[],
  attributes: Attributes,
  work: () => Promise<T>,
): Promise<T> {
  const tracer = trace.getTracer('entente');
  const traces = distinct(messages.flatMap(({ headers }) => traceOfMessage(headers) ?? []));
  const links = traces.map((linked) => ({ context: linked }));
  const span = tracer.startSpan(name, { kind: SpanKind.CONSUMER, attributes, links }, ROOT_CONTEXT);
  const startTime = Date.now();
  try {
    return await context.with(trace.setSpan(ROOT_CONTEXT, span), work);
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'failed' });
    throw error;
  } finally {
    span.end();
    const batch = [{ context: span.spanContext() }];
    for (const parent of traces.filter(({ traceFlags }) => traceFlags & TraceFlags.SAMPLED)) {
      const inTrace = trace.setSpanContext(ROOT_CONTEXT, parent);
      tracer.startSpan(name, { kind: SpanKind.CONSUMER, attributes, startTime, links: batch }, inTrace).end();
    }
  }
}

function distinct(contexts: SpanContext[]): SpanContext[] {
  return [...new Map(contexts.map((found) => [`${found.traceId}-${found.spanId}`, found])).values()];
}
