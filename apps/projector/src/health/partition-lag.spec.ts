import { lagOf } from './partition-lag';

describe('partition lag', () => {
  it('is the latest offset minus the checkpoint, the whole partition when never read', () => {
    const latest = [
      { topic: 't', partition: 0, offset: '12' },
      { topic: 't', partition: 1, offset: '5' },
      { topic: 't', partition: 2, offset: '0' },
    ];
    expect(lagOf(latest, new Map([['t#0', '9']]))).toEqual([
      { topic: 't', partition: 0, latestOffset: '12', checkpoint: '9', lag: 3 },
      { topic: 't', partition: 1, latestOffset: '5', checkpoint: '0', lag: 5 },
      { topic: 't', partition: 2, latestOffset: '0', checkpoint: '0', lag: 0 },
    ]);
  });

  it('is never negative: a topic recreated behind a stored checkpoint reads as caught up', () => {
    expect(lagOf([{ topic: 't', partition: 0, offset: '3' }], new Map([['t#0', '7']]))[0]!.lag).toBe(0);
  });
});
