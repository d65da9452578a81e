import { SendsInFlight } from './sends-in-flight';

/** A send the test settles by hand, as a broker that comes back (or does not) would. */
function pendingSend() {
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  return { send: jest.fn(() => promise), settle };
}

describe('one send of a batch at a time', () => {
  it('lets a new attempt wait for the send still in flight instead of sending a second copy', async () => {
    const sends = new SendsInFlight();
    const first = pendingSend();
    const abandoned = sends.once('case-1:3+2', first.send);
    const second = jest.fn(() => Promise.resolve());
    const retried = sends.once('case-1:3+2', second);
    first.settle.resolve();
    await Promise.all([abandoned, retried]);
    expect(first.send).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });

  it('sends once more, once, when the send in flight failed', async () => {
    const sends = new SendsInFlight();
    const first = pendingSend();
    const abandoned = sends.once('case-1:3+2', first.send);
    const again = jest.fn(() => Promise.resolve());
    const retries = [sends.once('case-1:3+2', again), sends.once('case-1:3+2', again)];
    first.settle.reject(new Error('Request timed out'));
    await expect(abandoned).rejects.toThrow('Request timed out');
    await Promise.all(retries);
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('keeps other batches apart', async () => {
    const sends = new SendsInFlight();
    const first = pendingSend();
    const held = sends.once('case-1:3+2', first.send);
    const other = jest.fn(() => Promise.resolve());
    await sends.once('case-2:1+1', other);
    expect(other).toHaveBeenCalledTimes(1);
    first.settle.resolve();
    await held;
  });

  it('sends nothing for an attempt that comes after the batch was published', async () => {
    const sends = new SendsInFlight();
    await sends.once('case-1:3+2', () => Promise.resolve());
    const late = jest.fn(() => Promise.resolve());
    await sends.once('case-1:3+2', late);
    expect(late).not.toHaveBeenCalled();
  });

  it('forgets the oldest batches past what it remembers', async () => {
    const sends = new SendsInFlight(2);
    for (const batch of ['a+1', 'b+1', 'c+1']) await sends.once(batch, () => Promise.resolve());
    const again = jest.fn(() => Promise.resolve());
    await sends.once('a+1', again);
    await sends.once('c+1', again);
    expect(again).toHaveBeenCalledTimes(1);
  });
});
