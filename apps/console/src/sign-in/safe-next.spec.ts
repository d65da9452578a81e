import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path of the console and refuses anything that leaves it', () => {
    expect(safeNext('/cases/1?x=2')).toBe('/cases/1?x=2');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(undefined)).toBe('/');
  });
});
