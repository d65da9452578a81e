import { messagesRead, reached, samePositions } from './positions';
import { rebuildSchemaName } from './rebuild-read-models';

describe('projection positions', () => {
  const at = (entries: [string, bigint][]) => new Map(entries);

  it('has reached a target when every partition the target names is at or past it', () => {
    expect(
      reached(
        at([
          ['t#0', 5n],
          ['t#1', 3n],
        ]),
        at([
          ['t#0', 5n],
          ['t#1', 2n],
        ]),
      ),
    ).toBe(true);
    expect(
      reached(
        at([['t#0', 5n]]),
        at([
          ['t#0', 5n],
          ['t#1', 1n],
        ]),
      ),
    ).toBe(false);
    expect(reached(at([]), at([['t#0', 0n]]))).toBe(true); // an empty partition needs nothing
  });

  it('stands at the same positions only when each has reached the other', () => {
    expect(samePositions(at([['t#0', 5n]]), at([['t#0', 5n]]))).toBe(true);
    expect(samePositions(at([['t#0', 5n]]), at([['t#0', 4n]]))).toBe(false);
    expect(
      samePositions(
        at([
          ['t#0', 5n],
          ['t#1', 1n],
        ]),
        at([['t#0', 5n]]),
      ),
    ).toBe(false);
  });

  it('counts the messages behind the positions', () => {
    expect(
      messagesRead(
        at([
          ['t#0', 5n],
          ['u#2', 7n],
        ]),
      ),
    ).toBe(12);
  });

  it('names a rebuild schema after its UTC instant, unique within the second', () => {
    const now = new Date('2026-11-23T15:04:05.678Z');
    expect(rebuildSchemaName(now)).toMatch(/^rebuild_20261123_150405_[0-9a-f]{4}$/);
  });
});
