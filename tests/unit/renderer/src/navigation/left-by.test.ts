import { describe, expect, it } from 'vitest';
import { hashText } from '../../../../../renderer/src/navigation/left-by';

describe("the hash a page's control is found again by", () => {
  it('is FNV-1a over the text: the published test vectors', () => {
    expect(hashText('')).toBe(0x811c9dc5);
    expect(hashText('a')).toBe(0xe40c292c);
    expect(hashText('foobar')).toBe(0xbf9cf968);
  });

  it('tells apart names that differ in one character, and stays a 32-bit unsigned number', () => {
    const first = hashText('button\u0000\u0000Open Reflection 1, 3 December');
    const second = hashText('button\u0000\u0000Open Reflection 2, 3 December');
    expect(first).not.toBe(second);
    for (const hash of [first, second]) expect(hash >>> 0).toBe(hash);
  });
});
