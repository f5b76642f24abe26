import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { Permissions } from '@gov/contracts-gateway';
import { validatePayload } from '@gov/platform';
import { Permission } from '../../http/access.decorators.js';
import { ApiBodyProblems, ApiProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { Caller } from '../../http/request-meta.js';
import { CreateWebhook, ListWebhookDeliveries, ListWebhooks, ReplayWebhook, WebhookDeliveryView, WebhookReason, WebhookView, WebhookWithSecret } from './webhooks.contracts.js';
import { WebhooksService } from './webhooks.service.js';

const SIGNING = '每次投递为 JSON POST，带 X-Gov-Event-Id、X-Gov-Subject、X-Gov-Timestamp 与 X-Gov-Signature: sha256=HMAC-SHA256(密钥, 时间戳 + "." + 请求体)（另附 X-Gov-Signature-SM3）。';

/** Webhooks for consumers that cannot speak NATS: registered and operated by the system administrator only. */
@ApiTags('Webhook 推送（系统管理员）')
@Controller('api/admin/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @Permission(Permissions.webhooksManage)
  @ApiOperation({
    summary: '登记 Webhook 订阅（系统管理员）',
    description: `为不能接入 NATS 的系统登记推送地址和订阅的事件主题（可用通配符）。签名密钥由系统生成，仅在本次应答中显示一次。${SIGNING} 至少送达一次，接收方须按事件 ID 去重。`,
  })
  @ApiBody({ type: CreateWebhook.Request })
  @ApiCreatedResponse({ type: WebhookWithSecret })
  @ApiBodyProblems()
  @ApiProblems(422)
  async create(@Body() body: unknown, @Caller() caller: CallerContext): Promise<WebhookWithSecret> {
    return this.webhooks.create(await validatePayload(CreateWebhook.Request, body), caller);
  }

  @Get()
  @Permission(Permissions.webhooksManage)
  @ApiOperation({ summary: 'Webhook 订阅列表（含状态、连续失败次数和待投递数）' })
  @ApiOkResponse({ type: ListWebhooks.Reply })
  @ApiProblems(400)
  async list(@Query() query: unknown): Promise<ListWebhooks.Reply> {
    return this.webhooks.list(await validatePayload(ListWebhooks.Request, query));
  }

  @Get(':id')
  @Permission(Permissions.webhooksManage)
  @ApiOperation({ summary: 'Webhook 订阅详情（不含密钥）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: WebhookView })
  @ApiProblems(400, 404)
  async get(@Param('id') id: string): Promise<WebhookView> {
    return this.webhooks.get(await uuidParam(id));
  }

  @Post(':id/pause')
  @HttpCode(200)
  @Permission(Permissions.webhooksManage)
  @ApiOperation({ summary: '暂停 Webhook 订阅（写明理由；事件继续排队，恢复后补发）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ type: WebhookReason })
  @ApiOkResponse({ type: WebhookView })
  @ApiBodyProblems()
  @ApiProblems(404, 422)
  async pause(@Param('id') id: string, @Body() body: unknown, @Caller() caller: CallerContext): Promise<WebhookView> {
    return this.webhooks.pause(await uuidParam(id), await validatePayload(WebhookReason, body), caller);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @Permission(Permissions.webhooksManage)
  @ApiOperation({ summary: '恢复 Webhook 订阅（含因连续失败被自动暂停的；暂停期间排队的事件立即补发）', description: '恢复后关闭对应的系统管理员待办。' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: WebhookView })
  @ApiProblems(400, 404, 422)
  async resume(@Param('id') id: string, @Caller() caller: CallerContext): Promise<WebhookView> {
    return this.webhooks.resume(await uuidParam(id), caller);
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Permission(Permissions.webhooksManage)
  @ApiOperation({ summary: '停用 Webhook 订阅（写明理由；订阅和投递记录保留，不再排队新事件）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ type: WebhookReason })
  @ApiOkResponse({ type: WebhookView })
  @ApiBodyProblems()
  @ApiProblems(404, 422)
  async retire(@Param('id') id: string, @Body() body: unknown, @Caller() caller: CallerContext): Promise<WebhookView> {
    return this.webhooks.retire(await uuidParam(id), await validatePayload(WebhookReason, body), caller);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @Permission(Permissions.webhooksManage)
  @ApiOperation({ summary: '更换 Webhook 签名密钥（新密钥仅此一次显示，立即生效）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: WebhookWithSecret })
  @ApiProblems(400, 404, 422)
  async rotateSecret(@Param('id') id: string, @Caller() caller: CallerContext): Promise<WebhookWithSecret> {
    return this.webhooks.rotateSecret(await uuidParam(id), caller);
  }

  @Get(':id/deliveries')
  @Permission(Permissions.webhooksManage)
  @ApiOperation({ summary: 'Webhook 投递记录（状态、尝试次数、最近错误；按入队倒序）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ListWebhookDeliveries.Reply })
  @ApiProblems(400, 404)
  async deliveries(@Param('id') id: string, @Query() query: unknown): Promise<ListWebhookDeliveries.Reply> {
    return this.webhooks.deliveries(await uuidParam(id), await validatePayload(ListWebhookDeliveries.Request, query));
  }

  @Post(':id/deliveries/:deliveryId/replay')
  @HttpCode(200)
  @Permission(Permissions.webhooksManage)
  @ApiOperation({ summary: '重放一条 Webhook 投递（重新排队，接收方按事件 ID 去重）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'deliveryId', format: 'uuid' })
  @ApiOkResponse({ type: WebhookDeliveryView })
  @ApiProblems(400, 404, 422)
  async replayOne(@Param('id') id: string, @Param('deliveryId') deliveryId: string, @Caller() caller: CallerContext): Promise<WebhookDeliveryView> {
    return this.webhooks.replayOne(await uuidParam(id), await uuidParam(deliveryId), caller);
  }

  @Post(':id/replay')
  @HttpCode(200)
  @Permission(Permissions.webhooksManage)
  @ApiOperation({ summary: '重放某一时间以来的全部 Webhook 投递（from 为带时区的时间）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ReplayWebhook.Reply })
  @ApiProblems(400, 404, 422)
  async replayFrom(@Param('id') id: string, @Query() query: unknown, @Caller() caller: CallerContext): Promise<ReplayWebhook.Reply> {
    return this.webhooks.replayFrom(await uuidParam(id), await validatePayload(ReplayWebhook.Request, query), caller);
  }
}
