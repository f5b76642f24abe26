import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issues 16 and 19: records that other sections send here keep their source, so that a later event finds them again.
 * - `leader_activity`: a 接待 scheduled in foreign-affairs (`reception.scheduled`), with the highest version of it applied.
 * - `urgent_matter`: a 涉外案事件 (foreign-affairs `incident.reported`) or an urgent 报送信息 (information
 *   `submission.urgent-reported`), with the source named for the duty office.
 * One record per source (unique), which keeps the consumers idempotent beyond the platform inbox.
 */
export class SectionSources1765900000000 implements MigrationInterface {
  name = 'SectionSources1765900000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      ALTER TABLE "${s}".leader_activity
        ADD COLUMN source_kind text CHECK (source_kind IN ('foreign_affairs_reception')),
        ADD COLUMN source_id uuid,
        ADD COLUMN source_version integer,
        ADD CONSTRAINT leader_activity_source_check CHECK ((source_kind IS NULL) = (source_id IS NULL) AND (source_kind IS NULL) = (source_version IS NULL))`);
    await runner.query(`CREATE UNIQUE INDEX leader_activity_source_idx ON "${s}".leader_activity (source_kind, source_id) WHERE source_kind IS NOT NULL`);
    await runner.query(`
      ALTER TABLE "${s}".urgent_matter
        ADD COLUMN source_kind text CHECK (source_kind IN ('foreign_affairs_incident', 'information_submission')),
        ADD COLUMN source_id uuid,
        ADD COLUMN source_label text,
        ADD CONSTRAINT urgent_matter_source_check CHECK ((source_kind IS NULL) = (source_id IS NULL) AND (source_kind IS NULL) = (source_label IS NULL))`);
    await runner.query(`CREATE UNIQUE INDEX urgent_matter_source_idx ON "${s}".urgent_matter (source_kind, source_id) WHERE source_kind IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP INDEX "${s}".urgent_matter_source_idx`);
    await runner.query(`ALTER TABLE "${s}".urgent_matter DROP CONSTRAINT urgent_matter_source_check, DROP COLUMN source_label, DROP COLUMN source_id, DROP COLUMN source_kind`);
    await runner.query(`DROP INDEX "${s}".leader_activity_source_idx`);
    await runner.query(`ALTER TABLE "${s}".leader_activity DROP CONSTRAINT leader_activity_source_check, DROP COLUMN source_version, DROP COLUMN source_id, DROP COLUMN source_kind`);
  }
}
