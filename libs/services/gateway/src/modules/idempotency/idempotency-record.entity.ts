import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The first answer to a creating POST, per user and `Idempotency-Key`, kept 24 hours. `statusCode` null: still in progress;
 * with `heldUntil`, its call timed out and the service may finish it until then.
 */
@Entity({ name: 'idempotency_record' })
export class IdempotencyRecordEntity {
  @PrimaryColumn('uuid', { name: 'account_id' }) accountId: string;
  @PrimaryColumn('text') key: string;
  @Column('text') route: string;
  @Column('text', { name: 'request_hash' }) requestHash: string;
  @Column('integer', { name: 'status_code', nullable: true }) statusCode: number | null;
  @Column('jsonb', { nullable: true }) response: unknown;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'held_until', nullable: true }) heldUntil: Date | null;
}
