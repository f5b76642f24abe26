import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  ConfidentialDeliveryErrors,
  DELIVERY_STATE_LABELS,
  type ConfidentialDeliveryView,
  type CreateConfidentialDelivery,
  type ListConfidentialDeliveries,
  type ReceiveConfidentialDelivery,
  DocumentSecretariatPermissions,
} from '@gov/contracts-document-secretariat';
import { DomainError, Transactions, type Queryable, type Tx } from '@gov/platform';
import { visibleOr404 } from '../../common/rows.js';
import { Registry } from '../../common/registry.js';
import { KnownUnits } from '../../common/units.js';
import { DOCUMENTS_PROCESS } from '../incoming/incoming.service.js';
import { RecordSteps } from '../incoming/steps.js';
import { ConfidentialRepository, type DeliveryRow } from './confidential.repository.js';

/** 机要递送: which copies (份号) of a classified document went to whom, by which courier, and who signed for them when. */
@Injectable()
export class ConfidentialDeliveries {
  constructor(
    private readonly deliveries: ConfidentialRepository,
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
      await this.deliveries.insert(tx.manager, {
        id,
        document_kind: request.documentKind ?? null,
        document_id: request.documentId ?? null,
        document_title: title,
        doc_number: docNumber,
        secrecy_level: secrecyLevel,
        unit_ids: unit ? [unit.id] : [],
        copy_numbers: [...new Set(request.copyNumbers)],
        recipient_unit_id: unit?.id ?? null,
        recipient_name: recipientName,
        courier: request.courier.trim(),
        sent_at: request.sentAt ? new Date(request.sentAt) : now,
        created_by: caller.username,
        created_at: now,
      });
      const row = (await this.deliveries.find(id, tx.manager)) as DeliveryRow;
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
    return toView(await this.visible(id, caller));
  }

  async list(request: ListConfidentialDeliveries.Request, caller: CallerContext): Promise<ListConfidentialDeliveries.Reply> {
    const page = pageOf(request);
    const { items: rows, total } = await this.deliveries.search({ state: request.state, q: request.q, ...page }, caller);
    return { items: rows.map(toView), total, ...page };
  }

  /** The receiver signs for the copies: a clerk, or the liaison of the receiving unit. */
  async receive(request: ReceiveConfidentialDelivery.Request, caller: CallerContext): Promise<ConfidentialDeliveryView> {
    await this.transactions.run(async (tx) => {
      const row = await this.visible(request.id, caller, tx.manager, true);
      const receiver = hasPermission(caller, DOCUMENTS_PROCESS) || (!!caller.unitId && caller.unitId === row.recipient_unit_id && hasPermission(caller, DocumentSecretariatPermissions.documentsHandleOwn));
      if (!receiver) throw new DomainError(CommonDocumentErrors.forbidden, '只有接收单位或文秘科可以登记签收');
      if (row.version !== request.expectedVersion) throw new DomainError(CommonDocumentErrors.versionConflict, `递送记录已被他人修改（当前版本 ${row.version}），请刷新后重试`);
      if (row.state !== 'sent') throw new DomainError(CommonDocumentErrors.invalidState, `当前状态“${DELIVERY_STATE_LABELS[row.state]}”不能再签收`);
      const receivedAt = request.receivedAt ? new Date(request.receivedAt) : new Date();
      if (receivedAt < row.sent_at) throw new DomainError(CommonDocumentErrors.invalidState, '签收时间不能早于发出时间', [{ field: 'receivedAt', code: 'order', message: '签收时间：不能早于发出时间' }]);
      const saved = await this.deliveries.markReceived(tx.manager, row.id, receivedAt, request.receiverSignature.trim(), caller.username);
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

  private async visible(id: string, caller: CallerContext, db?: Queryable, lock = false): Promise<DeliveryRow> {
    return visibleOr404(await this.deliveries.find(id, db, lock), caller, { spec: CommonDocumentErrors.notFound, detail: '递送记录不存在或无权查看' });
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
