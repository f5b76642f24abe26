import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 主动公开信息 (《政府信息公开条例》第十九–二十六条): a document that document-secretariat issues as 主动公开 (its
 * `outgoing.issued` event) or information the section registers, published to the 公开目录 within 20 working days of
 * being made or changed (第二十六条), after 保密审查 (第十七条):
 * queued 待保密审查 → cleared 待发布 → published 已公开 → withdrawn 已撤回（说明理由）; queued → held 不予发布 (review not cleared).
 */
export const PUBLICATION_STATUSES = ['queued', 'cleared', 'published', 'held', 'withdrawn'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];
export const PUBLICATION_STATUS_LABELS: Record<PublicationStatus, string> = {
  queued: '待保密审查',
  cleared: '待发布',
  published: '已公开',
  held: '经审查不予发布',
  withdrawn: '已撤回',
};

/** 公开目录 categories (公开指南 of the office). */
export const CATALOGUE_CATEGORIES = ['policy_document', 'normative_document', 'plan', 'finance', 'personnel', 'announcement', 'other'] as const;
export type CatalogueCategory = (typeof CATALOGUE_CATEGORIES)[number];
export const CATALOGUE_CATEGORY_LABELS: Record<CatalogueCategory, string> = {
  policy_document: '政策文件',
  normative_document: '行政规范性文件',
  plan: '规划计划',
  finance: '财政信息',
  personnel: '人事信息',
  announcement: '通知公告',
  other: '其他',
};

export const PUBLICATION_SOURCES = ['document', 'manual'] as const;
export type PublicationSource = (typeof PUBLICATION_SOURCES)[number];

