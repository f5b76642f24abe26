import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateBy } from 'class-validator';
import { IsOffsetDateTime, PageQuery } from '@gov/contracts-common';
import { DELIVERY_STATUSES, isSubjectPattern, WEBHOOK_STATES, type DeliveryStatus, type WebhookState } from './webhook-rules.js';

/** The webhook routes' errors: stable codes, Chinese titles. */
export const WebhookErrors = {
  notFound: { kind: 'not_found', code: 'WEBHOOK.NOT_FOUND', title: 'Webhook 订阅不存在' },
  deliveryNotFound: { kind: 'not_found', code: 'WEBHOOK.DELIVERY_NOT_FOUND', title: '投递记录不存在' },
  addressRefused: { kind: 'rule_violation', code: 'WEBHOOK.ADDRESS_REFUSED', title: '推送地址不符合安全策略' },
  invalidState: { kind: 'rule_violation', code: 'WEBHOOK.INVALID_STATE', title: '订阅当前状态不允许此操作' },
} as const;

const SUBJECTS_MESSAGE = '事件主题须以 evt. 开头，可用 * 匹配一段、末尾 > 匹配其余（如 evt.supervision.item.*、evt.supervision.>）';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `POST /api/admin/webhooks`. Schemas named after the namespace, like the contracts'. */
export namespace CreateWebhook {
  @ApiSchema({ name: 'CreateWebhookRequest' })
  export class Request {
    @ApiProperty({ description: '接收地址（http 或 https；不跟随重定向；默认不允许内网地址）', example: 'https://receiver.example.gov.cn/hooks/gov' })
    @Transform(trimmed)
    @IsString({ message: '请填写推送地址' })
    @MinLength(8, { message: '请填写推送地址' })
    @MaxLength(2000, { message: '推送地址不能超过 2000 个字符' })
    url: string;

    @ApiProperty({ description: '订阅的事件主题（可含通配符 * 与 >）', type: [String], example: ['evt.supervision.item.*'] })
    @IsArray({ message: '请至少订阅一个事件主题' })
    @ArrayMinSize(1, { message: '请至少订阅一个事件主题' })
    @ArrayMaxSize(50, { message: '一个订阅最多 50 个事件主题' })
    @IsString({ each: true, message: SUBJECTS_MESSAGE })
    @ValidateBy({ name: 'isSubjectPattern', validator: { validate: (value: unknown) => typeof value === 'string' && isSubjectPattern(value), defaultMessage: () => SUBJECTS_MESSAGE } }, { each: true })
    subjects: string[];

    @ApiProperty({ description: '说明（接收方系统、用途、联系人）', example: '市督查平台：同步督办事项' })
    @Transform(trimmed)
    @IsString({ message: '请填写订阅说明' })
    @MinLength(2, { message: '请填写订阅说明（至少 2 个字）' })
    @MaxLength(500, { message: '订阅说明不能超过 500 个字' })
    description: string;
  }
}

/** A reason for pausing or retiring. */
export class WebhookReason {
  @ApiProperty({ description: '理由' })
  @Transform(trimmed)
  @IsString({ message: '请写明理由' })
  @MinLength(2, { message: '请写明理由（至少 2 个字）' })
  @MaxLength(500, { message: '理由不能超过 500 个字' })
  reason: string;
}

@ApiSchema({ name: 'WebhookView' })
export class WebhookView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '接收地址' }) url: string;
  @ApiProperty({ description: '订阅的事件主题', type: [String] }) subjects: string[];
  @ApiProperty({ description: '说明' }) description: string;
  @ApiProperty({ description: '状态：active 启用、paused 已暂停（事件继续排队，恢复后补发）、retired 已停用（不再排队）', enum: WEBHOOK_STATES }) state: WebhookState;
  @ApiProperty({ description: '状态名称' }) stateLabel: string;
  @ApiPropertyOptional({ description: '暂停或停用的理由', nullable: true, type: String }) stateReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) stateChangedAt: string | null;
  @ApiPropertyOptional({ description: '状态变更人（system：因连续失败自动暂停）', nullable: true, type: String }) stateChangedBy: string | null;
  @ApiProperty({ description: '连续失败次数' }) consecutiveFailures: number;
  @ApiPropertyOptional({ description: '本轮连续失败开始时间', nullable: true, type: String }) failingSince: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) lastSuccessAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) lastFailureAt: string | null;
  @ApiPropertyOptional({ description: '最近一次失败原因', nullable: true, type: String }) lastError: string | null;
  @ApiProperty({ description: '待投递数' }) pendingDeliveries: number;
  @ApiPropertyOptional({ description: '最近一次更换密钥时间', nullable: true, type: String }) secretRotatedAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

