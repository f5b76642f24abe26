import { Inject, Injectable } from '@nestjs/common';
import type { ListPairings, PairingGoal, PairingHelp, PairingStatus, PairingTargetKind, PairingVisit } from '@gov/contracts-party-affairs';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { memberOf, organisationsOf, type MemberRef, type Organisation } from '../../common/organisations.repository.js';

export interface PairingRow {
  id: string;
  year: number;
  branchId: string;
  branchName: string;
  unitId: string | null;
  memberId: string | null;
  memberName: string | null;
  targetKind: PairingTargetKind;
  targetName: string;
  targetPlace: string | null;
  plannedVisits: number;
  plannedHelpFen: number;
  goals: PairingGoal[];
  visits: PairingVisit[];
  help: PairingHelp[];
  status: PairingStatus;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<PairingRow>({
  id: 'id',
  year: 'year',
  branchId: 'branch_id',
  branchName: 'branch_name',
  unitId: 'unit_id',
  memberId: 'member_id',
  memberName: 'member_name',
  targetKind: 'target_kind',
  targetName: 'target_name',
  targetPlace: 'target_place',
  plannedVisits: 'planned_visits',
  plannedHelpFen: ['planned_help_fen', 'number'],
  goals: ['goals', 'json'],
  visits: ['visits', 'json'],
  help: ['help', 'json'],
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 结对帮扶. */
@Injectable()
export class PairingsRepository {
  private readonly table: Table<PairingRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".pairing`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<PairingRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: PairingRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: PairingRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  organisation(id: string, manager: EntityManager): Promise<Organisation | undefined> {
    return organisationsOf(manager, this.schema, [id]).then((rows) => rows[0]);
  }

  member(id: string, manager: EntityManager): Promise<MemberRef | null> {
    return memberOf(manager, this.schema, id);
  }

  search(query: ListPairings.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<PairingRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.year, 'year = ?')
      .when(query.branchId, 'branch_id = ?')
      .when(query.onlyUnitId, 'unit_id = ?')
      .search(query.q, 'target_name', 'member_name', 'branch_name');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'year DESC, branch_name, created_at, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
