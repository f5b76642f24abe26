import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, NotEquals } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, VersionedRef } from '@gov/contracts-common';

/**
 * 业绩考评 (the yearly evaluation of the units' 政务信息 work): per unit the twelve months' scores of the monthly notice,
 * plus adjustments that carry a reason, ranked. draft 草稿 → final 已定稿 (an immutable snapshot of every line).
 */
export const EVALUATION_STATUSES = ['draft', 'final'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
export const EVALUATION_STATUS_LABELS: Record<EvaluationStatus, string> = { draft: '草稿', final: '已定稿' };

/** One unit's line of a year's evaluation. */
export class EvaluationLine {
  @ApiProperty({ description: '名次（同分同名次）' }) rank: number;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ description: '单位名称' }) unitName: string;
  @ApiProperty({ type: [Number], description: '1–12 月得分（月度通报的得分）' }) months: number[];
  @ApiProperty({ description: '各月得分合计' }) monthsTotal: number;
  @ApiProperty({ description: '调整分合计（未撤销的调整）' }) adjustment: number;
  @ApiProperty({ description: '年度得分（各月合计加调整分）' }) score: number;
}

export class EvaluationAdjustmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ description: '单位名称' }) unitName: string;
  @ApiProperty({ description: '调整分（正为加分，负为减分）' }) points: number;
  @ApiProperty({ description: '调整理由' }) reason: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ description: '撤销理由（撤销的调整保留，不计分）', nullable: true }) withdrawalReason: string | null;
  @ApiPropertyOptional({ nullable: true }) withdrawnBy: string | null;
  @ApiPropertyOptional({ nullable: true }) withdrawnAt: string | null;
}

export class EvaluationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '年度' }) year: number;
  @ApiProperty({ enum: EVALUATION_STATUSES, description: 'draft 草稿 / final 已定稿' }) status: EvaluationStatus;
  @ApiPropertyOptional({ description: '定稿人', nullable: true }) finalizedBy: string | null;
  @ApiPropertyOptional({ description: '定稿时间', nullable: true }) finalizedAt: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class EvaluationDetailView extends EvaluationView {
  @ApiProperty({ type: [EvaluationLine], description: '各单位得分与排名（草稿为即时计算，定稿为定稿时的快照）' }) lines: EvaluationLine[];
  @ApiProperty({ type: [EvaluationAdjustmentView], description: '调整分（含已撤销的）' }) adjustments: EvaluationAdjustmentView[];
}

export const EvaluationErrors = {
  notFound: { kind: 'not_found', code: 'EVALUATION.NOT_FOUND', title: '业绩考评不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'EVALUATION.VERSION_CONFLICT', title: '业绩考评已被他人修改' },
  finalized: { kind: 'rule_violation', code: 'EVALUATION.FINALIZED', title: '业绩考评已定稿，不能再修改' },
  duplicateYear: { kind: 'conflict', code: 'EVALUATION.DUPLICATE_YEAR', title: '该年度已有业绩考评' },
  adjustmentNotFound: { kind: 'not_found', code: 'EVALUATION.ADJUSTMENT_NOT_FOUND', title: '调整分记录不存在' },
  adjustmentWithdrawn: { kind: 'rule_violation', code: 'EVALUATION.ADJUSTMENT_WITHDRAWN', title: '调整分已撤销' },
  unknownUnit: { kind: 'rule_violation', code: 'EVALUATION.UNKNOWN_UNIT', title: '单位名录中无此单位' },
} as const;

/** RPC subjects, under `rpc.information.`. */
export const EvaluationSubjects = {
  create: 'evaluation.create',
  adjust: 'evaluation.adjust',
  withdrawAdjustment: 'evaluation.withdraw-adjustment',
  finalize: 'evaluation.finalize',
  get: 'evaluation.get',
  list: 'evaluation.list',
  xlsx: 'evaluation.xlsx',
} as const;

export namespace CreateEvaluation {
  export class Request {
    @ApiProperty({ description: '年度', example: 2026 })
    @IsInt32({ message: 'year：须为整数' })
    @Min(2000, { message: 'year：不早于 2000 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year: number;
  }
  export class Reply extends EvaluationDetailView {}
}

export namespace AdjustEvaluation {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '单位' }) @IsUUID('all', { message: 'unitId：须为单位编号' }) unitId: string;

    @ApiProperty({ description: '调整分（正为加分，负为减分，不为 0）', example: 5 })
    @IsInt32({ message: 'points：须为整数' })
    @NotEquals(0, { message: 'points：调整分不能为 0' })
    @Min(-200, { message: 'points：不低于 -200' })
    @Max(200, { message: 'points：不超过 200' })
    points: number;

    @ApiProperty({ description: '调整理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：调整须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends EvaluationDetailView {}
}

export namespace WithdrawEvaluationAdjustment {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '调整分记录' }) @IsUUID('all', { message: 'adjustmentId：须为记录编号' }) adjustmentId: string;

    @ApiProperty({ description: '撤销理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤销须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends EvaluationDetailView {}
}

export namespace FinalizeEvaluation {
  export class Request extends VersionedRef {}
  export class Reply extends EvaluationDetailView {}
}

export namespace GetEvaluation {
  export class Request extends RecordRef {}
  export class Reply extends EvaluationDetailView {}
}

export namespace ExportEvaluation {
  export class Request extends RecordRef {}
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty() mediaType: string;
    @ApiProperty({ description: '行数' }) rows: number;
    @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
  }
}

export namespace ListEvaluations {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: EVALUATION_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(EVALUATION_STATUSES, { message: 'status：取值无效' })
    status?: EvaluationStatus;

    @ApiPropertyOptional({ description: '年度' })
    @IsOptional()
    @Type(() => Number)
    @IsInt({ message: 'year：须为整数' })
    @Min(2000, { message: 'year：不早于 2000 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year?: number;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [EvaluationView] }) items: EvaluationView[];
  }
}

/** What the events of one 业绩考评 carry: its snapshot with its version (consumers apply only newer ones). */
export class EvaluationSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsInt32() @Min(2000) year: number;
  @ApiProperty() @IsIn(EVALUATION_STATUSES) status: EvaluationStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() finalizedBy: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() finalizedAt: string | null;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const EvaluationEvents = {
  created: eventSubject('information', 'evaluation.created'),
  adjusted: eventSubject('information', 'evaluation.adjusted'),
  finalized: eventSubject('information', 'evaluation.finalized'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const EvaluationEventDescriptions = {
  'evaluation.created': { zh: '年度业绩考评建立（草稿）', en: 'A yearly evaluation was started (draft).' },
  'evaluation.adjusted': { zh: '业绩考评的调整分登记或撤销（注明理由）', en: 'An adjustment of a yearly evaluation was added or withdrawn, with a reason.' },
  'evaluation.finalized': { zh: '业绩考评定稿（各单位得分与排名成为不可更改的快照）', en: 'A yearly evaluation was finalized: its lines are an immutable snapshot.' },
} as const;

/** Published by information when a 业绩考评 is created, adjusted or finalized; carries its snapshot. */
export namespace EvaluationChanged {
  export class Event extends EvaluationSnapshot {}
}
