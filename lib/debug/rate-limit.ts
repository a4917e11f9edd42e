/**
 * A budget per client: each may spend `perMinute` a minute, refilled continuously (a token
 * bucket, as nginx's `limit_req` and @fastify/rate-limit keep one per address). The debug
 * endpoint spends it on EXPLAIN, which asks the database for work no page asked for.
 */
export class PerClientRate {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly perMinute: () => number,
    readonly now: () => number = performance.now.bind(performance),
    /** Clients remembered at once; the one heard from least recently is forgotten first. */
    readonly maxClients = 1024,
  ) {}

  /** Spends one unit of the client's budget; false, with the seconds until one is back, when it has none left. */
  take(client: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const limit = this.perMinute();
    const now = this.now();
    const bucket = this.#buckets.get(client) ?? { tokens: limit, at: now };
    this.#buckets.delete(client);
    bucket.tokens = Math.min(limit, bucket.tokens + ((now - bucket.at) * limit) / 60_000);
    bucket.at = now;
    this.#buckets.set(client, bucket);
    if (this.#buckets.size > this.maxClients) this.#buckets.delete(this.#buckets.keys().next().value!);
    if (bucket.tokens < 1) return { ok: false, retryAfterSeconds: Math.ceil(((1 - bucket.tokens) * 60) / limit) };
    bucket.tokens -= 1;
    return { ok: true };
  }
}
