import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 政务数据资源目录 that 大数据科 keeps (数据资源的规划、协调，政务数据共享开放): a unit (提供单位) describes each of its data
 * resources; the section reviews it into the published catalogue.
 * draft 草稿 → submitted 已报送 → published 已发布（审核通过）; submitted → returned 已退回 (with the reason) → submitted;
 * a change of a published resource is a new version that goes back to draft and is published again after review;
 * any state → withdrawn 已撤销 (with a reason; nothing is deleted).
 */
export const DATA_RESOURCE_STATUSES = ['draft', 'submitted', 'returned', 'published', 'withdrawn'] as const;
export type DataResourceStatus = (typeof DATA_RESOURCE_STATUSES)[number];
export const DATA_RESOURCE_STATUS_LABELS: Record<DataResourceStatus, string> = { draft: '草稿', submitted: '已报送', returned: '已退回', published: '已发布', withdrawn: '已撤销' };

/** 资源分类 (《政务信息资源目录编制指南（试行）》: 基础信息资源、主题信息资源、部门信息资源). */
export const DATA_RESOURCE_CATEGORIES = ['basic', 'thematic', 'departmental'] as const;
export type DataResourceCategory = (typeof DATA_RESOURCE_CATEGORIES)[number];
export const DATA_RESOURCE_CATEGORY_LABELS: Record<DataResourceCategory, string> = { basic: '基础', thematic: '主题', departmental: '部门' };

/** 资源格式. */
export const DATA_RESOURCE_FORMATS = ['database', 'file', 'api'] as const;
export type DataResourceFormat = (typeof DATA_RESOURCE_FORMATS)[number];
export const DATA_RESOURCE_FORMAT_LABELS: Record<DataResourceFormat, string> = { database: '数据库', file: '文件', api: '接口' };

/** 更新周期. */
export const UPDATE_CYCLES = ['realtime', 'daily', 'monthly', 'yearly', 'irregular'] as const;
export type UpdateCycle = (typeof UPDATE_CYCLES)[number];
export const UPDATE_CYCLE_LABELS: Record<UpdateCycle, string> = { realtime: '实时', daily: '每日', monthly: '每月', yearly: '每年', irregular: '不定期' };

/** 共享类型 (《政务信息资源共享管理暂行办法》国发〔2016〕51号 第九条). */
export const SHARING_TYPES = ['unconditional', 'conditional', 'none'] as const;
export type SharingType = (typeof SHARING_TYPES)[number];
export const SHARING_TYPE_LABELS: Record<SharingType, string> = { unconditional: '无条件共享', conditional: '有条件共享', none: '不予共享' };

/** 开放类型 (《山东省公共数据开放办法》). */
export const OPEN_TYPES = ['open', 'conditional', 'closed'] as const;
export type OpenType = (typeof OPEN_TYPES)[number];
export const OPEN_TYPE_LABELS: Record<OpenType, string> = { open: '开放', conditional: '有条件开放', closed: '不开放' };

/** 信息项的数据类型. */
export const DATA_ITEM_TYPES = ['string', 'number', 'date', 'datetime', 'boolean', 'binary'] as const;
export type DataItemType = (typeof DATA_ITEM_TYPES)[number];
export const DATA_ITEM_TYPE_LABELS: Record<DataItemType, string> = { string: '字符型', number: '数值型', date: '日期型', datetime: '日期时间型', boolean: '布尔型', binary: '二进制' };

/** One 信息项 of a resource: its name and data type. */
export class DataItem {
  @ApiProperty({ description: '信息项名称', example: '统一社会信用代码' })
  @IsString({ message: 'dataItems.name：必须为文本' })
  @MinLength(1, { message: 'dataItems.name：请填写信息项名称' })
  @MaxLength(100, { message: 'dataItems.name：不超过 100 个字' })
  name: string;

  @ApiProperty({ enum: DATA_ITEM_TYPES, description: '数据类型：string 字符型，number 数值型，date 日期型，datetime 日期时间型，boolean 布尔型，binary 二进制' })
  @IsIn(DATA_ITEM_TYPES, { message: 'dataItems.type：数据类型无效' })
  type: DataItemType;
}

