import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@gov/platform';
import type { GatewayEnv } from '../gateway.env.js';
import { SlidingWindowLimiter } from '../security/rate-limiter.js';
import { RateLimitedError } from './problem.js';

/** Per client address on the sign-in endpoints (strict) and other public routes; per user everywhere else. */
@Injectable()
export class RateLimits {
  private readonly signIn: SlidingWindowLimiter;
  private readonly publicRoutes: SlidingWindowLimiter;
  private readonly perUser: SlidingWindowLimiter;

  constructor(@Inject(APP_CONFIG) config: GatewayEnv) {
    this.signIn = new SlidingWindowLimiter(config.RATE_LIMIT_SIGN_IN_PER_MINUTE);
    this.publicRoutes = new SlidingWindowLimiter(config.RATE_LIMIT_SIGN_IN_PER_MINUTE * 10);
    this.perUser = new SlidingWindowLimiter(config.RATE_LIMIT_PER_MINUTE);
  }

  checkSignIn(ip: string): void {
    this.check(this.signIn, ip);
  }

  checkPublic(ip: string): void {
    this.check(this.publicRoutes, ip);
  }

  checkUser(userId: string): void {
    this.check(this.perUser, userId);
  }

  private check(limiter: SlidingWindowLimiter, key: string): void {
    const result = limiter.hit(key);
    if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
  }
}
