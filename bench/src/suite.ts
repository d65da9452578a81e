// The benchmarks, in the order they run: every export here is a Benchmark (main.ts runs them
// all), so adding one is one line.
export { projectionThroughput } from './projection.bench';
export { publishThroughput } from './publish.bench';
export { encryptionCost } from './encryption.bench';
export { caseThroughput } from './case-throughput.bench';
export { commandLatency } from './latency.bench';
export { openCases } from './open-cases.bench';
export { consolePages } from './console.bench';
// Item 6, the auditors' rebuild rate, is measured inside projectionThroughput, on the events and
// read models it leaves (projection/rebuild-rate.ts).
