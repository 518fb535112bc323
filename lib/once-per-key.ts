type TStore<K, V> = { get(key: K): V | undefined; set(key: K, value: V): unknown }

/**
 * `compute`, run once for each key: later calls with the same key get the first answer. Pass a
 * WeakMap to let an answer go with its key object.
 */
export function oncePerKey<K, V>(compute: (key: K) => V, store: TStore<K, V> = new Map<K, V>()): (key: K) => V {
  return (key) => {
    let value = store.get(key)
    if (value === undefined) store.set(key, (value = compute(key)))
    return value
  }
}
