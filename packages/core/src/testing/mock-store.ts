/**
 * The state of a provider mock: records by id, stored as deep copies so a test can never mutate the
 * mock's state by accident. `reset()` between tests.
 */
export class MockStore<T extends object> {
  #records = new Map<string, T>();
  #sequence = 0;

  /** A new id: `prefix` followed by a zero-padded sequence number, unique within this store. */
  nextId(prefix = ''): string {
    this.#sequence += 1;
    return `${prefix}${String(this.#sequence).padStart(6, '0')}`;
  }

  /** Stores a copy of `record` under `id` (replacing any record there) and returns another copy. */
  insert(id: string, record: T): T {
    this.#records.set(id, structuredClone(record));
    return structuredClone(record);
  }

  /** A copy of the record stored under `id`, or `undefined`. */
  get(id: string): T | undefined {
    const record = this.#records.get(id);
    return record === undefined ? undefined : structuredClone(record);
  }

  /** Merges `patch` into the record; returns the new record or `undefined` when there is none. */
  update(id: string, patch: Partial<T>): T | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    const next = { ...record, ...structuredClone(patch) };
    this.#records.set(id, next);
    return structuredClone(next);
  }

  /** Removes the record; `false` when there was none. */
  delete(id: string): boolean {
    return this.#records.delete(id);
  }

  /** Every record, in insertion order. */
  all(): T[] {
    return [...this.#records.values()].map((record) => structuredClone(record));
  }

  /** The first record that satisfies `predicate`. */
  find(predicate: (record: T) => boolean): T | undefined {
    for (const record of this.#records.values()) if (predicate(record)) return structuredClone(record);
    return undefined;
  }

  /** How many records are stored. */
  get size(): number {
    return this.#records.size;
  }

  /** Removes every record and restarts the id sequence. */
  reset(): void {
    this.#records.clear();
    this.#sequence = 0;
  }
}
