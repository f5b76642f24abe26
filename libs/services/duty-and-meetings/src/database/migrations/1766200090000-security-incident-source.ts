import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: a 安全事件 of the compound escalated by 机关事务管理科 (facilities-and-vehicles
 * `security-incident.escalated`) becomes an urgent matter with its source kind `facilities_security_incident`; still one
 * matter per source (the unique index of 1765900000000 keeps the consumer idempotent).
 */
export class SecurityIncidentSource1766200090000 implements MigrationInterface {
  name = 'SecurityIncidentSource1766200090000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".urgent_matter DROP CONSTRAINT urgent_matter_source_kind_check`);
    await runner.query(`
      ALTER TABLE "${s}".urgent_matter
        ADD CONSTRAINT urgent_matter_source_kind_check CHECK (source_kind IN ('foreign_affairs_incident', 'information_submission', 'facilities_security_incident'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".urgent_matter DROP CONSTRAINT urgent_matter_source_kind_check`);
    await runner.query(`ALTER TABLE "${s}".urgent_matter ADD CONSTRAINT urgent_matter_source_kind_check CHECK (source_kind IN ('foreign_affairs_incident', 'information_submission'))`);
  }
}
