import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditOutcome } from '@gov/contracts-gateway';

const bigintAsNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

/** One audit row; append-only (a trigger refuses UPDATE and early DELETE), chained by hash. */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  @PrimaryColumn('bigint', { transformer: bigintAsNumber }) seq: number;
  @Column('uuid') id: string;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text', { name: 'actor_username', nullable: true }) actorUsername: string | null;
  @Column('text') action: string;
  @Column('text', { name: 'target_id', nullable: true }) targetId: string | null;
  @Column('text') outcome: AuditOutcome;
  @Column('integer', { name: 'status_code' }) statusCode: number;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('text', { nullable: true }) ip: string | null;
  @Column('text', { name: 'request_id', nullable: true }) requestId: string | null;
  @Column('char', { name: 'prev_hash', length: 64 }) prevHash: string;
  @Column('char', { length: 64 }) hash: string;
}

@Entity({ name: 'audit_setting' })
export class AuditSettingEntity {
  @PrimaryColumn('boolean') id: boolean;
  @Column('integer', { name: 'retention_days' }) retentionDays: number;
}