/** A subscription with its secret: answered once, when it is created or its secret is replaced. */
@ApiSchema({ name: 'WebhookWithSecret' })
export class WebhookWithSecret extends WebhookView {
  @ApiProperty({ description: '签名密钥（仅此一次显示，请立即保存到接收方；平台只保存其密文）' }) secret: string;
}

export namespace ListWebhooks {
  @ApiSchema({ name: 'ListWebhooksRequest' })
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '状态（默认全部）', enum: WEBHOOK_STATES })
    @IsOptional()
    @IsIn(WEBHOOK_STATES, { message: '状态只能是 active、paused 或 retired' })
    state?: WebhookState;
  }

  @ApiSchema({ name: 'ListWebhooksReply' })
  export class Reply {
    @ApiProperty({ type: [WebhookView] }) items: WebhookView[];
    @ApiProperty() total: number;
    @ApiProperty() limit: number;
    @ApiProperty() offset: number;
  }
}

@ApiSchema({ name: 'WebhookDeliveryView' })
export class WebhookDeliveryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: '事件 ID（接收方据此去重）' }) eventId: string;
  @ApiProperty({ description: '事件主题' }) subject: string;
  @ApiProperty({ description: '事件发生时间' }) occurredAt: string;
  @ApiProperty({ description: '状态：pending 待投递（含重试中）、delivered 已送达', enum: DELIVERY_STATUSES }) status: DeliveryStatus;
  @ApiProperty({ description: '已尝试次数（含重放）' }) attempts: number;
  @ApiPropertyOptional({ description: '下次尝试时间（待投递时）', nullable: true, type: String }) nextAttemptAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) lastAttemptAt: string | null;
  @ApiPropertyOptional({ description: '接收方最近一次的 HTTP 状态码', nullable: true, type: Number }) lastStatus: number | null;
  @ApiPropertyOptional({ description: '最近一次失败原因', nullable: true, type: String }) lastError: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) deliveredAt: string | null;
  @ApiProperty({ description: '重放次数' }) replays: number;
  @ApiProperty() createdAt: string;
}

export namespace ListWebhookDeliveries {
  @ApiSchema({ name: 'ListWebhookDeliveriesRequest' })
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '状态（默认全部）', enum: DELIVERY_STATUSES })
    @IsOptional()
    @IsIn(DELIVERY_STATUSES, { message: '状态只能是 pending 或 delivered' })
    status?: DeliveryStatus;
  }

  @ApiSchema({ name: 'ListWebhookDeliveriesReply' })
  export class Reply {
    @ApiProperty({ type: [WebhookDeliveryView], description: '按入队顺序倒序' }) items: WebhookDeliveryView[];
    @ApiProperty() total: number;
    @ApiProperty() limit: number;
    @ApiProperty() offset: number;
  }
}

export namespace ReplayWebhook {
  @ApiSchema({ name: 'ReplayWebhookRequest' })
  export class Request {
    @ApiProperty({ description: '重放此时间（含）之后发生的全部事件，带时区，如 2026-12-01T09:00:00+08:00', format: 'date-time' })
    @IsOffsetDateTime()
    from: string;
  }

  @ApiSchema({ name: 'ReplayWebhookReply' })
  export class Reply {
    @ApiProperty({ description: '重新排队的投递数' }) replayed: number;
  }
}
