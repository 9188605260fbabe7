/**
 * A per-provider circuit breaker: after `failures` consecutive failures the provider is down for
 * `coolOffMs`; after that one request goes through as a probe; its success closes the breaker, its
 * failure reopens it.
 */
import type { BreakerState, ProviderHealth } from './routing.js';

export interface BreakerConfig {
  failures: number;
  coolOffMs: number;
}

export const DEFAULT_BREAKER: BreakerConfig = { failures: 5, coolOffMs: 30_000 };

export class Breaker {
  private state: BreakerState = 'up';
  private failures = 0;
  private retryAt = 0;

  constructor(
    readonly name: string,
    private readonly config: BreakerConfig = DEFAULT_BREAKER,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a request may go now; past the cool-off the first one asked becomes the probe. */
  allow(): boolean {
    if (this.state === 'up') return true;
    if (this.state === 'probing') return false;
    if (this.now() < this.retryAt) return false;
    this.state = 'probing';
    return true;
  }

  /** Whether it is down (or its probe is out) without claiming the probe. */
  available(): boolean {
    return this.state === 'up' || (this.state === 'down' && this.now() >= this.retryAt);
  }

  /** When a down provider will next be probed, in ms. */
  get nextProbeAt(): number {
    return this.retryAt;
  }

  success(): void {
    this.state = 'up';
    this.failures = 0;
  }

  failure(): void {
    this.failures++;
    if (this.state === 'probing' || this.failures >= this.config.failures) {
      this.state = 'down';
      this.retryAt = this.now() + this.config.coolOffMs;
    }
  }

  health(): ProviderHealth {
    const health: ProviderHealth = {
      name: this.name,
      state: this.state,
      consecutive_failures: this.failures,
    };
    if (this.state === 'down') health.retry_at = Math.floor(this.retryAt / 1000);
    return health;
  }
}
