import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import type { RecipientInput, RecipientRelation, RecipientView, RoutingBasisInput, RoutingBasisView } from '@gov/contracts-document-secretariat';
import type { UnitType } from '@gov/contracts-duty-and-meetings';
import type { OutgoingAction } from './outgoing-state.js';
import type { CountersignRow, OutgoingRow } from './outgoing.repository.js';
import type { DraftForReview, Recipient, RoutingBasis } from './review-rules.js';

/** The office's sections (科室) that may be asked to countersign. */
export const SECTION_NAMES: Record<string, string> = {
  zonghe: '综合科',
  wenmi: '文秘科',
  mishu_yi: '秘书一科',
  mishu_er: '秘书二科',
  xinxi: '信息科',
  ducha: '督查室',
  renshi: '人事科',
  caiwu: '财务科',
  dashuju: '大数据科',
  waishi: '外事科',
  jiguan_shiwu: '机关事务管理科',
  zhineng_zhuanbian: '政府职能转变协调推进科',
  dang_zongzhi: '机关党总支',
};

/** How a unit of the directory stands to the district government and its office, when the drafter does not say. */
export const RELATION_OF_UNIT_TYPE: Record<UnitType, RecipientRelation> = {
  department: 'subordinate',
  town: 'subordinate',
  street: 'subordinate',
  development_zone: 'subordinate',
  party_committee_office: 'peer',
  npc_office: 'peer',
  cppcc_office: 'peer',
};

export const CLASSIFICATION: Record<number, DraftForReview['classification']> = { 0: 'none', 1: '秘密', 2: '机密', 3: '绝密' };

/** Today in China (成文日期 and the year of a 发文字号 are Beijing dates). */
export function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** What a step of the workflow changes, and how the timeline and event name it. */
export interface OutgoingChange {
  action: OutgoingAction;
  /** Stable timeline code, e.g. `outgoing.signed`. */
  code: string;
  label: string;
  note?: string | null;
  detail?: Record<string, unknown>;
  changes: Partial<OutgoingRow>;
}

export function blankCountersign(documentId: string, round: number, caller: CallerContext, now: Date): CountersignRow {
  return {
    id: randomUUID(),
    document_id: documentId,
    round,
    party_kind: 'unit',
    unit_id: null,
    section_code: null,
    party_name: '',
    status: 'pending',
    opinion: null,
    signed_by: null,
    signed_by_name: null,
    signed_at: null,
    requested_by: caller.username,
    requested_at: now,
  };
}

export function toInput(recipient: RecipientView): RecipientInput {
  const base: RecipientInput = recipient.unitId ? { unitId: recipient.unitId, relation: recipient.relation } : { name: recipient.name, relation: recipient.relation };
  return recipient.skipsLevel ? { ...base, skipsLevel: true } : base;
}

/** A stored 行文依据 back as input (a correction starts from the original's). */
export function routingInput(routing: RoutingBasisView | null | undefined): RoutingBasisInput {
  const { jointIssuance, ...rest } = routing ?? {};
  return { ...rest, ...(jointIssuance ? { jointIssuance: { leadBody: jointIssuance.leadBody, coIssuers: jointIssuance.coIssuers.map(toInput) } } : {}) };
}

/** A stored recipient as the 行文规则 see it. */
export function reviewRecipient(recipient: RecipientView): Recipient {
  return { name: recipient.name, relation: recipient.relation, skipsLevel: !!recipient.skipsLevel, lowerGovernment: !!recipient.lowerGovernment };
}

/** The stored 行文依据 as the 行文规则 see it. */
export function routingForReview(routing: RoutingBasisView | null | undefined): RoutingBasis {
  const { jointIssuance, ...rest } = routing ?? {};
  return { ...rest, ...(jointIssuance ? { jointIssuance: { leadBody: jointIssuance.leadBody, coIssuers: jointIssuance.coIssuers.map(reviewRecipient) } } : {}) };
}
