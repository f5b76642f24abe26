import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { eventSubject, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';

/** 印鉴: the registry of seals, requests to use one (approved by a leader), and the use log. */

export const SEAL_KINDS = ['official', 'overprint', 'steel', 'signature', 'special'] as const;
export type SealKind = (typeof SEAL_KINDS)[number];
export const SEAL_KIND_LABELS: Record<SealKind, string> = { official: '公章', overprint: '套印章', steel: '钢印', signature: '签名章', special: '专用章' };

export const SEAL_STATUSES = ['active', 'retired'] as const;
export type SealStatus = (typeof SEAL_STATUSES)[number];
export const SEAL_STATUS_LABELS: Record<SealStatus, string> = { active: '在用', retired: '已停用' };

export const SEAL_REQUEST_STATUSES = ['pending', 'approved', 'rejected', 'used'] as const;
export type SealRequestStatus = (typeof SEAL_REQUEST_STATUSES)[number];
export const SEAL_REQUEST_STATUS_LABELS: Record<SealRequestStatus, string> = { pending: '待审批', approved: '已批准', rejected: '已驳回', used: '已用印' };

export const SealErrors = {
  notFound: { kind: 'not_found', code: 'SEAL.NOT_FOUND', title: '印章不存在' },
  retired: { kind: 'rule_violation', code: 'SEAL.RETIRED', title: '印章已停用' },
  nameTaken: { kind: 'conflict', code: 'SEAL.NAME_TAKEN', title: '已有同名在用印章' },
  requestNotFound: { kind: 'not_found', code: 'SEAL_REQUEST.NOT_FOUND', title: '用印申请不存在或无权查看' },
  notApproved: { kind: 'rule_violation', code: 'SEAL_REQUEST.NOT_APPROVED', title: '用印申请未获批准，不能用印' },
  alreadyDecided: { kind: 'rule_violation', code: 'SEAL_REQUEST.ALREADY_DECIDED', title: '用印申请已审批' },
  tooManyImpressions: { kind: 'rule_violation', code: 'SEAL_REQUEST.TOO_MANY_IMPRESSIONS', title: '用印次数超过批准份数' },
  versionConflict: { kind: 'precondition_failed', code: 'SEAL.VERSION_CONFLICT', title: '记录已被他人修改' },
  documentNotFound: { kind: 'not_found', code: 'SEAL_REQUEST.DOCUMENT_NOT_FOUND', title: '所用印的公文不存在或无权查看' },
} as const;

export class SealView {
  @ApiProperty() id: string;
  @ApiProperty({ description: '印章名称', example: '博山区人民政府办公室' }) name: string;
  @ApiProperty({ enum: SEAL_KINDS }) kind: SealKind;
  @ApiProperty() kindLabel: string;
  @ApiProperty({ description: '保管人' }) keeperName: string;
  @ApiPropertyOptional({ format: 'uuid' }) keeperUserId?: string;
  @ApiProperty({ enum: SEAL_STATUSES }) status: SealStatus;
  @ApiPropertyOptional({ description: '停用原因' }) retiredReason?: string;
  @ApiPropertyOptional() retiredBy?: string;
  @ApiPropertyOptional() retiredAt?: string;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class SealUseView {
  @ApiProperty() id: string;
  @ApiProperty() requestId: string;
  @ApiProperty() sealId: string;
  @ApiProperty() sealName: string;
  @ApiProperty({ description: '用印次数' }) impressions: number;
  @ApiProperty({ description: '用印人' }) appliedBy: string;
  @ApiProperty() appliedByName: string;
  @ApiProperty() appliedAt: string;
  @ApiPropertyOptional() note?: string;
  @ApiPropertyOptional() documentId?: string;
  @ApiPropertyOptional() documentTitle?: string;
}

export class SealRequestView {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'uuid' }) sealId: string;
  @ApiProperty() sealName: string;
  @ApiProperty({ description: '用印事由' }) purpose: string;
  @ApiPropertyOptional({ enum: ['outgoing'], description: '所用印的公文类型' }) documentKind?: 'outgoing';
  @ApiPropertyOptional({ format: 'uuid' }) documentId?: string;
  @ApiPropertyOptional() documentTitle?: string;
  @ApiProperty({ description: '申请用印份数' }) copies: number;
  @ApiProperty({ enum: SEAL_REQUEST_STATUSES }) status: SealRequestStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty() requestedBy: string;
  @ApiProperty() requestedByName: string;
  @ApiProperty() requestedAt: string;
  @ApiPropertyOptional() decidedBy?: string;
  @ApiPropertyOptional() decidedByName?: string;
  @ApiPropertyOptional() decidedAt?: string;
  @ApiPropertyOptional({ description: '审批意见或驳回理由' }) decisionReason?: string;
  @ApiPropertyOptional({ type: SealUseView }) use?: SealUseView;
  @ApiProperty() secrecyLevel: number;
  @ApiProperty() version: number;
  @ApiProperty() updatedAt: string;
}

