import { context, propagation, trace, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ZipkinExporter } from '@opentelemetry/exporter-zipkin';
import { Resource } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Env } from '../config/env';
import { loadConfig } from '../config/load-config';
import { oneOf, text } from '../config/settings';

export const TRACES_EXPORTERS = ['none', 'otlp', 'zipkin'] as const;

export const TRACING_SETTINGS = {
  /** Where spans go: nowhere (ids still made, for the logs), an OTLP/HTTP collector, or a Zipkin server. */
  exporter: oneOf('TRACES_EXPORTER', TRACES_EXPORTERS, 'none'),
  /** The OTLP/HTTP endpoint for spans (the OpenTelemetry variable). */
  otlpEndpoint: text('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'http://127.0.0.1:4318/v1/traces'),
  /** Zipkin's span intake (`npm run traces` starts one locally). */
  zipkinUrl: text('ZIPKIN_URL', 'http://127.0.0.1:9411/api/v2/spans'),
};

/** This process's tracing: the exporter its spans go to (the worker hands it to its workflows' sink too). */
export interface Tracing {
  readonly tracer: Tracer;
  readonly exporter: SpanExporter;
  readonly resource: Resource;
  /** Sends what is buffered and stops: the last spans of a process that ends are not lost. */
  shutdown(): Promise<void>;
}

/** Exports nothing: with `TRACES_EXPORTER=none` spans are not sampled, and the workflows' sink still has a target. */
const NOWHERE: SpanExporter = {
  export: (_spans: ReadableSpan[], done) => done({ code: 0 }),
  shutdown: () => Promise.resolve(),
};

/** Where spans go in a process that did not start tracing (a test's worker): nowhere. */
export const UNTRACED: Pick<Tracing, 'exporter' | 'resource'> = {
  exporter: NOWHERE,
  resource: new Resource({ 'service.name': 'entente' }),
};

/** Whether the process sends its spans anywhere (`TRACES_EXPORTER` other than `none`). */
export function exportsSpans(tracing: Pick<Tracing, 'exporter'>): boolean {
  return tracing.exporter !== NOWHERE;
}

function exporterOf(settings: ReturnType<typeof tracingSettings>): SpanExporter {
  if (settings.exporter === 'otlp') return new OTLPTraceExporter({ url: settings.otlpEndpoint });
  if (settings.exporter === 'zipkin') return new ZipkinExporter({ url: settings.zipkinUrl });
  return NOWHERE;
}

const tracingSettings = (env: Env) => loadConfig(TRACING_SETTINGS, env);

/**
 * Registers this process's tracer provider and the W3C trace-context propagator, once, at the
 * start of its main: spans of the HTTP request, the Temporal calls and activities, the Kafka
 * messages and the projector's batches join one trace across processes (ADR 0033).
 * Without an exporter nothing is sampled, yet every span has ids, which the logs carry.
 */
export function startTracing(service: string, env: Env = process.env): Tracing {
  const settings = tracingSettings(env);
  const exporter = exporterOf(settings);
  const resource = new Resource({ 'service.name': service });
  const root = settings.exporter === 'none' ? new AlwaysOffSampler() : new AlwaysOnSampler();
  const provider = new NodeTracerProvider({
    resource,
    sampler: new ParentBasedSampler({ root }),
    spanProcessors: settings.exporter === 'none' ? [] : [new BatchSpanProcessor(exporter)],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return {
    tracer: trace.getTracer('entente'),
    exporter,
    resource,
    shutdown: () => provider.shutdown(),
  };
}

/** The trace context of the current span as W3C headers (`traceparent`), to carry in a message. */
export function traceHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  propagation.inject(context.active(), headers);
  return headers;
}
