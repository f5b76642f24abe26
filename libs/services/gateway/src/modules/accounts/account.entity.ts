import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Clearance, RoleCode } from '@gov/contracts-common';
import type { AccountStatus } from '@gov/contracts-gateway';

/** A person who signs in. Never deleted: disabled with a reason. */
@Entity({ name: 'account' })
export class AccountEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') username: string;
  @Column('text', { name: 'display_name' }) displayName: string;
  @Column('text', { name: 'password_hash' }) passwordHash: string;
  @Column('boolean', { name: 'must_change_password' }) mustChangePassword: boolean;
  @Column('timestamptz', { name: 'password_changed_at', nullable: true }) passwordChangedAt: Date | null;
  @Column('text', { name: 'totp_secret', nullable: true }) totpSecret: string | null;
  @Column('text', { name: 'totp_pending_secret', nullable: true }) totpPendingSecret: string | null;
  @Column('bigint', { name: 'totp_last_step', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  totpLastStep: number | null;
  @Column('text', { array: true }) roles: RoleCode[];
  @Column('text', { name: 'section_code', nullable: true }) sectionCode: string | null;
  @Column('uuid', { name: 'unit_id', nullable: true }) unitId: string | null;
  @Column('smallint') clearance: Clearance;
  @Column('text') status: AccountStatus;
  @Column('text', { name: 'disabled_reason', nullable: true }) disabledReason: string | null;
  @Column('integer') version: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('text', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('text', { name: 'updated_by' }) updatedBy: string;
}

@Entity({ name: 'section' })
export class SectionEntity {
  @PrimaryColumn('text') code: string;
  @Column('text') name: string;
  @Column('text', { name: 'also_known_as', nullable: true }) alsoKnownAs: string | null;
  @Column('integer', { name: 'sort_order' }) sortOrder: number;
}

@Entity({ name: 'role_permission' })
export class RolePermissionEntity {
  @PrimaryColumn('text', { name: 'role_code' }) roleCode: string;
  @PrimaryColumn('text') permission: string;
}

@Entity({ name: 'section_permission' })
export class SectionPermissionEntity {
  @PrimaryColumn('text', { name: 'section_code' }) sectionCode: string;
  @PrimaryColumn('text', { name: 'role_code' }) roleCode: string;
  @PrimaryColumn('text') permission: string;
}
