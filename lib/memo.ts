/**
 * Look up, else compute and store: a value worked out once for its key and read back after (a
 * word's features, a sentence's start, a candidate's core). Pure, below every layer of lib/.
 */

/** What keeps the values: a `Map` or a `WeakMap`. */
export interface KeyedStore<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): unknown;
}

/** The value stored for `key`, computed by `compute` and stored the first time it is asked for. */
export function remembered<K, V>(store: KeyedStore<K, V>, key: K, compute: (key: K) => V): V {
  const known = store.get(key);
  // One lookup where a value is stored; `has` tells a stored undefined from a miss.
  if (known !== undefined || store.has(key)) return known as V;
  const value = compute(key);
  store.set(key, value);
  return value;
}

/**
 * `remembered` in a map that starts over once it holds `limit` values: a cache fed by the texts read
 * (their words, their features) stays bounded however many texts a long-lived worker reads.
 */
export function rememberedWithin<K, V>(store: Map<K, V>, limit: number, key: K, compute: (key: K) => V): V {
  if (store.size >= limit && !store.has(key)) store.clear();
  return remembered(store, key, compute);
}
