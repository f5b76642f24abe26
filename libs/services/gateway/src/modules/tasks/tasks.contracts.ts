import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsInt32, MAX_PAGE_SIZE, TASK_KINDS, type TaskKind } from '@gov/contracts-common';

/** The gateway's own 待办, notification and search routes (the console's first screen). Schemas named after the namespace. */

export const TASK_LIGHTS = ['green', 'yellow', 'red'] as const;
export type TaskLight = (typeof TASK_LIGHTS)[number];

export namespace ListTasks {
  @ApiSchema({ name: 'ListTasksRequest' })
  export class Request {
    @ApiPropertyOptional({ description: '待办类型', enum: TASK_KINDS })
    @IsOptional()
    @IsIn(TASK_KINDS, { message: '待办类型无效' })
    kind?: TaskKind;

    @ApiPropertyOptional({ description: '状态：open 待办（默认），closed 已办', enum: ['open', 'closed'] })
    @IsOptional()
    @IsIn(['open', 'closed'], { message: '状态只能是 open 或 closed' })
    status?: 'open' | 'closed';

    @ApiPropertyOptional({ description: '页码（从 1 开始，默认 1）', default: 1, minimum: 1 })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: '页码必须是整数' })
    @Min(1, { message: '页码不能小于 1' })
    @Max(100000, { message: '页码过大' })
    page?: number;

    @ApiPropertyOptional({ description: `每页条数（1–${MAX_PAGE_SIZE}，默认 20）`, default: 20, minimum: 1, maximum: MAX_PAGE_SIZE })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: '每页条数必须是整数' })
    @Min(1, { message: '每页条数不能小于 1' })
    @Max(MAX_PAGE_SIZE, { message: `每页条数不能大于 ${MAX_PAGE_SIZE}` })
    limit?: number;
  }

  @ApiSchema({ name: 'ListTasksItem' })
  export class Item {
    @ApiProperty({ description: '待办 ID' }) id: string;
    @ApiProperty({ description: '待办类型', enum: TASK_KINDS }) kind: TaskKind;
    @ApiProperty({ description: '类型名称，如「督办签收」' }) kindLabel: string;
    @ApiProperty({ description: '标题' }) title: string;
    @ApiPropertyOptional({ description: '办理期限（YYYY-MM-DD，按小时计的事项为到期时间）', nullable: true, type: String }) deadline: string | null;
    @ApiPropertyOptional({ description: '期限的计算说明', nullable: true, type: String }) deadlineExplanation: string | null;
    @ApiProperty({ description: '红黄绿灯（与督办事项同一模型）', enum: TASK_LIGHTS }) light: TaskLight;
    @ApiProperty({ description: '灯色原因' }) lightReason: string;
    @ApiProperty({ description: '控制台地址' }) link: string;
    @ApiProperty({ description: '服务' }) app: string;
    @ApiProperty({ description: '开始等待的时间' }) openedAt: string;
    @ApiPropertyOptional({ description: '办结时间', nullable: true, type: String }) closedAt: string | null;
  }

  @ApiSchema({ name: 'ListTasksReply' })
  export class Reply {
    @ApiProperty({ type: [Item] }) items: Item[];
    @ApiProperty({ description: '总条数' }) total: number;
    @ApiProperty({ description: '页码' }) page: number;
    @ApiProperty({ description: '每页条数' }) limit: number;
  }
}

export namespace TaskSummary {
  @ApiSchema({ name: 'TaskSummaryCount' })
  export class Count {
    @ApiProperty({ enum: TASK_KINDS }) kind: TaskKind;
    @ApiProperty({ description: '类型名称' }) kindLabel: string;
    @ApiProperty({ description: '待办件数' }) open: number;
    @ApiProperty({ description: '其中已逾期（红灯）件数' }) overdue: number;
  }

  @ApiSchema({ name: 'TaskSummaryReply' })
  export class Reply {
    @ApiProperty({ type: [Count], description: '每种类型一行（没有待办的类型不列出）' }) counts: Count[];
  }
}

