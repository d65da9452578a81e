'use strict';
// Health check of the Kafka broker: exits 0 when 127.0.0.1:PORT answers a real Kafka request
// (Metadata, through kafkajs's admin describeCluster) naming at least one broker, else 1.
// A bare TCP check is not enough: the port opens before the broker can serve requests.
// Usage: node infra/kafka/health.js 127.0.0.1:19092
const { Kafka, logLevel } = require('kafkajs');

const broker = process.argv[2] || '127.0.0.1:9092';
const budgetMs = Number(process.env.ENTENTE_KAFKA_HEALTH_TIMEOUT_MS || 5000);

// kafkajs retries with backoff on its own; one overall deadline keeps the check short.
const deadline = setTimeout(() => {
  console.error(`kafka health: ${broker} did not answer within ${budgetMs} ms`);
  process.exit(1);
}, budgetMs);

async function main() {
  const kafka = new Kafka({
    clientId: 'entente-health',
    brokers: [broker],
    connectionTimeout: 1000,
    requestTimeout: 2000,
    retry: { retries: 0 },
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    if (!cluster.brokers.length) throw new Error('no broker in the metadata');
    console.log(JSON.stringify({ broker, clusterId: cluster.clusterId, brokers: cluster.brokers.length }));
    return 0;
  } catch (err) {
    console.error(`kafka health: ${broker}: ${err && err.message ? err.message : err}`);
    return 1;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

main().then((code) => {
  clearTimeout(deadline);
  process.exit(code);
});