/** The fields of one data resource, as the unit (or the section) describes it. */
export class DataResourceFields {
  @ApiProperty({ description: '资源名称', example: '企业登记基本信息' })
  @IsString({ message: 'name：必须为文本' })
  @MinLength(2, { message: 'name：资源名称至少 2 个字' })
  @MaxLength(200, { message: 'name：资源名称不超过 200 个字' })
  name: string;

  @ApiProperty({ description: '目录编码（唯一；字母、数字、-、/、.）', example: '371304-SCJG-0001' })
  @IsString({ message: 'code：必须为文本' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9\-/.]{1,63}$/, { message: 'code：目录编码为 2–64 位字母、数字、-、/ 或 .' })
  code: string;

  @ApiProperty({ enum: DATA_RESOURCE_CATEGORIES, description: '资源分类：basic 基础，thematic 主题，departmental 部门' })
  @IsIn(DATA_RESOURCE_CATEGORIES, { message: 'category：资源分类无效' })
  category: DataResourceCategory;

  @ApiPropertyOptional({ description: '资源摘要' })
  @IsOptional()
  @IsString({ message: 'summary：必须为文本' })
  @MaxLength(2000, { message: 'summary：不超过 2000 个字' })
  summary?: string;

  @ApiProperty({ type: [DataItem], description: '信息项（至少 1 项，名称不重复）' })
  @IsArray({ message: 'dataItems：须为信息项列表' })
  @ArrayMinSize(1, { message: 'dataItems：至少填写 1 个信息项' })
  @ArrayMaxSize(500, { message: 'dataItems：不超过 500 个信息项' })
  @ValidateNested({ each: true })
  @Type(() => DataItem)
  dataItems: DataItem[];

  @ApiProperty({ enum: DATA_RESOURCE_FORMATS, description: '资源格式：database 数据库，file 文件，api 接口' })
  @IsIn(DATA_RESOURCE_FORMATS, { message: 'format：资源格式无效' })
  format: DataResourceFormat;

  @ApiProperty({ enum: UPDATE_CYCLES, description: '更新周期：realtime 实时，daily 每日，monthly 每月，yearly 每年，irregular 不定期' })
  @IsIn(UPDATE_CYCLES, { message: 'updateCycle：更新周期无效' })
  updateCycle: UpdateCycle;

  @ApiProperty({ enum: SHARING_TYPES, description: '共享类型：unconditional 无条件共享，conditional 有条件共享，none 不予共享' })
  @IsIn(SHARING_TYPES, { message: 'sharingType：共享类型无效' })
  sharingType: SharingType;

  @ApiPropertyOptional({ description: '共享条件（有条件共享）或不予共享的依据（不予共享）；二者必填' })
  @IsOptional()
  @IsString({ message: 'sharingCondition：必须为文本' })
  @MaxLength(2000, { message: 'sharingCondition：不超过 2000 个字' })
  sharingCondition?: string;

  @ApiProperty({ enum: OPEN_TYPES, description: '开放类型：open 开放，conditional 有条件开放，closed 不开放' })
  @IsIn(OPEN_TYPES, { message: 'openType：开放类型无效' })
  openType: OpenType;

  @ApiPropertyOptional({ description: '开放条件（有条件开放）或不开放的依据（不开放时必填）' })
  @IsOptional()
  @IsString({ message: 'openBasis：必须为文本' })
  @MaxLength(2000, { message: 'openBasis：不超过 2000 个字' })
  openBasis?: string;
}

