import { Injectable } from '@nestjs/common';
import type { ApprovalChangeKind, ApprovalItemStatus, ApprovalSourceLevel, ListApprovalItems, ReformPeriodUnit } from '@gov/contracts-supervision';
import type { EntityManager } from 'typeorm';
import { Columns, Conditions, type Paged } from '@gov/platform';
import { SchemaRepository } from '../../common/schema.repository.js';

export interface ApprovalItemRow {
  id: string;
  sourceLevel: ApprovalSourceLevel;
  sourceDocument: string;
  itemName: string;
  changeKind: ApprovalChangeKind;
  unitId: string;
  receivedOn: string;
  periodAmount: number;
  periodUnit: ReformPeriodUnit;
  dueDate: string | null;
  dueProvisional: boolean;
  dueExplanation: string[];
  status: ApprovalItemStatus;
  measures: string | null;
  implementedOn: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const ITEM = new Columns<ApprovalItemRow>({
  id: 'id',
  sourceLevel: 'source_level',
  sourceDocument: 'source_document',
  itemName: 'item_name',
  changeKind: 'change_kind',
  unitId: 'unit_id',
  receivedOn: ['received_on', 'date'],
  periodAmount: 'period_amount',
  periodUnit: 'period_unit',
  dueDate: ['due_date', 'date'],
  dueProvisional: 'due_provisional',
  dueExplanation: ['due_explanation', 'json'],
  status: 'status',
  measures: 'measures',
  implementedOn: ['implemented_on', 'date'],
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});
const CHANGES: (keyof ApprovalItemRow)[] = ['dueDate', 'dueProvisional', 'dueExplanation', 'status', 'measures', 'implementedOn', 'withdrawalReason', 'updatedAt', 'updatedBy'];

/** The only place that speaks SQL for the 行政审批 reform items (取消/下放/承接/调整) of the reform ledger. */
@Injectable()
export class ApprovalItemsRepository extends SchemaRepository {
  find(id: string, manager?: EntityManager, forUpdate = false): Promise<ApprovalItemRow | null> {
    return this.findRow('reform_approval_item', id, ITEM, manager, forUpdate);
  }

  async insert(x: ApprovalItemRow, manager: EntityManager): Promise<void> {
    await this.insertRow(ITEM, 'reform_approval_item', x, manager);
  }

  updateIfVersion(x: ApprovalItemRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.saveIfVersion(ITEM, 'reform_approval_item', x, expectedVersion, CHANGES, manager);
  }

  search(q: ListApprovalItems.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<ApprovalItemRow>> {
    const filters = new Conditions()
      .when(q.status, 'status = ?')
      .when(q.changeKind, 'change_kind = ?')
      .when(q.unitId, 'unit_id = ?')
      .when(q.onlyUnitId, 'unit_id = ?')
      .search(q.q, 'item_name');
    return this.page(this.t('reform_approval_item'), filters, 'created_at DESC, id', q, ITEM);
  }

  /** Pending items whose deadlines a newly loaded calendar year may move. */
  pendingAround(year: number, manager: EntityManager): Promise<ApprovalItemRow[]> {
    return this.select(ITEM, 'reform_approval_item', `status = 'pending' AND (due_provisional OR extract(year FROM due_date) BETWEEN $1 - 1 AND $1)`, [year], 'id', manager, true);
  }
}
