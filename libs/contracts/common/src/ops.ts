import { ApiProperty, ApiPropertyOptional } from './openapi.js';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from './pagination.js';

/** Subjects every service answers, under `rpc.<service>.`. */
export const OpsSubjects = {
  ping: 'ops.ping',
  listDeadLetters: 'ops.dead-letters.list',
  replayDeadLetter: 'ops.dead-letters.replay',
} as const;

export namespace Ping {
  export class Request {}
  export class Reply {
    @ApiProperty({ description: '服务名' }) service: string;
    @ApiProperty({ description: '所服务的科室' }) title: string;
    @ApiProperty({ description: '服务实例' }) instance: string;
    @ApiProperty({ description: '数据库已应用的最新迁移', type: String, nullable: true }) migration: string | null;
    @ApiProperty({ description: '服务时间（ISO 8601）' }) time: string;
  }
}

export namespace ListDeadLetters {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '状态', enum: ['open', 'replayed'] })
    @IsOptional()
    @IsIn(['open', 'replayed'])
    status?: 'open' | 'replayed';
  }
  export class Item {
    @ApiProperty() id: string;
    @ApiProperty({ description: '消费者' }) consumer: string;
    @ApiProperty({ description: '事件主题' }) subject: string;
    @ApiProperty({ description: '事件 ID' }) eventId: string;
    @ApiProperty({ description: '投递次数' }) deliveries: number;
    @ApiProperty({ description: '最后一次错误' }) error: string;
    @ApiProperty({ description: '状态', enum: ['open', 'replayed'] }) status: string;
    @ApiProperty() failedAt: string;
    @ApiPropertyOptional({ type: String, nullable: true }) replayedAt: string | null;
    @ApiPropertyOptional({ type: String, nullable: true }) replayedBy: string | null;
  }
  export class Reply {
    @ApiProperty({ type: [Item] }) items: Item[];
    @ApiProperty() total: number;
    @ApiProperty() limit: number;
    @ApiProperty() offset: number;
  }
}

export namespace ReplayDeadLetter {
  export class Request {
    @ApiProperty({ description: '死信 ID' })
    @IsUUID()
    id: string;
  }
  export class Reply {
    @ApiProperty() id: string;
    @ApiProperty({ description: '重放结果', enum: ['processed', 'already_processed'] }) outcome: string;
  }
}