export class DataResourceView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: '目录编码' }) code: string;
  @ApiProperty({ format: 'uuid', description: '提供单位' }) unitId: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '提供单位名称（单位通讯录）' }) unitName: string | null;
  @ApiProperty({ enum: DATA_RESOURCE_CATEGORIES }) category: DataResourceCategory;
  @ApiPropertyOptional({ nullable: true, type: String }) summary: string | null;
  @ApiProperty({ type: [DataItem] }) dataItems: DataItem[];
  @ApiProperty({ enum: DATA_RESOURCE_FORMATS }) format: DataResourceFormat;
  @ApiProperty({ enum: UPDATE_CYCLES }) updateCycle: UpdateCycle;
  @ApiProperty({ enum: SHARING_TYPES }) sharingType: SharingType;
  @ApiPropertyOptional({ nullable: true, type: String, description: '共享条件或不予共享依据' }) sharingCondition: string | null;
  @ApiProperty({ enum: OPEN_TYPES }) openType: OpenType;
  @ApiPropertyOptional({ nullable: true, type: String, description: '开放条件或不开放依据' }) openBasis: string | null;
  @ApiProperty({ enum: DATA_RESOURCE_STATUSES }) status: DataResourceStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiProperty({ description: '已发布的版次（0 为从未发布）' }) edition: number;
  @ApiPropertyOptional({ nullable: true, type: String, description: '最近一次报送之时' }) submittedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '最近一次审核之时' }) reviewedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '审核人' }) reviewedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '审核意见（退回时为退回理由）' }) reviewOpinion: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '最近一次发布之时' }) publishedAt: string | null;
  @ApiPropertyOptional({ description: '撤销理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

/** One line of the resource's history: each step, with who, when, and the version it made (changes keep their fields). */
export class DataResourceStepView {
  @ApiProperty() at: string;
  @ApiProperty() by: string;
  @ApiProperty({ description: 'create, update, submit, approve, return, withdraw' }) step: string;
  @ApiProperty({ description: '步骤（中文）' }) label: string;
  @ApiProperty({ description: '此步骤后的版本号' }) version: number;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

export class DataResourceDetail extends DataResourceView {
  @ApiProperty({ type: [DataResourceStepView] }) steps: DataResourceStepView[];
}

export const DataResourceErrors = {
  notFound: { kind: 'not_found', code: 'DATA_RESOURCE.NOT_FOUND', title: '数据资源不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'DATA_RESOURCE.VERSION_CONFLICT', title: '数据资源已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'DATA_RESOURCE.INVALID_STATE', title: '当前状态不能进行此操作' },
  codeTaken: { kind: 'conflict', code: 'DATA_RESOURCE.CODE_TAKEN', title: '目录编码已被使用' },
  unknownUnit: { kind: 'rule_violation', code: 'DATA_RESOURCE.UNKNOWN_UNIT', title: '提供单位不在单位通讯录中' },
} as const;

/** RPC subjects, under `rpc.disclosure.`. */
export const DataResourceSubjects = {
  create: 'data-resource.create',
  update: 'data-resource.update',
  submit: 'data-resource.submit',
  review: 'data-resource.review',
  withdraw: 'data-resource.withdraw',
  get: 'data-resource.get',
  list: 'data-resource.list',
  catalogue: 'data-resource.catalogue',
} as const;

export namespace CreateDataResource {
  export class Request extends DataResourceFields {
    @ApiPropertyOptional({ format: 'uuid', description: '提供单位（大数据科登记时必填；联络员恒为本单位）' })
    @IsOptional()
    @IsUUID('all', { message: 'unitId：单位 id 无效' })
    unitId?: string;
  }
  export class Reply extends DataResourceDetail {}
}

export namespace UpdateDataResource {
  export class Body extends DataResourceFields {
    @ApiPropertyOptional({ description: '变更说明' })
    @IsOptional()
    @IsString({ message: 'note：必须为文本' })
    @MaxLength(1000, { message: 'note：不超过 1000 个字' })
    note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends DataResourceDetail {}
}

export namespace SubmitDataResource {
  export class Body {
    @ApiPropertyOptional({ description: '报送说明' })
    @IsOptional()
    @IsString({ message: 'note：必须为文本' })
    @MaxLength(1000, { message: 'note：不超过 1000 个字' })
    note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends DataResourceDetail {}
}

export namespace ReviewDataResource {
  export class Body {
    @ApiProperty({ enum: ['approved', 'returned'], description: '审核结论：approved 审核通过（发布到目录），returned 退回' })
    @IsIn(['approved', 'returned'], { message: 'decision：审核结论无效' })
    decision: 'approved' | 'returned';

    @ApiPropertyOptional({ description: '审核意见；退回须说明理由' })
    @IsOptional()
    @IsString({ message: 'opinion：必须为文本' })
    @MaxLength(2000, { message: 'opinion：不超过 2000 个字' })
    opinion?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends DataResourceDetail {}
}

export namespace WithdrawDataResource {
  export class Body {
    @ApiProperty({ description: '撤销理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤销须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends DataResourceDetail {}
}

export namespace GetDataResource {
  export class Request extends RecordRef {}
  export class Reply extends DataResourceDetail {}
}

export namespace ListDataResources {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: DATA_RESOURCE_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(DATA_RESOURCE_STATUSES, { message: 'status：取值无效' })
    status?: DataResourceStatus;

    @ApiPropertyOptional({ format: 'uuid', description: '提供单位' })
    @IsOptional()
    @IsUUID('all', { message: 'unitId：单位 id 无效' })
    unitId?: string;

    @ApiPropertyOptional({ description: '资源名称或目录编码模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [DataResourceView] }) items: DataResourceView[];
  }
}

/** The published catalogue (已发布), with filters and the count per 共享类型 of what the other filters select. */
export namespace DataResourceCatalogue {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ format: 'uuid', description: '提供单位' })
    @IsOptional()
    @IsUUID('all', { message: 'unitId：单位 id 无效' })
    unitId?: string;

    @ApiPropertyOptional({ enum: SHARING_TYPES, description: '共享类型' })
    @IsOptional()
    @IsIn(SHARING_TYPES, { message: 'sharingType：共享类型无效' })
    sharingType?: SharingType;

    @ApiPropertyOptional({ enum: OPEN_TYPES, description: '开放类型' })
    @IsOptional()
    @IsIn(OPEN_TYPES, { message: 'openType：开放类型无效' })
    openType?: OpenType;

    @ApiPropertyOptional({ enum: DATA_RESOURCE_CATEGORIES, description: '资源分类' })
    @IsOptional()
    @IsIn(DATA_RESOURCE_CATEGORIES, { message: 'category：资源分类无效' })
    category?: DataResourceCategory;

    @ApiPropertyOptional({ description: '资源名称或目录编码模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }

  export class SharingCount {
    @ApiProperty({ enum: SHARING_TYPES }) sharingType: SharingType;
    @ApiProperty({ description: '共享类型（中文）' }) label: string;
    @ApiProperty({ description: '资源数' }) count: number;
  }

  export class Reply extends PageMeta {
    @ApiProperty({ type: [DataResourceView] }) items: DataResourceView[];
    @ApiProperty({ type: [SharingCount], description: '按共享类型计数（除共享类型外的筛选条件下）' }) countsBySharingType: SharingCount[];
  }
}

/** What the events of one 数据资源 carry: its snapshot with its version (consumers apply only newer ones). */
export class DataResourceSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() unitId: string;
  @ApiProperty() @IsString() name: string;
  @ApiProperty() @IsString() code: string;
  @ApiProperty() @IsIn(SHARING_TYPES) sharingType: SharingType;
  @ApiProperty() @IsIn(OPEN_TYPES) openType: OpenType;
  @ApiProperty() @IsIn(DATA_RESOURCE_STATUSES) status: DataResourceStatus;
  @ApiProperty() @IsInt32() @Min(0) edition: number;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const DataResourceEvents = {
  created: eventSubject('disclosure', 'data-resource.created'),
  updated: eventSubject('disclosure', 'data-resource.updated'),
  submitted: eventSubject('disclosure', 'data-resource.submitted'),
  reviewed: eventSubject('disclosure', 'data-resource.reviewed'),
  withdrawn: eventSubject('disclosure', 'data-resource.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const DataResourceEventDescriptions = {
  'data-resource.created': { zh: '数据资源登记（草稿）', en: 'A data resource was registered as a draft.' },
  'data-resource.updated': { zh: '数据资源被修改（形成新版本）', en: 'A data resource was changed (a new version).' },
  'data-resource.submitted': { zh: '数据资源报送审核', en: 'A data resource was submitted for review.' },
  'data-resource.reviewed': { zh: '数据资源审核（通过即发布到目录，或退回）', en: 'A data resource was reviewed: published into the catalogue or returned.' },
  'data-resource.withdrawn': { zh: '数据资源被撤销（注明理由，不删除）', en: 'A data resource was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by disclosure at every step of a 数据资源; carries its snapshot. */
export namespace DataResourceChanged {
  export class Event extends DataResourceSnapshot {}
}
