import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SessionState = 'active' | 'revoked' | 'expired';

/** One sign-in: its refresh tokens form one family; revoking the session ends them all. */
@Entity({ name: 'session' })
export class SessionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'account_id' }) accountId: string;
  @Column('text') state: SessionState;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'last_seen_at' }) lastSeenAt: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'ended_at', nullable: true }) endedAt: Date | null;
  @Column('text', { name: 'end_reason', nullable: true }) endReason: string | null;
  @Column('text', { nullable: true }) ip: string | null;
  @Column('text', { name: 'user_agent', nullable: true }) userAgent: string | null;
}

/** A refresh token, stored as its SHA-256; `rotatedAt` is set when it has been exchanged (a second use is a theft signal). */
@Entity({ name: 'refresh_token' })
export class RefreshTokenEntity {
  @PrimaryColumn('text', { name: 'token_hash' }) tokenHash: string;
  @Column('uuid', { name: 'session_id' }) sessionId: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'rotated_at', nullable: true }) rotatedAt: Date | null;
}

/** Consecutive failed sign-ins per typed (lower-cased) username and client address. */
@Entity({ name: 'login_throttle' })
export class LoginThrottleEntity {
  @PrimaryColumn('text') username: string;
  @PrimaryColumn('text') address: string;
  @Column('integer', { name: 'failed_count' }) failedCount: number;
  @Column('timestamptz', { name: 'locked_until', nullable: true }) lockedUntil: Date | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

@Entity({ name: 'secret' })
export class SecretEntity {
  @PrimaryColumn('text') name: string;
  @Column('text') value: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
