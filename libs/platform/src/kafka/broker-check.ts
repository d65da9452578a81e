import type { Admin, Kafka } from 'kafkajs';

/** A health check that the brokers answer (a metadata request), on one admin client kept for it. */
export class BrokerCheck {
  private readonly admin: Admin;

  constructor(kafka: Kafka) {
    this.admin = kafka.admin();
  }

  readonly check = async (): Promise<void> => {
    // Connecting again after the brokers came back is kafkajs's own no-op when already connected.
    await this.admin.connect();
    await this.admin.describeCluster();
  };

  close(): Promise<void> {
    return this.admin.disconnect();
  }
}
