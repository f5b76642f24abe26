import { Inject, Injectable } from '@nestjs/common';
import type { BranchKind, CommitteeSeat, DevelopmentEntry, Gender, LifeMeetingKind, MemberStage, TransferEntry } from '@gov/contracts-party-affairs';
import { DATA_SOURCE, SCHEMA } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface ReportBranch {
  id: string;
  name: string;
  kind: BranchKind;
  unitId: string | null;
  status: string;
  committee: CommitteeSeat[];
  termStartedOn: string;
  termExtensionMonths: number;
}

export interface ReportMember {
  id: string;
  branchId: string;
  name: string;
  gender: Gender;
  idNumberEncrypted: string;
  mobileEncrypted: string | null;
  post: string | null;
  stage: MemberStage;
  status: string;
  appliedOn: string | null;
  activistOn: string | null;
  candidateOn: string | null;
  admittedOn: string | null;
  fullOn: string | null;
  development: DevelopmentEntry[];
  transfers: TransferEntry[];
}

export interface ReportMeeting {
  branchId: string;
  kind: LifeMeetingKind;
  heldOn: string;
  topic: string;
  expected: number;
  absences: { name: string; reason: string }[];
}

const BRANCH = `id, name, kind, unit_id AS "unitId", status, committee, to_char(term_started_on, 'YYYY-MM-DD') AS "termStartedOn", term_extension_months AS "termExtensionMonths"`;
const d = (column: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}"`;
const MEMBER = `id, branch_id AS "branchId", name, gender, id_number_encrypted AS "idNumberEncrypted", mobile_encrypted AS "mobileEncrypted", post, stage, status,
  ${d('applied_on')}, ${d('activist_on')}, ${d('candidate_on')}, ${d('admitted_on')}, ${d('full_on')}, development, transfers`;

/** The only place that speaks SQL for the yearly summary and the 灯塔 export (reads the other modules' tables). */
@Injectable()
export class ReportsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  async branch(id: string): Promise<ReportBranch | null> {
    const rows = (await this.dataSource.query(`SELECT ${BRANCH} FROM "${this.schema}".branch WHERE id = $1`, [id])) as ReportBranch[];
    return rows[0] ?? null;
  }

  activeBranches(): Promise<ReportBranch[]> {
    return this.dataSource.query(`SELECT ${BRANCH} FROM "${this.schema}".branch WHERE status = 'active' ORDER BY kind, name, id`) as Promise<ReportBranch[]>;
  }

  /** A branch's member records (every status), or every branch's with `branchId` null. */
  members(branchId: string | null): Promise<ReportMember[]> {
    return this.dataSource.query(`SELECT ${MEMBER} FROM "${this.schema}".member WHERE ($1::uuid IS NULL OR branch_id = $1) ORDER BY name, id`, [branchId]) as Promise<ReportMember[]>;
  }

  /** The meetings recorded (not withdrawn) in a year, of a branch or of every branch. */
  meetings(branchId: string | null, year: number): Promise<ReportMeeting[]> {
    return this.dataSource.query(
      `SELECT branch_id AS "branchId", kind, to_char(held_on, 'YYYY-MM-DD') AS "heldOn", topic, expected, absences FROM "${this.schema}".life_meeting
        WHERE status = 'recorded' AND ($1::uuid IS NULL OR branch_id = $1) AND held_on BETWEEN $2 AND $3 ORDER BY held_on, created_at`,
      [branchId, `${year}-01-01`, `${year}-12-31`],
    ) as Promise<ReportMeeting[]>;
  }

  /** Records one export of personal data: who, when, what. */
  async logExport(entry: { id: string; year: number; organisations: number; members: number; meetings: number; by: string; byId: string }, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.schema}".dengta_export (id, year, organisations, members, meetings, exported_by, exported_by_id, exported_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
      [entry.id, entry.year, entry.organisations, entry.members, entry.meetings, entry.by, entry.byId],
    );
  }
}
