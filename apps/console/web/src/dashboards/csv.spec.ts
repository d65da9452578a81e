import { describe, expect, it } from '@jest/globals';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes what needs quoting and leaves nulls empty', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          { a: 'x, "y"', b: null },
          { a: 3, b: 0.5 },
        ],
      ),
    ).toBe('a,b\r\n"x, ""y""",\r\n3,0.5\r\n');
  });
});