export const SealSubjects = {
  create: 'seal.create',
  list: 'seal.list',
  get: 'seal.get',
  retire: 'seal.retire',
  request: 'seal-request.create',
  getRequest: 'seal-request.get',
  listRequests: 'seal-request.list',
  decide: 'seal-request.decide',
  apply: 'seal-request.apply',
  listUses: 'seal-use.list',
} as const;

export const SealEvents = {
  /** A seal was registered or retired. */
  sealChanged: eventSubject('document-secretariat', 'seal.changed'),
  /** A use request was made, decided or used. */
  requestChanged: eventSubject('document-secretariat', 'seal-request.changed'),
} as const;

/** Published by document-secretariat when a seal is registered or retired; `version` orders the snapshots. No consumer yet. */
export namespace SealChanged {
  export class Event {
    @ApiProperty() @IsUUID() sealId: string;
    @ApiProperty() @IsString() name: string;
    @ApiProperty({ enum: SEAL_STATUSES }) @IsIn(SEAL_STATUSES) status: SealStatus;
    @ApiProperty() @IsInt32() version: number;
  }
}

/** Published by document-secretariat on each step of a seal use request; `version` orders the snapshots. No consumer yet. */
export namespace SealRequestChanged {
  export class Event {
    @ApiProperty() @IsUUID() requestId: string;
    @ApiProperty() @IsUUID() sealId: string;
    @ApiProperty({ enum: SEAL_REQUEST_STATUSES }) @IsIn(SEAL_REQUEST_STATUSES) status: SealRequestStatus;
    @ApiProperty() @IsInt32() version: number;
    @ApiPropertyOptional() @IsOptional() @IsUUID() documentId?: string;
  }
}

export namespace CreateSeal {
  export class Request {
    @ApiProperty({ description: '印章名称', example: '博山区人民政府办公室' }) @IsString() @MinLength(2) @MaxLength(80) name: string;
    @ApiProperty({ enum: SEAL_KINDS, description: '公章、套印章、钢印、签名章、专用章' }) @IsIn(SEAL_KINDS, { message: '印章类别只能是 official、overprint、steel、signature、special' }) kind: SealKind;
    @ApiProperty({ description: '保管人姓名' }) @IsString() @MinLength(2) @MaxLength(40) keeperName: string;
    @ApiPropertyOptional({ format: 'uuid', description: '保管人用户 id' }) @IsOptional() @IsUUID() keeperUserId?: string;
  }
}

export namespace RetireSeal {
  export class Body {
    @ApiProperty({ description: '停用原因' }) @IsString() @MinLength(2, { message: '须写明停用原因' }) @MaxLength(200) reason: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace GetSeal {
  export class Request extends RecordRef {}
}

export namespace ListSeals {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: SEAL_STATUSES }) @IsOptional() @IsIn(SEAL_STATUSES) status?: SealStatus;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [SealView] }) items: SealView[];
  }
}

export namespace RequestSealUse {
  export class Request {
    @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: '印章 id 格式不正确' }) sealId: string;
    @ApiProperty({ description: '用印事由' }) @IsString() @MinLength(2, { message: '须写明用印事由' }) @MaxLength(300) purpose: string;
    @ApiPropertyOptional({ format: 'uuid', description: '所用印的发文 id（可选）' }) @IsOptional() @IsUUID('all', { message: '公文 id 格式不正确' }) outgoingDocumentId?: string;
    @ApiProperty({ description: '用印份数' }) @IsInt32({ message: '份数须为整数' }) @Min(1) @Max(10_000) copies: number;
  }
}

export namespace DecideSealRequest {
  export class Body {
    @ApiProperty({ description: '批准（true）或驳回（false）' }) @IsBoolean({ message: 'approve 须为 true 或 false' }) approve: boolean;
    @ApiPropertyOptional({ description: '审批意见；驳回时必填理由' }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace ApplySeal {
  export class Body {
    @ApiProperty({ description: '实际用印次数' }) @IsInt32({ message: '用印次数须为整数' }) @Min(1) @Max(10_000) impressions: number;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) note?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace GetSealRequest {
  export class Request extends RecordRef {}
}

export namespace ListSealRequests {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: SEAL_REQUEST_STATUSES }) @IsOptional() @IsIn(SEAL_REQUEST_STATUSES) status?: SealRequestStatus;
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() sealId?: string;
    @ApiPropertyOptional({ description: '按事由模糊搜索' }) @IsOptional() @IsString() @MaxLength(60) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [SealRequestView] }) items: SealRequestView[];
  }
}

export namespace ListSealUses {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() sealId?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [SealUseView] }) items: SealUseView[];
  }
}
