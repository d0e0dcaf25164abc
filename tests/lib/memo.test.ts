import { describe, expect, it } from 'vitest';
import { remembered, rememberedWithin } from '../../lib/memo';

describe('remembered', () => {
  it('computes a key once and gives the stored value after', () => {
    const store = new Map<string, number>();
    let calls = 0;
    const length = (word: string) => {
      calls++;
      return word.length;
    };
    expect(remembered(store, 'apple', length)).toBe(5);
    expect(remembered(store, 'apple', length)).toBe(5);
    expect(remembered(store, 'fig', length)).toBe(3);
    expect(calls).toBe(2);
    expect([...store]).toEqual([
      ['apple', 5],
      ['fig', 3],
    ]);
  });

  it('keeps a null or undefined value without computing it again', () => {
    const store = new Map<string, string | null | undefined>();
    let calls = 0;
    const nothing = () => {
      calls++;
      return calls === 1 ? null : undefined;
    };
    expect(remembered(store, 'a', nothing)).toBeNull();
    expect(remembered(store, 'a', nothing)).toBeNull();
    expect(remembered(store, 'b', nothing)).toBeUndefined();
    expect(remembered(store, 'b', nothing)).toBeUndefined();
    expect(calls).toBe(2);
  });

  it('stores by object in a WeakMap', () => {
    const store = new WeakMap<object, number>();
    const key = {};
    expect(remembered(store, key, () => 1)).toBe(1);
    expect(remembered(store, key, () => 2)).toBe(1);
    expect(remembered(store, {}, () => 3)).toBe(3);
  });
});

describe('rememberedWithin', () => {
  it('starts over once the store holds its limit, keeping a stored key until then', () => {
    const store = new Map<string, number>();
    const length = (word: string) => word.length;
    rememberedWithin(store, 2, 'apple', length);
    rememberedWithin(store, 2, 'fig', length);
    expect(rememberedWithin(store, 2, 'apple', length)).toBe(5);
    expect([...store.keys()]).toEqual(['apple', 'fig']);
    expect(rememberedWithin(store, 2, 'kiwi', length)).toBe(4);
    expect([...store.keys()]).toEqual(['kiwi']);
  });
});
