import { LRUCache } from 'lru-cache';

/** Who an active API key belongs to. */
export interface Caller {
  businessId: string;
  userId: string | null;
}

/**
 * How many keys an instance keeps and for how long. The TTL is a backstop only: revocations
 * reach every instance through the database's notifications at once (jobs/api-key-revocations.ts).
 */
export const apiKeyCacheLimits = { maxKeys: 10_000, ttlMs: 60_000 };

/**
 * Active API keys by hash, so a request costs no key lookup once its key has been seen.
 * Trusted only while this instance listens for revocations: before the listener has connected
 * and whenever it has lost its connection, every request looks its key up afresh and nothing
 * is kept, so a revoked key is never served from memory. Only keys found active are kept: an
 * unknown key is looked up each time, so a key created a moment later works at once and random
 * bad keys take no room.
 */
export class ApiKeyCache {
  readonly #callers: LRUCache<string, Caller>;
  #trusted = false;
  /**
   * Moves on every forgetting, so that a lookup that was in flight across one (it may have read
   * the key just before its revocation) is answered but not kept.
   */
  #generation = 0;

  constructor(limits = apiKeyCacheLimits) {
    this.#callers = new LRUCache({ max: limits.maxKeys, ttl: limits.ttlMs });
  }

  /** The key's caller, from memory while trusted, else through `find` (and kept, if nothing was forgotten meanwhile). */
  async callerFor(keyHash: string, find: (keyHash: string) => Promise<Caller | undefined>): Promise<Caller | undefined> {
    if (this.#trusted) {
      const known = this.#callers.get(keyHash);
      if (known) return known;
    }
    const generation = this.#generation;
    const caller = await find(keyHash);
    if (caller && this.#trusted && generation === this.#generation) this.#callers.set(keyHash, caller);
    return caller;
  }

  /** A key was revoked somewhere: forget every key (revocations are rare; the active ones are looked up again once). */
  forgetAll(): void {
    this.#generation += 1;
    this.#callers.clear();
  }

  /** Revocations are heard from now on: keys may be kept. */
  trust(): void {
    this.forgetAll();
    this.#trusted = true;
  }

  /** Revocations may go unheard: forget every key and keep none until `trust`. */
  distrust(): void {
    this.#trusted = false;
    this.forgetAll();
  }

  get trusted(): boolean {
    return this.#trusted;
  }

  get size(): number {
    return this.#callers.size;
  }
}
