import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 普发件 on a 收文: documents a superior sends to many bodies for information. DA/T 22—2015 and 国家档案局第8号令 keep the
 * 普发 documents that need no action out of the archive, so 立卷归档 refuses them unless the office acted on them.
 */
export class IncomingGeneralDistribution1765470000200 implements MigrationInterface {
  name = 'IncomingGeneralDistribution1765470000200';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".incoming_document ADD COLUMN general_distribution boolean NOT NULL DEFAULT false`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".incoming_document DROP COLUMN general_distribution`);
  }
}
