import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 机构编制: one line per unit, 编制类别, 职数层级 and post, with its count approved and the 批文 it rests on; every version
 * kept in `revisions` (never rewritten), never deleted (withdrawn with a reason).
 */
export class EstablishmentPosts1766100000000 implements MigrationInterface {
  name = 'EstablishmentPosts1766100000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".establishment_post (
        id uuid PRIMARY KEY,
        unit_id uuid,
        unit_name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('administrative', 'managed', 'institution', 'worker')),
        level text NOT NULL CHECK (level IN ('principal_section', 'deputy_section', 'unit_chief', 'general')),
        title text NOT NULL,
        post_titles jsonb NOT NULL DEFAULT '[]',
        approved_count integer NOT NULL CHECK (approved_count >= 0),
        reported_filled integer CHECK (reported_filled >= 0),
        basis_number text NOT NULL,
        basis_date date NOT NULL,
        revisions jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('in_force', 'withdrawn')),
        withdrawal_reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (unit_id IS NOT NULL OR reported_filled IS NULL)
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX establishment_post_line_key ON "${s}".establishment_post (COALESCE(unit_id, '00000000-0000-0000-0000-000000000000'::uuid), kind, level, title) WHERE status = 'in_force'`,
    );
    await runner.query(`CREATE INDEX establishment_post_list_idx ON "${s}".establishment_post (status, unit_name, kind, level)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".establishment_post`);
  }
}
