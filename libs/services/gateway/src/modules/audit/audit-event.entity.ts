import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditOutcome } from '@gov/contracts-gateway';
import type { ChainAlgorithm } from '../../security/hash-chain.js';

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
  @Column('text', { name: 'hash_alg' }) hashAlg: ChainAlgorithm;
}

/**
 * The head of the audit chain (its last row's seq and hash, MAC'd with the chain key), kept outside the audit
 * table and moved forward in the same transaction as every append: cutting rows off the end of the table, or
 * emptying it, leaves the head pointing past what is left.
 */
@Entity({ name: 'audit_head' })
export class AuditHeadEntity {
  @PrimaryColumn('boolean') id: boolean;
  @Column('bigint', { transformer: bigintAsNumber }) seq: number;
  @Column('char', { length: 64 }) hash: string;
  @Column('char', { length: 64 }) mac: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

@Entity({ name: 'audit_setting' })
export class AuditSettingEntity {
  @PrimaryColumn('boolean') id: boolean;
  @Column('integer', { name: 'retention_days' }) retentionDays: number;
}
