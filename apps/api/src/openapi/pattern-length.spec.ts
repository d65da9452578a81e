import { patternMaxLength } from './pattern-length';

describe('patternMaxLength', () => {
  it.each([
    ['^[a-z][a-z-]{0,59}$', 60],
    ['^[a-z][a-z0-9-]{0,79}$', 80],
    ['^\\d{4}-\\d{2}-\\d{2}$', 10],
    ['^[A-Z]{3}$', 3],
    ['^[A-Za-z0-9._:-]{1,128}$', 128],
    ['^ab?[\\]x]{2}$', 4],
  ])('reads %s as at most %d characters', (source, length) => {
    expect(patternMaxLength(source)).toBe(length);
  });

  it.each(['\\S', '^a+$', '^a*$', '^a{2,}$', '^(a|bc)$', '^a', 'a$', '^[a-z$'])('finds no bound in %s', (source) => {
    expect(patternMaxLength(source)).toBeUndefined();
  });
});
