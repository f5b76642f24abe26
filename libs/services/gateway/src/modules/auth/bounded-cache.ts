/**
 * A small in-memory cache with a size bound, freshness and single-flight loading, for the per-request session
 * check. At most `max` entries (the least recently used go first); an entry is fresh for `ttlMs` after it was
 * stored; entries unused for `keepMs` are swept (at most once per `ttlMs`, on use). Concurrent loads of one key
 * share one loader call; an entry deleted while its load is in flight is not stored when the load ends.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; storedAt: number }>();
  private readonly loading = new Map<string, Promise<V>>();
  private lastSweep = 0;

  constructor(
    readonly max: number,
    readonly ttlMs: number,
    readonly keepMs: number = ttlMs,
  ) {}

  /** The value if it is fresh; marks it recently used. */
  get(key: string, now = Date.now()): V | undefined {
    this.sweep(now);
    const entry = this.entries.get(key);
    if (!entry || now - entry.storedAt > this.ttlMs) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** The value even if it is no longer fresh (what a reload may carry over), without marking it used. */
  peek(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  set(key: string, value: V, now = Date.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: now });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** The fresh value, or the result of `loader`, stored; one loader call at a time per key. */
  load(key: string, loader: () => Promise<V>, now = Date.now()): Promise<V> {
    const fresh = this.get(key, now);
    if (fresh !== undefined) return Promise.resolve(fresh);
    const inFlight = this.loading.get(key);
    if (inFlight) return inFlight;
    const pending: Promise<V> = loader().then(
      (value) => {
        // Not stored if the key was deleted (sign-out, account change) while the load ran.
        if (this.loading.get(key) === pending) {
          this.loading.delete(key);
          this.set(key, value, Date.now());
        }
        return value;
      },
      (error: unknown) => {
        if (this.loading.get(key) === pending) this.loading.delete(key);
        this.entries.delete(key);
        throw error;
      },
    );
    this.loading.set(key, pending);
    return pending;
  }

  delete(key: string): void {
    this.entries.delete(key);
    this.loading.delete(key);
  }

  /** Deletes every entry that matches; loads in flight are not stored either (their keys' values are unknown yet). */
  deleteWhere(matches: (value: V) => boolean): void {
    for (const [key, entry] of this.entries) if (matches(entry.value)) this.entries.delete(key);
    this.loading.clear();
  }

  size(): number {
    return this.entries.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.ttlMs) return;
    this.lastSweep = now;
    for (const [key, entry] of this.entries) if (now - entry.storedAt > this.keepMs) this.entries.delete(key);
  }
}
