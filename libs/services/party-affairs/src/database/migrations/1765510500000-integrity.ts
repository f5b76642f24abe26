import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 纪检监察 / 党风廉政: the yearly 责任清单 (items with their completion, as JSON under the list's version), the 谈话 and the
 * 问题线索 (with their handling history). Nothing is deleted: lists and talks are withdrawn with a reason, clues are closed.
 */
export class Integrity1765510500000 implements MigrationInterface {
  name = 'Integrity1765510500000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".responsibility_list (
        id uuid PRIMARY KEY,
        year integer NOT NULL CHECK (year BETWEEN 2018 AND 2100),
        branch_id uuid NOT NULL REFERENCES "${s}".branch (id),
        branch_name text NOT NULL,
        unit_id uuid,
        title text NOT NULL,
        items jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'withdrawn')),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX responsibility_list_one_a_year ON "${s}".responsibility_list (branch_id, year) WHERE status = 'open'`);
    await runner.query(`CREATE INDEX responsibility_list_year_idx ON "${s}".responsibility_list (year, status)`);
    await runner.query(`CREATE INDEX responsibility_list_unit_idx ON "${s}".responsibility_list (unit_id, year)`);
    await runner.query(`
      CREATE TABLE "${s}".integrity_talk (
        id uuid PRIMARY KEY,
        member_id uuid REFERENCES "${s}".member (id),
        person_name text NOT NULL,
        person_unit text,
        kind text NOT NULL CHECK (kind IN ('reminder', 'admonition', 'integrity')),
        talked_on date NOT NULL,
        talker text NOT NULL,
        record text NOT NULL,
        status text NOT NULL CHECK (status IN ('recorded', 'withdrawn')),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX integrity_talk_list_idx ON "${s}".integrity_talk (talked_on DESC, id)`);
    await runner.query(`
      CREATE TABLE "${s}".integrity_clue (
        id uuid PRIMARY KEY,
        received_on date NOT NULL,
        source text NOT NULL,
        person_concerned text NOT NULL,
        person_unit text,
        summary text NOT NULL,
        secrecy_level smallint NOT NULL CHECK (secrecy_level IN (2, 3)),
        status text NOT NULL CHECK (status IN ('registered', 'checking', 'disposed', 'closed')),
        disposition text CHECK (disposition IN ('concluded', 'inquiry', 'verification', 'transferred')),
        check_rule_version text NOT NULL,
        history jsonb NOT NULL,
        ${RECORD_COLUMNS},
        CHECK (status IN ('registered', 'checking') OR disposition IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX integrity_clue_list_idx ON "${s}".integrity_clue (status, received_on DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".integrity_clue`);
    await runner.query(`DROP TABLE "${s}".integrity_talk`);
    await runner.query(`DROP TABLE "${s}".responsibility_list`);
  }
}