/** The fields the section gives when it registers information itself. */
export class PublicationFields {
  @ApiProperty({ description: '信息名称' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(300, { message: 'title：不超过 300 个字' })
  title: string;

  @ApiProperty({ description: '内容摘要' })
  @IsString({ message: 'content：必须为文本' })
  @MaxLength(20000, { message: 'content：不超过 20000 个字' })
  content: string;

  @ApiProperty({ enum: CATALOGUE_CATEGORIES, description: '公开目录类别' })
  @IsIn(CATALOGUE_CATEGORIES, { message: 'category：公开目录类别无效' })
  category: CatalogueCategory;
}

export class PublicationView extends PublicationFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ nullable: true, description: '恒为空：主动公开信息属于本办', type: String }) unitId: string | null;
  @ApiProperty({ enum: PUBLICATION_SOURCES, description: 'document 发文核发，manual 科室登记' }) source: PublicationSource;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: '发文 id（document-secretariat）', type: String }) documentId: string | null;
  @ApiPropertyOptional({ nullable: true, description: '发文字号', type: String }) docNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) issuingBody: string | null;
  @ApiProperty({ description: '信息形成（变更）之日' }) madeOn: string;
  @ApiProperty({ enum: PUBLICATION_STATUSES }) status: PublicationStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ nullable: true, description: '公开期限（信息形成之日起 20 个工作日，第二十六条）', type: String }) dueDate: string | null;
  @ApiProperty({ type: [String], description: '期限计算说明' }) dueExplanation: string[];
  @ApiProperty({ description: '是否逾期（未公开且已过期限，或公开晚于期限）' }) late: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) secrecyReviewedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) secrecyReviewedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) secrecyNote: string | null;
  @ApiPropertyOptional({ nullable: true, description: '索引号', type: String }) indexNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) publishedOn: string | null;
  @ApiPropertyOptional({ nullable: true, description: '公开网址', type: String }) url: string | null;
  @ApiPropertyOptional({ nullable: true, description: '撤回或不予发布的理由', type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const PublicationErrors = {
  notFound: { kind: 'not_found', code: 'PUBLICATION.NOT_FOUND', title: '主动公开信息不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'PUBLICATION.VERSION_CONFLICT', title: '主动公开信息已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'PUBLICATION.INVALID_STATE', title: '当前状态不能进行此操作' },
  dateOrder: { kind: 'rule_violation', code: 'PUBLICATION.DATE_ORDER', title: '日期先后不符' },
} as const;

/** RPC subjects, under `rpc.disclosure.`. */
export const PublicationSubjects = {
  create: 'publication.create',
  update: 'publication.update',
  review: 'publication.review',
  publish: 'publication.publish',
  withdraw: 'publication.withdraw',
  get: 'publication.get',
  list: 'publication.list',
} as const;

export namespace CreatePublication {
  export class Request extends PublicationFields {
    @ApiProperty({ description: '信息形成（变更）之日' }) @IsCalendarDate({ message: 'madeOn：必须是有效的日期（YYYY-MM-DD）' }) madeOn: string;
  }
  export class Reply extends PublicationView {}
}

export namespace UpdatePublication {
  export class Body extends PublicationFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends PublicationView {}
}

export namespace ReviewPublication {
  export class Body {
    @ApiProperty({ enum: ['cleared', 'not_cleared'], description: '保密审查结论' }) @IsIn(['cleared', 'not_cleared'], { message: 'conclusion：审查结论无效' }) conclusion: 'cleared' | 'not_cleared';
    @ApiProperty() @IsCalendarDate({ message: 'reviewedOn：必须是有效的日期（YYYY-MM-DD）' }) reviewedOn: string;
    @ApiPropertyOptional({ description: '审查意见；不予发布须说明理由' }) @IsOptional() @IsString({ message: 'note：必须为文本' }) @MaxLength(2000, { message: 'note：不超过 2000 个字' }) note?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace PublishPublication {
  export class Body {
    @ApiProperty({ description: '公开之日' }) @IsCalendarDate({ message: 'publishedOn：必须是有效的日期（YYYY-MM-DD）' }) publishedOn: string;
    @ApiPropertyOptional({ description: '公开网址' }) @IsOptional() @Matches(/^https?:\/\/\S{3,500}$/, { message: 'url：须为 http(s) 网址' }) url?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace WithdrawPublication {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends PublicationView {}
}

export namespace GetPublication {
  export class Request extends RecordRef {}
  export class Reply extends PublicationView {}
}

export namespace ListPublications {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: PUBLICATION_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(PUBLICATION_STATUSES, { message: 'status：取值无效' })
    status?: PublicationStatus;

    @ApiPropertyOptional({ enum: CATALOGUE_CATEGORIES, description: '公开目录类别' })
    @IsOptional()
    @IsIn(CATALOGUE_CATEGORIES, { message: 'category：取值无效' })
    category?: CatalogueCategory;

    @ApiPropertyOptional({ description: '名称或文号模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;

    @ApiPropertyOptional({ description: 'true：只看待公开且已超过第二十六条期限的' })
    @IsOptional()
    @IsIn(['true', 'false', true, false], { message: 'late：须为 true 或 false' })
    late?: string | boolean;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [PublicationView] }) items: PublicationView[];
  }
}

/** What the events of one 主动公开信息 carry: its snapshot with its version (consumers apply only newer ones). */
export class PublicationSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(PUBLICATION_STATUSES) status: PublicationStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() documentId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() indexNumber: string | null;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const PublicationEvents = {
  created: eventSubject('disclosure', 'publication.created'),
  updated: eventSubject('disclosure', 'publication.updated'),
  reviewed: eventSubject('disclosure', 'publication.reviewed'),
  published: eventSubject('disclosure', 'publication.published'),
  withdrawn: eventSubject('disclosure', 'publication.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const PublicationEventDescriptions = {
  'publication.created': { zh: '主动公开信息进入待公开队列（发文核发或科室登记）', en: 'Information entered the proactive-disclosure queue.' },
  'publication.updated': { zh: '主动公开信息的名称、摘要或类别被修改', en: 'A queued publication was changed.' },
  'publication.reviewed': { zh: '主动公开信息经保密审查', en: 'A publication went through its secrecy review.' },
  'publication.published': { zh: '主动公开信息列入公开目录并公开', en: 'A publication was published to the disclosure catalogue.' },
  'publication.withdrawn': { zh: '主动公开信息被撤回（注明理由，不删除）', en: 'A publication was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by disclosure when a 主动公开信息 is queued, reviewed, published or withdrawn; carries its snapshot. */
export namespace PublicationChanged {
  export class Event extends PublicationSnapshot {}
}
