import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

const SOURCE_71 = '《党政机关公务用车管理办法》（中办发〔2017〕71号）';

/**
 * 公务用车台账: the vehicles (never deleted: refused, withdrawn or disposed with a reason), their timeline, the units'
 * 编制 per category and the categories' price and displacement caps (versioned, each with its effective date and
 * source; seeded with 中办发〔2017〕71号, RULES.md §2.9).
 */
export class Vehicles1765430000000 implements MigrationInterface {
  name = 'Vehicles1765430000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    const categories = `'confidential_comm', 'emergency', 'law_enforcement', 'special_technical', 'other'`;
    await runner.query(`
      CREATE TABLE "${s}".vehicle (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL,
        category text NOT NULL CHECK (category IN (${categories})),
        purchase_kind text NOT NULL CHECK (purchase_kind IN ('new', 'renewal')),
        replaces_vehicle_id uuid REFERENCES "${s}".vehicle (id),
        plate text,
        model text NOT NULL,
        energy_type text NOT NULL CHECK (energy_type IN ('fuel', 'hybrid', 'plug_in_hybrid', 'electric')),
        price_fen integer NOT NULL CHECK (price_fen > 0),
        displacement_ml integer CHECK (displacement_ml > 0),
        purchase_date date,
        mileage_km integer NOT NULL DEFAULT 0 CHECK (mileage_km >= 0),
        insurance_expiry date,
        inspection_expiry date,
        markings boolean NOT NULL DEFAULT false,
        status text NOT NULL CHECK (status IN ('requested', 'in_service', 'disposed', 'rejected', 'withdrawn')),
        approval_number text,
        cap_rule text,
        quota_rule text,
        disposal_method text CHECK (disposal_method IN ('auction', 'scrap', 'transfer', 'other')),
        disposal_approval_number text,
        reason text,
        ${RECORD_COLUMNS},
        CHECK (purchase_kind = 'new' OR replaces_vehicle_id IS NOT NULL),
        CHECK (status NOT IN ('rejected', 'withdrawn', 'disposed') OR reason IS NOT NULL),
        CHECK (status NOT IN ('in_service', 'disposed') OR approval_number IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX vehicle_list_idx ON "${s}".vehicle (status, created_at DESC)`);
    await runner.query(`CREATE INDEX vehicle_unit_idx ON "${s}".vehicle (unit_id, category, status)`);
    await runner.query(`CREATE UNIQUE INDEX vehicle_plate_idx ON "${s}".vehicle (plate) WHERE plate IS NOT NULL AND status IN ('requested', 'in_service')`);
    await runner.query(`
      CREATE TABLE "${s}".vehicle_history (
        id bigserial PRIMARY KEY,
        vehicle_id uuid NOT NULL REFERENCES "${s}".vehicle (id),
        version integer NOT NULL,
        step text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        note text
      )`);
    await runner.query(`CREATE INDEX vehicle_history_idx ON "${s}".vehicle_history (vehicle_id, id)`);
    await runner.query(`
      CREATE TABLE "${s}".vehicle_quota (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL,
        category text NOT NULL CHECK (category IN (${categories})),
        quota integer NOT NULL CHECK (quota >= 0),
        effective_from date NOT NULL,
        source text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX vehicle_quota_idx ON "${s}".vehicle_quota (unit_id, category, effective_from)`);
    await runner.query(`
      CREATE TABLE "${s}".vehicle_cap (
        id uuid PRIMARY KEY,
        category text NOT NULL CHECK (category IN (${categories})),
        price_cap_fen integer NOT NULL CHECK (price_cap_fen > 0),
        displacement_cap_ml integer NOT NULL CHECK (displacement_cap_ml > 0),
        effective_from date NOT NULL,
        source text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    // 中办发〔2017〕71号: 机要通信 ≤ 12 万元、1.6 升; 应急保障 and the others ≤ 18 万元、1.8 升 (RULES.md §2.9).
    const seed: [string, number, number][] = [
      ['confidential_comm', 12_000_000, 1600],
      ['emergency', 18_000_000, 1800],
      ['law_enforcement', 18_000_000, 1800],
      ['special_technical', 18_000_000, 1800],
      ['other', 18_000_000, 1800],
    ];
    for (const [category, price, displacement] of seed) {
      await runner.query(
        `INSERT INTO "${s}".vehicle_cap (id, category, price_cap_fen, displacement_cap_ml, effective_from, source, created_at, created_by)
         VALUES (gen_random_uuid(), $1, $2, $3, DATE '2017-12-05', $4, now(), 'system')`,
        [category, price, displacement, SOURCE_71],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".vehicle_cap`);
    await runner.query(`DROP TABLE "${s}".vehicle_quota`);
    await runner.query(`DROP TABLE "${s}".vehicle_history`);
    await runner.query(`DROP TABLE "${s}".vehicle`);
  }
}
