import type { Admin, Kafka } from 'kafkajs';
import { serveHealth, type HealthChecks, type HealthServer } from '../health';

/**
 * `GET /health` of a process that uses Kafka (the worker, the notifier): its own checks and
 * `kafka`, a metadata request on one admin client kept for it and closed with the server.
 */
export async function serveHealthWithBrokers(port: number, kafka: Kafka, checks: HealthChecks, host?: string): Promise<HealthServer> {
  const admin = kafka.admin();
  const server = await serveHealth(port, { ...checks, kafka: () => brokersAnswer(admin) }, host);
  return {
    port: server.port,
    async close() {
      await server.close();
      await admin.disconnect();
    },
  };
}

async function brokersAnswer(admin: Admin): Promise<void> {
  // Connecting again after the brokers came back is kafkajs's own no-op when already connected.
  await admin.connect();
  await admin.describeCluster();
}
