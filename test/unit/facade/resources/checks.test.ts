import { describe, expect, it } from 'vitest';
import { isObject, repeatsBy } from '../../../../src/facade/resources/checks.js';

describe('repeatsBy', () => {
  it('names every later entry that repeats a key, with the index of the first one', () => {
    const list = [{ url: 'a' }, { url: 'b' }, { url: 'a', label: 'x' }, { url: 'a' }, { url: 'b' }];
    expect(repeatsBy(list, 'url')).toEqual([
      { index: 2, first: 0, value: 'a' },
      { index: 3, first: 0, value: 'a' },
      { index: 4, first: 1, value: 'b' },
    ]);
  });

  it('skips entries without the key and entries that are not objects; null is a value', () => {
    expect(repeatsBy([{}, {}, 'a', 'a', null, null, [1], [1], { t: null }, { t: null }], 't')).toEqual([{ index: 9, first: 8, value: null }]);
  });

  it('returns nothing for a missing or non-array list', () => {
    expect([repeatsBy(undefined, 'k'), repeatsBy(null, 'k'), repeatsBy({ k: 1 }, 'k')]).toEqual([[], [], []]);
  });
});

describe('isObject', () => {
  it.each([
    [{}, true],
    [[], false],
    [null, false],
    ['s', false],
  ])('%j -> %s', (value, expected) => {
    expect(isObject(value)).toBe(expected);
  });
});
