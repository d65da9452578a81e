import { settledTopicOffsets } from './topic-offsets';

const OFFSETS = [{ partition: 0, offset: '4', high: '4', low: '0' }];
/** kafkajs 2.2.4's own words when the broker asked knows no partition of the topic. */
const unknownPartitions = () => new TypeError("Cannot destructure property 'partitions' of 'high.pop(...)' as it is undefined.");

/** What kafkajs throws when the broker asked no longer leads the partition (its `retriable` flag set). */
const notLeader = () =>
  Object.assign(new Error('This server is not the leader for that topic-partition'), { name: 'KafkaJSProtocolError', retriable: true });

describe('a topic’s offsets on several brokers', () => {
  it('are asked again while the broker asked does not know the topic’s partitions', async () => {
    const fetchTopicOffsets = jest
      .fn()
      .mockRejectedValueOnce(unknownPartitions())
      .mockRejectedValueOnce(unknownPartitions())
      .mockResolvedValue(OFFSETS);
    await expect(settledTopicOffsets({ fetchTopicOffsets }, 'entente.email-request.events', 5, 1)).resolves.toEqual(OFFSETS);
    expect(fetchTopicOffsets).toHaveBeenCalledTimes(3);
  });

  it('are asked again while leadership moves', async () => {
    const fetchTopicOffsets = jest.fn().mockRejectedValueOnce(notLeader()).mockResolvedValue(OFFSETS);
    await expect(settledTopicOffsets({ fetchTopicOffsets }, 'entente.email-request.events', 5, 1)).resolves.toEqual(OFFSETS);
    expect(fetchTopicOffsets).toHaveBeenCalledTimes(2);
  });

  it('are not asked again for any other error, nor past the attempts allowed', async () => {
    const refused = jest.fn().mockRejectedValue(new Error('Not authorized'));
    await expect(settledTopicOffsets({ fetchTopicOffsets: refused }, 't', 5, 1)).rejects.toThrow('Not authorized');
    expect(refused).toHaveBeenCalledTimes(1);
    const never = jest.fn().mockRejectedValue(unknownPartitions());
    await expect(settledTopicOffsets({ fetchTopicOffsets: never }, 't', 3, 1)).rejects.toThrow(TypeError);
    expect(never).toHaveBeenCalledTimes(3);
  });
});
