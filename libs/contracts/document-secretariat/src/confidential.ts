import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { IsOffsetDateTime, PageMeta, PageQuery, RecordRef, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { RECORD_KINDS, type RecordKind } from './common.js';

/** 机要递送: the log of classified documents handed over — which copies (份号), to whom, by which courier, signed for when. */

export const DELIVERY_STATES = ['sent', 'received'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];
export const DELIVERY_STATE_LABELS: Record<DeliveryState, string> = { sent: '已发出待签收', received: '已签收' };

export const ConfidentialDeliveryErrors = {
  notClassified: { kind: 'validation', code: 'DELIVERY.NOT_CLASSIFIED', title: '机要递送只登记涉密公文' },
} as const;

export const ConfidentialDeliverySubjects = {
  create: 'delivery.create',
  get: 'delivery.get',
  list: 'delivery.list',
  receive: 'delivery.receive',
} as const;

export class ConfidentialDeliveryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ enum: RECORD_KINDS, description: '所递公文的记录类型' }) documentKind?: RecordKind;
  @ApiPropertyOptional({ format: 'uuid' }) documentId?: string;
  @ApiProperty({ description: '公文标题' }) documentTitle: string;
  @ApiPropertyOptional({ description: '文号' }) docNumber?: string;
  @ApiProperty({ description: '密级' }) secrecyLevel: number;
  @ApiProperty({ type: [String], description: '份号' }) copyNumbers: string[];
  @ApiPropertyOptional({ format: 'uuid', description: '接收单位' }) recipientUnitId?: string;
  @ApiProperty({ description: '接收单位或接收人' }) recipientName: string;
  @ApiProperty({ description: '机要交通员' }) courier: string;
  @ApiProperty({ description: '发出时间' }) sentAt: string;
  @ApiPropertyOptional({ description: '签收时间' }) receivedAt?: string;
  @ApiPropertyOptional({ description: '签收人签名' }) receiverSignature?: string;
  @ApiProperty({ enum: DELIVERY_STATES }) state: DeliveryState;
  @ApiProperty() stateLabel: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() version: number;
}

const COPY_NUMBER = /^\d{6}$/;

export namespace CreateConfidentialDelivery {
  export class Request {
    @ApiPropertyOptional({ enum: RECORD_KINDS, description: '所递公文的记录类型（系统内公文）' }) @IsOptional() @IsIn(RECORD_KINDS) documentKind?: RecordKind;
    @ApiPropertyOptional({ format: 'uuid', description: '所递公文的记录 id（与类型同时给出）' }) @IsOptional() @IsUUID() documentId?: string;
    @ApiPropertyOptional({ description: '公文标题（系统外公文必填）' }) @IsOptional() @IsString() @MaxLength(300) documentTitle?: string;
    @ApiPropertyOptional({ description: '文号' }) @IsOptional() @IsString() @MaxLength(60) docNumber?: string;
    @ApiPropertyOptional({ description: '密级（系统外公文必填，1–3）' }) @IsOptional() @IsIn([1, 2, 3], { message: '机要递送的密级只能是秘密、机密或绝密' }) secrecyLevel?: number;
    @ApiProperty({ type: [String], description: '份号（6 位数字）' })
    @IsArray()
    @ArrayMinSize(1, { message: '至少登记一个份号' })
    @ArrayMaxSize(200)
    @Matches(COPY_NUMBER, { each: true, message: '份号应为 6 位阿拉伯数字' })
    copyNumbers: string[];
    @ApiPropertyOptional({ format: 'uuid', description: '接收单位' }) @IsOptional() @IsUUID('all', { message: '接收单位 id 格式不正确' }) recipientUnitId?: string;
    @ApiPropertyOptional({ description: '接收人（不填则为接收单位名称）' }) @IsOptional() @IsString() @MaxLength(100) recipientName?: string;
    @ApiProperty({ description: '机要交通员' }) @IsString() @MinLength(2, { message: '机要交通员姓名至少 2 个字' }) @MaxLength(40) courier: string;
    @ApiPropertyOptional({ description: '发出时间（默认当前时间）' }) @IsOptional() @IsOffsetDateTime() sentAt?: string;
  }
}

export namespace GetConfidentialDelivery {
  export class Request extends RecordRef {}
}

export namespace ListConfidentialDeliveries {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: DELIVERY_STATES }) @IsOptional() @IsIn(DELIVERY_STATES) state?: DeliveryState;
    @ApiPropertyOptional({ description: '按标题或文号模糊搜索' }) @IsOptional() @IsString() @MaxLength(60) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ConfidentialDeliveryView] }) items: ConfidentialDeliveryView[];
  }
}

export namespace ReceiveConfidentialDelivery {
  export class Body {
    @ApiProperty({ description: '签收人签名（姓名）' }) @IsString() @MinLength(2, { message: '签收人签名至少 2 个字' }) @MaxLength(40) receiverSignature: string;
    @ApiPropertyOptional({ description: '签收时间（默认当前时间）' }) @IsOptional() @IsOffsetDateTime() receivedAt?: string;
  }
  export class Request extends Versioned(Body) {}
}
