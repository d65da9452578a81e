import { storableJson } from './write-rows';

describe('storableJson', () => {
  const read = (value: string) => (JSON.parse(storableJson([{ value }])) as { value: string }[])[0]!.value;

  it('turns half of a surrogate pair into U+FFFD, as a text parameter stored it', () => {
    expect(read('a\ud800b')).toBe('a\ufffdb');
    expect(read('\udc00')).toBe('\ufffd');
    expect(read('\\\ud800')).toBe('\\\ufffd');
  });

  it('keeps whole pairs and text that only looks like an escape', () => {
    expect(read('Québec 😀')).toBe('Québec 😀');
    expect(read('\\ud800')).toBe('\\ud800');
    expect(read('\\\\ud800')).toBe('\\\\ud800');
  });
});
