'use strict';
// Health check of the Kafka brokers: exits 0 when every address given answers a real Kafka
// request (Metadata, through kafkajs's admin describeCluster) whose answer names at least as many
// brokers as were given (a broker the controller has fenced is not named), else 1.
// A bare TCP check is not enough: the port opens before the broker can serve requests.
// Usage: node infra/kafka/health.js 127.0.0.1:19092 [127.0.0.1:19102 ...]
const { Kafka, logLevel } = require('kafkajs');

const brokers = process.argv.length > 2 ? process.argv.slice(2) : ['127.0.0.1:9092'];
const budgetMs = Number(process.env.ENTENTE_KAFKA_HEALTH_TIMEOUT_MS || 5000);

// kafkajs retries with backoff on its own; one overall deadline keeps the check short.
const deadline = setTimeout(() => {
  console.error(`kafka health: ${brokers.join(', ')} did not answer within ${budgetMs} ms`);
  process.exit(1);
}, budgetMs);

/** Asks one broker alone (a client given one address talks to that one for metadata). */
async function check(broker) {
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
    if (cluster.brokers.length < brokers.length) {
      throw new Error(`names ${cluster.brokers.length} broker(s) of ${brokers.length}`);
    }
    return { broker, clusterId: cluster.clusterId, brokers: cluster.brokers.length };
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

async function main() {
  const answers = await Promise.allSettled(brokers.map(check));
  const failed = answers.flatMap((answer, i) =>
    answer.status === 'rejected'
      ? [`${brokers[i]}: ${answer.reason && answer.reason.message ? answer.reason.message : answer.reason}`]
      : [],
  );
  if (failed.length > 0) {
    for (const line of failed) console.error(`kafka health: ${line}`);
    return 1;
  }
  const ids = new Set(answers.map((answer) => answer.value.clusterId));
  if (ids.size > 1) {
    console.error(`kafka health: the brokers belong to different clusters: ${[...ids].join(', ')}`);
    return 1;
  }
  for (const answer of answers) console.log(JSON.stringify(answer.value));
  return 0;
}

main().then((code) => {
  clearTimeout(deadline);
  process.exit(code);
});
