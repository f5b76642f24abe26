import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 政务数据资源目录: each resource of a unit (提供单位) with its 信息项, 共享类型 and 开放类型, reviewed into the published
 * catalogue; every step a line in `data_resource_step` with the fields of the version it made (changes are new
 * versions, the earlier kept). Never deleted: withdrawn (撤销) with a reason.
 */
export class DataResources1766601000000 implements MigrationInterface {
  name = 'DataResources1766601000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".data_resource (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL,
        name text NOT NULL,
        code text NOT NULL,
        category text NOT NULL CHECK (category IN ('basic', 'thematic', 'departmental')),
        summary text,
        data_items jsonb NOT NULL,
        format text NOT NULL CHECK (format IN ('database', 'file', 'api')),
        update_cycle text NOT NULL CHECK (update_cycle IN ('realtime', 'daily', 'monthly', 'yearly', 'irregular')),
        sharing_type text NOT NULL CHECK (sharing_type IN ('unconditional', 'conditional', 'none')),
        sharing_condition text,
        open_type text NOT NULL CHECK (open_type IN ('open', 'conditional', 'closed')),
        open_basis text,
        status text NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'published', 'withdrawn')),
        edition integer NOT NULL DEFAULT 0 CHECK (edition >= 0),
        submitted_at timestamptz,
        reviewed_at timestamptz,
        reviewed_by text,
        review_opinion text,
        published_at timestamptz,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (sharing_type = 'unconditional' OR sharing_condition IS NOT NULL),
        CHECK (open_type <> 'closed' OR open_basis IS NOT NULL),
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'returned' OR review_opinion IS NOT NULL),
        CHECK (status <> 'published' OR edition > 0)
      )`);
    await runner.query(`CREATE UNIQUE INDEX data_resource_code_key ON "${s}".data_resource (code)`);
    await runner.query(`CREATE INDEX data_resource_list_idx ON "${s}".data_resource (status, created_at DESC)`);
    await runner.query(`CREATE INDEX data_resource_unit_idx ON "${s}".data_resource (unit_id, created_at DESC)`);
    await runner.query(`CREATE INDEX data_resource_catalogue_idx ON "${s}".data_resource (sharing_type, open_type) WHERE status = 'published'`);
    await runner.query(`
      CREATE TABLE "${s}".data_resource_step (
        seq bigserial PRIMARY KEY,
        data_resource_id uuid NOT NULL REFERENCES "${s}".data_resource (id),
        at timestamptz NOT NULL,
        by_username text NOT NULL,
        step text NOT NULL,
        label text NOT NULL,
        version integer NOT NULL,
        note text,
        fields jsonb
      )`);
    await runner.query(`CREATE INDEX data_resource_step_idx ON "${s}".data_resource_step (data_resource_id, seq)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".data_resource_step`);
    await runner.query(`DROP TABLE "${s}".data_resource`);
  }
}
