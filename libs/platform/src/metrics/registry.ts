import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
  type Metric,
} from 'prom-client';

/**
 * The process's one registry, with Node's default process metrics (CPU, memory, event loop lag,
 * handles), made on first use. Every metric of every app is declared on it once per process, so
 * that the tests' several apps in one process share their counters instead of failing to
 * register the same name twice.
 */
let registry: Registry | undefined;

export function metricsRegistry(): Registry {
  if (!registry) {
    registry = new Registry();
    collectDefaultMetrics({ register: registry });
  }
  return registry;
}

/** The media type of the Prometheus text format (version 0.0.4). */
export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

/** Every metric of the process in the Prometheus text format: what `GET /metrics` answers. */
export function metricsText(): Promise<string> {
  return metricsRegistry().metrics();
}

function declared<M extends Metric>(name: string, make: (registers: Registry[]) => M): M {
  const existing = metricsRegistry().getSingleMetric(name);
  return (existing as M | undefined) ?? make([metricsRegistry()]);
}

/**
 * A counter on the process's registry, or the one already declared under its name. Label values
 * must come from closed lists (case types, command types, standard ids, outcomes, topics): never
 * a case id, a person, an address, a free text.
 */
export function counter<L extends string>(config: Omit<CounterConfiguration<L>, 'registers'>): Counter<L> {
  return declared(config.name, (registers) => new Counter({ ...config, registers }));
}

export function gauge<L extends string>(config: Omit<GaugeConfiguration<L>, 'registers'>): Gauge<L> {
  return declared(config.name, (registers) => new Gauge({ ...config, registers }));
}

export function histogram<L extends string>(config: Omit<HistogramConfiguration<L>, 'registers'>): Histogram<L> {
  return declared(config.name, (registers) => new Histogram({ ...config, registers }));
}

/** Latency buckets in seconds, from 5 ms to 10 s: a command is bounded at 5 s (COMMAND_TIMEOUT_MS). */
export const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Seconds since `started`, a `process.hrtime.bigint()` reading. */
export function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}
