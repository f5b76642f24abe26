import { randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { buildEnvelope, writeOutbox, migrationSchema } from '@gov/platform';
import type { UnitType } from '@gov/contracts-duty-and-meetings';

/**
 * The units of Boshan District that the office coordinates, as a starting list for 综合科 to complete
 * (liaison contacts are left empty: they are entered by the units themselves or by 综合科).
 */
const SEED_UNITS: [code: string, name: string, shortName: string, type: UnitType][] = [
  ['BS-QW-BGS', '中共淄博市博山区委办公室', '区委办', 'party_committee_office'],
  ['BS-RD-BGS', '淄博市博山区人大常委会办公室', '区人大办', 'npc_office'],
  ['BS-ZX-BGS', '政协淄博市博山区委员会办公室', '区政协办', 'cppcc_office'],
  ['BS-JD-CD', '博山区城东街道办事处', '城东街道', 'street'],
  ['BS-JD-CX', '博山区城西街道办事处', '城西街道', 'street'],
  ['BS-JD-ST', '博山区山头街道办事处', '山头街道', 'street'],
  ['BS-Z-YC', '博山区域城镇人民政府', '域城镇', 'town'],
  ['BS-Z-BT', '博山区白塔镇人民政府', '白塔镇', 'town'],
  ['BS-Z-BD', '博山区八陡镇人民政府', '八陡镇', 'town'],
  ['BS-Z-SM', '博山区石马镇人民政府', '石马镇', 'town'],
  ['BS-Z-YQ', '博山区源泉镇人民政府', '源泉镇', 'town'],
  ['BS-Z-CS', '博山区池上镇人民政府', '池上镇', 'town'],
  ['BS-Z-BS', '博山区博山镇人民政府', '博山镇', 'town'],
  ['BS-KFQ', '博山经济开发区管理委员会', '开发区', 'development_zone'],
  ['BS-FGJ', '博山区发展和改革局', '发改局', 'department'],
  ['BS-JTJ', '博山区教育和体育局', '教体局', 'department'],
  ['BS-GAJ', '博山区公安分局', '公安分局', 'department'],
  ['BS-CZJ', '博山区财政局', '财政局', 'department'],
  ['BS-RSJ', '博山区人力资源和社会保障局', '人社局', 'department'],
  ['BS-ZJJ', '博山区住房和城乡建设局', '住建局', 'department'],
  ['BS-WJJ', '博山区卫生健康局', '卫健局', 'department'],
  ['BS-YJJ', '博山区应急管理局', '应急局', 'department'],
  ['BS-SJJ', '博山区市场监督管理局', '市场监管局', 'department'],
  ['BS-SPJ', '博山区行政审批服务局', '审批局', 'department'],
];

export class UnitDirectory1764300000000 implements MigrationInterface {
  name = 'UnitDirectory1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".unit (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        name text NOT NULL,
        short_name text,
        type text NOT NULL,
        liaisons jsonb NOT NULL DEFAULT '[]',
        duty_phones jsonb NOT NULL DEFAULT '[]',
        address text,
        sort_order integer NOT NULL DEFAULT 1000,
        status text NOT NULL CHECK (status IN ('active', 'inactive')),
        deactivation_reason text,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        CHECK (status = 'active' OR deactivation_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX unit_code_uq ON "${s}".unit (code)`);
    await runner.query(`CREATE UNIQUE INDEX unit_active_name_uq ON "${s}".unit (name) WHERE status = 'active'`);
    await runner.query(`CREATE INDEX unit_list_idx ON "${s}".unit (type, status, sort_order, name)`);
    await runner.query(`
      CREATE TABLE "${s}".unit_change (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL REFERENCES "${s}".unit (id),
        version integer NOT NULL,
        action text NOT NULL,
        snapshot jsonb NOT NULL,
        reason text,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        UNIQUE (unit_id, version)
      )`);

    let order = 10;
    for (const [code, name, shortName, type] of SEED_UNITS) {
      const id = randomUUID();
      await runner.query(
        `INSERT INTO "${s}".unit (id, code, name, short_name, type, sort_order, status, version, created_at, created_by, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, 'active', 1, now(), 'system', now(), 'system')`,
        [id, code, name, shortName, type, order],
      );
      await runner.query(
        `INSERT INTO "${s}".unit_change (id, unit_id, version, action, snapshot, reason, changed_by, changed_at)
         VALUES ($1, $2, 1, 'created', $3, '初始数据', 'system', now())`,
        [randomUUID(), id, JSON.stringify({ id, code, name, shortName, type })],
      );
      await writeOutbox(runner.manager, s, buildEnvelope('duty-and-meetings', 'evt.duty-and-meetings.unit.created', { id, code, name, shortName, type, status: 'active', version: 1 }));
      order += 10;
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".unit_change`);
    await runner.query(`DROP TABLE "${s}".unit`);
  }
}
