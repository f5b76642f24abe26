import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  ConfidentialDeliveryErrors,
  DELIVERY_STATE_LABELS,
  type ConfidentialDeliveryView,
  type CreateConfidentialDelivery,
  type DeliveryState,
  type ListConfidentialDeliveries,
  type ReceiveConfidentialDelivery,
  type RecordKind,
} from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, DomainError, SCHEMA, Transactions, type Tx } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { visibleRowOr404 } from '../../common/rows.js';
import { Filters, selectPage, type Queryable } from '../../common/lists.js';
import { Registry } from '../../common/registry.js';
import { KnownUnits } from '../../common/units.js';
import { DOCUMENTS_PROCESS } from '../incoming/incoming.service.js';
import { firstUpdated, RecordSteps } from '../incoming/steps.js';

interface DeliveryRow {
  id: string;
  document_kind: RecordKind | null;
  document_id: string | null;
  document_title: string;
  doc_number: string | null;
  secrecy_level: number;
  unit_ids: string[];
  user_ids: string[];
  copy_numbers: string[];
  recipient_unit_id: string | null;
  recipient_name: string;
  courier: string;
  sent_at: Date;
  received_at: Date | null;
  receiver_signature: string | null;
  state: DeliveryState;
  version: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

/** 机要递送: which copies (份号) of a classified document went to whom, by which courier, and who signed for them when. */
@Injectable()
export class ConfidentialDeliveries {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly units: KnownUnits,
    private readonly steps: RecordSteps,
  ) {}

  async create(request: CreateConfidentialDelivery.Request, caller: CallerContext): Promise<ConfidentialDeliveryView> {
    if (!hasPermission(caller, DOCUMENTS_PROCESS)) throw new DomainError(CommonDocumentErrors.forbidden, '无权登记机要递送：须为文秘科人员');
    if (!!request.documentKind !== !!request.documentId) {
      throw new DomainError(CommonDocumentErrors.invalidState, '公文类型与 id 须同时给出', [{ field: 'documentId', code: 'required', message: '公文 id：与公文类型同时填写' }]);
    }
    const [unit] = request.recipientUnitId ? await this.units.require([request.recipientUnitId], '接收单位') : [];
    const recipientName = request.recipientName?.trim() || unit?.name;
    if (!recipientName) throw new DomainError(CommonDocumentErrors.invalidState, '须写明接收单位或接收人', [{ field: 'recipientName', code: 'required', message: '接收人：未选接收单位时必填' }]);
    const id = await this.transactions.run(async (tx) => {
      let title = request.documentTitle?.trim() ?? '';
      let docNumber = request.docNumber?.trim() || null;
      let secrecyLevel = request.secrecyLevel ?? 0;
      if (request.documentKind && request.documentId) {
        const document = await this.registry.visible(request.documentKind, request.documentId, caller, tx);
        title = document.title;
        docNumber = docNumber ?? document.docNumber ?? null;
        secrecyLevel = Math.max(document.secrecyLevel, secrecyLevel);
      } else if (!title) {
        throw new DomainError(CommonDocumentErrors.invalidState, '系统外公文须写明标题', [{ field: 'documentTitle', code: 'required', message: '公文标题：系统外公文必填' }]);
      }
      if (secrecyLevel < 1) {
        throw new DomainError(ConfidentialDeliveryErrors.notClassified, '机要递送只登记涉密公文（秘密及以上）', [{ field: 'secrecyLevel', code: 'classified', message: '密级：机要递送须为秘密、机密或绝密' }]);
      }
      if (secrecyLevel > caller.clearance) throw new DomainError(CommonDocumentErrors.secrecyAboveClearance, '公文密级高于本人涉密等级');
      const now = new Date();
      const id = randomUUID();
      await tx.manager.query(
        `INSERT INTO "${this.schema}".confidential_delivery (id, document_kind, document_id, document_title, doc_number, secrecy_level, unit_ids, user_ids, copy_numbers,
            recipient_unit_id, recipient_name, courier, sent_at, state, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], '{}', $8::text[], $9, $10, $11, $12, 'sent', $13, $14, $13, $14)`,
        [
          id,
          request.documentKind ?? null,
          request.documentId ?? null,
          title,
          docNumber,
          secrecyLevel,
          unit ? [unit.id] : [],
          [...new Set(request.copyNumbers)],
          unit?.id ?? null,
          recipientName,
          request.courier.trim(),
          request.sentAt ? new Date(request.sentAt) : now,
          caller.username,
          now,
        ],
      );
      const row = await this.row(id, tx);
      await this.index(tx, row);
      await this.steps.record(tx, caller, {
        kind: 'confidential_delivery',
        id,
        action: 'delivery.sent',
        label: '机要发出',
        state: 'sent',
        secrecyLevel,
        unitIds: row.unit_ids,
        note: `${recipientName}，份号 ${row.copy_numbers.join('、')}，交通员 ${row.courier}`,
        at: row.sent_at,
      });
      return id;
    });
    return this.get(id, caller);
  }