export namespace ListNotifications {
  @ApiSchema({ name: 'ListNotificationsRequest' })
  export class Request {
    @ApiPropertyOptional({ description: 'true 只列未读', enum: ['true', 'false'] })
    @IsOptional()
    @IsIn(['true', 'false'], { message: 'unread 只能是 true 或 false' })
    unread?: 'true' | 'false';

    @ApiPropertyOptional({ description: `条数（1–${MAX_PAGE_SIZE}，默认 20）`, default: 20 })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: '条数必须是整数' })
    @Min(1, { message: '条数不能小于 1' })
    @Max(MAX_PAGE_SIZE, { message: `条数不能大于 ${MAX_PAGE_SIZE}` })
    limit?: number;
  }

  @ApiSchema({ name: 'NotificationView' })
  export class Item {
    @ApiProperty({ format: 'uuid' }) id: string;
    @ApiProperty({ description: '待办类型', enum: TASK_KINDS }) kind: TaskKind;
    @ApiProperty({ description: '类型名称' }) kindLabel: string;
    @ApiProperty({ description: '标题' }) title: string;
    @ApiProperty({ description: '内容' }) body: string;
    @ApiProperty({ description: '控制台地址' }) link: string;
    @ApiProperty({ description: '待办 ID' }) taskId: string;
    @ApiProperty() createdAt: string;
    @ApiPropertyOptional({ nullable: true, description: '阅读时间（待办办结时自动置为已读）', type: String }) readAt: string | null;
  }

  @ApiSchema({ name: 'ListNotificationsReply' })
  export class Reply {
    @ApiProperty({ type: [Item] }) items: Item[];
    @ApiProperty({ description: '未读条数' }) unread: number;
  }
}

@ApiSchema({ name: 'UnreadCountReply' })
export class UnreadCountReply {
  @ApiProperty({ description: '未读通知条数' }) unread: number;
}

@ApiSchema({ name: 'NotificationsMarkedReply' })
export class NotificationsMarkedReply {
  @ApiProperty({ description: '本次标为已读的条数' }) marked: number;
  @ApiProperty({ description: '仍未读的条数' }) unread: number;
}

export namespace SearchRecords {
  @ApiSchema({ name: 'SearchRecordsRequest' })
  export class Request {
    @ApiProperty({ description: '关键词（1–50 字）' })
    @IsString({ message: '关键词必须是字符串' })
    @MinLength(1, { message: '请输入关键词' })
    @MaxLength(50, { message: '关键词不能超过 50 字' })
    q: string;

    @ApiPropertyOptional({ description: '每类最多条数（1–20，默认 5）', default: 5 })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: '条数必须是整数' })
    @Min(1, { message: '条数不能小于 1' })
    @Max(20, { message: '条数不能大于 20' })
    limit?: number;
  }

  @ApiSchema({ name: 'SearchHit' })
  export class Hit {
    @ApiProperty({ description: '记录 ID' }) id: string;
    @ApiProperty({ description: '标题' }) title: string;
    @ApiProperty({ description: '控制台地址' }) link: string;
  }

  @ApiSchema({ name: 'SearchGroup' })
  export class Group {
    @ApiProperty({ description: '记录类型（列表路径，如 supervision/items）' }) kind: string;
    @ApiProperty({ description: '类型名称（列表的中文名称）' }) label: string;
    @ApiProperty({ description: '本类匹配总数' }) total: number;
    @ApiProperty({ description: '控制台中该类列表的地址（带关键词）' }) link: string;
    @ApiProperty({ type: [Hit] }) items: Hit[];
  }

  @ApiSchema({ name: 'SearchRecordsReply' })
  export class Reply {
    @ApiProperty() q: string;
    @ApiProperty({ type: [Group], description: '有匹配的每类记录一组' }) groups: Group[];
  }
}
