import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '@gov/contracts-common';

/** `GET /api/admin/tasks`: the system administrator's tasks (待办), newest first. Schemas named after the namespace, like the contracts'. */
export namespace ListAdminTasks {
  @ApiSchema({ name: 'ListAdminTasksRequest' })
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '状态（默认全部）', enum: ['open', 'closed'] })
    @IsOptional()
    @IsIn(['open', 'closed'])
    status?: 'open' | 'closed';
  }

  @ApiSchema({ name: 'ListAdminTasksItem' })
  export class Item {
    @ApiProperty({ format: 'uuid' }) id: string;
    @ApiProperty({ description: '类型：dead_letter 死信，webhook_paused Webhook 订阅因持续失败被暂停', enum: ['dead_letter', 'webhook_paused'] }) kind: string;
    @ApiProperty({ description: '待办标题' }) title: string;
    @ApiProperty({ description: '服务' }) service: string;
    @ApiPropertyOptional({ description: '死信 ID（死信待办）', format: 'uuid', nullable: true, type: String }) deadLetterId: string | null;
    @ApiPropertyOptional({ description: 'Webhook 订阅 ID（Webhook 暂停待办）', format: 'uuid', nullable: true, type: String }) webhookId: string | null;
    @ApiProperty({ description: '处理失败的事件主题' }) subject: string;
    @ApiProperty({ description: '事件 ID', format: 'uuid' }) eventId: string;
    @ApiPropertyOptional({ description: '事件涉及的记录 ID（事件数据中有时）', nullable: true, type: String }) recordId: string | null;
    @ApiProperty({ description: '投递次数' }) deliveries: number;
    @ApiProperty({ description: '最后一次错误' }) error: string;
    @ApiProperty({ description: '处理方式：修复后重放死信，或修复接收方后恢复 Webhook 订阅（POST）' }) replayPath: string;
    @ApiProperty({ description: '状态', enum: ['open', 'closed'] }) status: string;
    @ApiProperty() openedAt: string;
    @ApiPropertyOptional({ nullable: true, type: String }) closedAt: string | null;
    @ApiPropertyOptional({ description: '关闭人（重放死信者）', nullable: true, type: String }) closedBy: string | null;
  }

  @ApiSchema({ name: 'ListAdminTasksReply' })
  export class Reply {
    @ApiProperty({ type: [Item] }) items: Item[];
    @ApiProperty() total: number;
    @ApiProperty() limit: number;
    @ApiProperty() offset: number;
  }
}
