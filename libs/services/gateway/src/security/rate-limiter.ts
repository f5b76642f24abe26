/**
 * A sliding-window counter (the previous fixed window weighted by how much of it still overlaps), per key,
 * in memory. Each gateway replica limits on its own; that is enough to blunt password guessing and runaway
 * clients, and lockout per account (in the database) covers guessing across replicas.
 */
export class SlidingWindowLimiter {
  private readonly windows = new Map<string, { start: number; current: number; previous: number }>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one hit; when over the limit, says after how many seconds the key may try again. */
  hit(key: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    this.sweep(now);
    const windowStart = now - (now % this.windowMs);
    let entry = this.windows.get(key);
    if (!entry || entry.start < windowStart - this.windowMs) {
      entry = { start: windowStart, current: 0, previous: 0 };
      this.windows.set(key, entry);
    } else if (entry.start < windowStart) {
      entry.previous = entry.current;
      entry.current = 0;
      entry.start = windowStart;
    }
    const overlap = 1 - (now - windowStart) / this.windowMs;
    const estimate = entry.previous * overlap + entry.current;
    if (estimate + 1 > this.limit) {
      // A hint: by the end of this window at least the previous window's weight is gone.
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + this.windowMs - now) / 1000)) };
    }
    entry.current++;
    return { allowed: true };
  }

  size(): number {
    return this.windows.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, entry] of this.windows) if (entry.start < now - 2 * this.windowMs) this.windows.delete(key);
  }
}
