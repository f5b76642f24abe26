import { Inject, Injectable } from '@nestjs/common';
import type { ListVisitors, VisitorStatus } from '@gov/contracts-facilities-and-vehicles';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface VisitorRow {
  id: string;
  name: string;
  idNumberEncrypted: string;
  idNumberMasked: string;
  organisation: string | null;
  host: string;
  purpose: string;
  companions: number;
  plate: string | null;
  status: VisitorStatus;
  arrivedAt: Date;
  leftAt: Date | null;
  voidReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<VisitorRow>({
  id: 'id',
  name: 'name',
  idNumberEncrypted: 'id_number_encrypted',
  idNumberMasked: 'id_number_masked',
  organisation: 'organisation',
  host: 'host',
  purpose: 'purpose',
  companions: 'companions',
  plate: 'plate',
  status: 'status',
  arrivedAt: 'arrived_at',
  leftAt: 'left_at',
  voidReason: 'void_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 来访登记. */
@Injectable()
export class VisitorsRepository {
  private readonly table: Table<VisitorRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".visitor`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<VisitorRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: VisitorRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  saveIfVersion(row: VisitorRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  search(query: ListVisitors.Request & { limit: number; offset: number }): Promise<Paged<VisitorRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.date, `(arrived_at AT TIME ZONE 'Asia/Shanghai')::date = ?::date`)
      .search(query.q, 'name', 'organisation', 'host');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'arrived_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
