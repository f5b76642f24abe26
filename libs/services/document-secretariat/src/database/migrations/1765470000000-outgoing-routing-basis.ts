import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 行文依据 on an outgoing document: the facts the 行文规则 (《党政机关公文处理工作条例》第十四条至第十七条) need beyond the
 * recipients: the 越级 reason, a forwarded lower-level 请示 with the office's 倾向性意见, a leader's 交办, the government's
 * authorisation for a directive to the towns, and a 联合行文's lead body and co-issuers.
 */
export class OutgoingRoutingBasis1765470000000 implements MigrationInterface {
  name = 'OutgoingRoutingBasis1765470000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".outgoing_document ADD COLUMN routing jsonb NOT NULL DEFAULT '{}'::jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".outgoing_document DROP COLUMN routing`);
  }
}
