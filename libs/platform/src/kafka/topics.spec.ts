import { enginesConfig } from '../config/engines.config';
import { ONE_COPY, replicationOf } from './topics';

describe('the copies of a deployment’s topics', () => {
  it('are one, held by one, unless KAFKA_REPLICATION_FACTOR and KAFKA_MIN_INSYNC_REPLICAS say more', () => {
    expect(replicationOf(enginesConfig({}))).toEqual({ replicationFactor: 1, minInsyncReplicas: 1 });
    expect(replicationOf(ONE_COPY)).toEqual({ replicationFactor: 1, minInsyncReplicas: 1 });
    expect(replicationOf(enginesConfig({ KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '2' }))).toEqual({
      replicationFactor: 3,
      minInsyncReplicas: 2,
    });
  });

  it('refuses a write that would wait for more copies than there are, naming the variable', () => {
    expect(() => replicationOf(enginesConfig({ KAFKA_REPLICATION_FACTOR: '2', KAFKA_MIN_INSYNC_REPLICAS: '3' }))).toThrow(
      'configuration: KAFKA_MIN_INSYNC_REPLICAS must be at most KAFKA_REPLICATION_FACTOR (2), got 3',
    );
  });

  it('refuses no copy at all', () => {
    expect(() => enginesConfig({ KAFKA_REPLICATION_FACTOR: '0' })).toThrow('KAFKA_REPLICATION_FACTOR must be an integer >= 1, got "0"');
  });
});