  async get(id: string, caller: CallerContext): Promise<ConfidentialDeliveryView> {
    return toView(await this.visible(id, caller, this.dataSource));
  }

  async list(request: ListConfidentialDeliveries.Request, caller: CallerContext): Promise<ListConfidentialDeliveries.Reply> {
    const page = pageOf(request);
    const filters = new Filters(caller);
    if (request.state) filters.where('state = ?', request.state);
    filters.search(request.q, 'document_title', 'doc_number');
    const { rows, total } = await selectPage<DeliveryRow>(this.dataSource, { columns: '*', from: `"${this.schema}".confidential_delivery`, filters, orderBy: 'sent_at DESC, id', ...page });
    return { items: rows.map(toView), total, ...page };
  }

  /** The receiver signs for the copies: a clerk, or the liaison of the receiving unit. */
  async receive(request: ReceiveConfidentialDelivery.Request, caller: CallerContext): Promise<ConfidentialDeliveryView> {
    await this.transactions.run(async (tx) => {
      const row = await this.visible(request.id, caller, tx.manager, true);
      const receiver = hasPermission(caller, DOCUMENTS_PROCESS) || (!!caller.unitId && caller.unitId === row.recipient_unit_id && hasPermission(caller, 'documents:handle-own'));
      if (!receiver) throw new DomainError(CommonDocumentErrors.forbidden, '只有接收单位或文秘科可以登记签收');
      if (row.version !== request.expectedVersion) throw new DomainError(CommonDocumentErrors.versionConflict, `递送记录已被他人修改（当前版本 ${row.version}），请刷新后重试`);
      if (row.state !== 'sent') throw new DomainError(CommonDocumentErrors.invalidState, `当前状态“${DELIVERY_STATE_LABELS[row.state]}”不能再签收`);
      const receivedAt = request.receivedAt ? new Date(request.receivedAt) : new Date();
      if (receivedAt < row.sent_at) throw new DomainError(CommonDocumentErrors.invalidState, '签收时间不能早于发出时间', [{ field: 'receivedAt', code: 'order', message: '签收时间：不能早于发出时间' }]);
      const saved = firstUpdated<DeliveryRow>(await tx.manager.query(
        `UPDATE "${this.schema}".confidential_delivery SET state = 'received', received_at = $2, receiver_signature = $3, version = version + 1, updated_by = $4, updated_at = now()
          WHERE id = $1 RETURNING *`,
        [row.id, receivedAt, request.receiverSignature.trim(), caller.username],
      )) as DeliveryRow;
      await this.index(tx, saved);
      await this.steps.record(tx, caller, {
        kind: 'confidential_delivery',
        id: row.id,
        action: 'delivery.received',
        label: '签收',
        state: 'received',
        secrecyLevel: saved.secrecy_level,
        unitIds: saved.unit_ids,
        note: `签收人 ${request.receiverSignature.trim()}`,
        at: receivedAt,
      });
    });
    return this.get(request.id, caller);
  }

  private visible(id: string, caller: CallerContext, db: Queryable, lock = false): Promise<DeliveryRow> {
    return visibleRowOr404<DeliveryRow>(db, `SELECT * FROM "${this.schema}".confidential_delivery WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, id, caller, {
      spec: CommonDocumentErrors.notFound,
      detail: '递送记录不存在或无权查看',
    });
  }

  private async row(id: string, tx: Tx): Promise<DeliveryRow> {
    const [row]: DeliveryRow[] = await tx.manager.query(`SELECT * FROM "${this.schema}".confidential_delivery WHERE id = $1`, [id]);
    return row;
  }

  private async index(tx: Tx, row: DeliveryRow): Promise<void> {
    await this.registry.put(tx, {
      kind: 'confidential_delivery',
      id: row.id,
      title: `机要递送：${row.document_title}`,
      docNumber: row.doc_number,
      status: row.state,
      statusLabel: DELIVERY_STATE_LABELS[row.state],
      secrecyLevel: row.secrecy_level,
      unitIds: row.unit_ids,
      userIds: row.user_ids,
      year: row.sent_at.getUTCFullYear(),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }
}


function toView(row: DeliveryRow): ConfidentialDeliveryView {
  return {
    id: row.id,
    ...(row.document_kind ? { documentKind: row.document_kind } : {}),
    ...(row.document_id ? { documentId: row.document_id } : {}),
    documentTitle: row.document_title,
    ...(row.doc_number ? { docNumber: row.doc_number } : {}),
    secrecyLevel: row.secrecy_level,
    copyNumbers: row.copy_numbers,
    ...(row.recipient_unit_id ? { recipientUnitId: row.recipient_unit_id } : {}),
    recipientName: row.recipient_name,
    courier: row.courier,
    sentAt: row.sent_at.toISOString(),
    ...(row.received_at ? { receivedAt: row.received_at.toISOString() } : {}),
    ...(row.receiver_signature ? { receiverSignature: row.receiver_signature } : {}),
    state: row.state,
    stateLabel: DELIVERY_STATE_LABELS[row.state],
    createdBy: row.created_by,
    version: row.version,
  };
}
