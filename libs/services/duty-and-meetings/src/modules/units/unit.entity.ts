import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { UnitStatus, UnitType } from '@gov/contracts-duty-and-meetings';

/**
 * A liaison contact as stored: the mobile number is encrypted (SM4), with its masked form (`138****5678`) beside it so
 * that lists show it without decrypting (rows stored before the masked form existed lack it).
 */
export interface StoredLiaison {
  name: string;
  title?: string;
  mobileEncrypted: string;
  mobileMasked?: string;
  officePhone?: string;
}

/** 单位: a unit the office coordinates. Never deleted: deactivated with a reason. */
@Entity({ name: 'unit' })
export class UnitEntity {
  @PrimaryColumn('uuid') id: string;
  @Index({ unique: true }) @Column('text') code: string;
  @Column('text') name: string;
  @Column('text', { name: 'short_name', nullable: true }) shortName: string | null;
  @Column('text') type: UnitType;
  @Column('jsonb') liaisons: StoredLiaison[];
  @Column('jsonb', { name: 'duty_phones' }) dutyPhones: string[];
  @Column('text', { nullable: true }) address: string | null;
  @Column('int', { name: 'sort_order' }) sortOrder: number;
  @Column('text') status: UnitStatus;
  @Column('text', { name: 'deactivation_reason', nullable: true }) deactivationReason: string | null;
  @Column('int') version: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('text', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('text', { name: 'updated_by' }) updatedBy: string;
}

/** Every version of a unit, with who made it and why: the record's history. */
@Entity({ name: 'unit_change' })
export class UnitChangeEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'unit_id' }) unitId: string;
  @Column('int') version: number;
  @Column('text') action: 'created' | 'updated' | 'deactivated';
  @Column('jsonb') snapshot: Record<string, unknown>;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('text', { name: 'changed_by' }) changedBy: string;
  @Column('timestamptz', { name: 'changed_at' }) changedAt: Date;
}
