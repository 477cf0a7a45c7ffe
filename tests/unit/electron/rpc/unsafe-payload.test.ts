import { describe, expect, it } from 'vitest';
import { findUnsafeValue } from '../../../../electron/rpc/unsafe-payload';

describe('findUnsafeValue', () => {
  it('accepts JSON-safe data', () => {
    expect(findUnsafeValue({ a: [1, 'two', true, null, { b: undefined }] })).toBeNull();
    expect(findUnsafeValue(Object.create(null))).toBeNull();
  });

  it.each([
    ['__proto__', JSON.parse('{"__proto__":{}}'), 'forbidden key'],
    ['constructor', { constructor: 1 }, 'forbidden key'],
    ['NaN', { a: Number.NaN }, 'finite'],
    ['Infinity deep in an array', { a: [[Number.POSITIVE_INFINITY]] }, 'input.a[0][0]'],
    ['a function', { a: () => 1 }, 'not data'],
    ['a Date', { a: new Date() }, 'plain object'],
    ['a Map', new Map(), 'plain object'],
    ['a symbol key', { [Symbol('s')]: 1 }, 'symbol'],
    ['a bigint', { a: 1n }, 'not data'],
  ])('refuses %s, naming where', (_label, value, expected) => {
    expect(findUnsafeValue(value)).toContain(expected);
  });

  it('refuses absurd nesting', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 40; i++) deep = { deep };
    expect(findUnsafeValue(deep)).toContain('nested too deeply');
  });
});
