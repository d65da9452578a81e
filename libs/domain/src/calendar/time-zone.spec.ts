import { InvalidCommand } from '../shared/errors';
import { instantAt, localDateOf, wallOf } from './time-zone';

const TORONTO = 'America/Toronto';

describe('localDateOf', () => {
  it.each([
    ['2026-11-24T04:30:00Z', TORONTO, '2026-11-23'], // 23:30 EST the day before
    ['2026-07-09T03:59:00Z', TORONTO, '2026-07-08'], // 23:59 EDT the day before
    ['2026-11-24T05:00:00Z', TORONTO, '2026-11-24'], // midnight EST
    ['2026-11-23T23:30:00-05:00', 'Europe/Paris', '2026-11-24'], // 05:30 in Paris
    ['2026-11-24T04:30:00Z', 'UTC', '2026-11-24'],
  ])('%s in %s is %s', (instant, timeZone, date) => {
    expect(localDateOf(instant, timeZone)).toBe(date);
  });

  it('names the bad parameter', () => {
    expect(() => localDateOf('2026-11-24', TORONTO)).toThrow(expect.objectContaining({ field: 'instant' }));
    expect(() => localDateOf('2026-11-24T04:30:00Z', 'Mars/Olympus')).toThrow(expect.objectContaining({ field: 'timeZone' }));
  });
});

describe('instantAt', () => {
  it.each([
    { why: '17:00 EST', date: '2026-11-27', time: '17:00', instant: '2026-11-27T22:00:00.000Z' },
    { why: '17:00 EDT', date: '2026-07-14', time: '17:00', instant: '2026-07-14T21:00:00.000Z' },
    { why: 'spring-forward day, after the change', date: '2026-03-08', time: '17:00', instant: '2026-03-08T21:00:00.000Z' },
    { why: 'spring-forward day, before the change', date: '2026-03-08', time: '01:00', instant: '2026-03-08T06:00:00.000Z' },
    {
      why: '02:30 does not exist on 2026-03-08: moved forward to 03:30 EDT',
      date: '2026-03-08',
      time: '02:30',
      instant: '2026-03-08T07:30:00.000Z',
    },
    {
      why: '01:30 happens twice on 2026-11-01: the first (EDT) wins',
      date: '2026-11-01',
      time: '01:30',
      instant: '2026-11-01T05:30:00.000Z',
    },
    { why: 'fall-back day, after the change', date: '2026-11-01', time: '03:00', instant: '2026-11-01T08:00:00.000Z' },
    { why: 'seconds and milliseconds', date: '2026-11-27', time: '16:59:59.999', instant: '2026-11-27T21:59:59.999Z' },
  ])('$why', ({ date, time, instant }) => {
    expect(instantAt(date, time, TORONTO)).toBe(instant);
  });

  it.each([
    ['localDate', () => instantAt('2026-13-01', '17:00', TORONTO)],
    ['time', () => instantAt('2026-11-27', '24:00', TORONTO)],
    ['time', () => instantAt('2026-11-27', '5pm', TORONTO)],
  ])('rejects a bad %s', (field, call) => {
    expect(call).toThrow(InvalidCommand);
    expect(call).toThrow(expect.objectContaining({ field }));
  });
});

describe('wallOf', () => {
  /** The wall clock as the formatter's parts give it, the way it was read before its text was. */
  function wallFromParts(ms: number, timeZone: string): number {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    const part = (type: string) => Number(formatter.formatToParts(ms).find((p) => p.type === type)!.value);
    return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  }

  it.each(['America/Toronto', 'Asia/Kathmandu', 'Pacific/Chatham', 'Europe/Paris', 'UTC'])(
    'reads the same wall clock as the formatter parts, across a year and its changes of offset, in %s',
    (timeZone) => {
      const start = Date.parse('2026-01-01T00:00:00.000Z');
      for (let ms = start; ms < start + 366 * 86_400_000; ms += 3_517_000) {
        const seconds = Math.floor(ms / 1000) * 1000;
        expect({ ms, wall: wallOf(ms, timeZone) - ms }).toEqual({ ms, wall: wallFromParts(seconds, timeZone) - seconds });
      }
    },
  );
});
