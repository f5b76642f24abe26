import { Controller, Get, HttpCode, Param, Post, Query, Req, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CommonErrors, type CallerContext } from '@gov/contracts-common';
import { DomainError, validatePayload } from '@gov/platform';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { Authenticated } from '../../http/access.decorators.js';
import { ApiProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { Caller } from '../../http/request-meta.js';
import { NotificationsService } from './notifications.service.js';
import { SearchService } from './search.service.js';
import { ListNotifications, ListTasks, NotificationsMarkedReply, SearchRecords, TaskSummary, UnreadCountReply } from './tasks.contracts.js';
import { TasksService } from './tasks.service.js';

/** How often an open notification stream looks for a change of the unread count, and how long one stream lives. */
export const STREAM_POLL_MS = 2_000;
export const STREAM_LIFETIME_MS = 10 * 60_000;

@ApiTags('待办与通知')
@Controller('api/tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: '我的待办',
    description: '各服务中等待本人（本人账号、本人角色及科室、本人单位）办理的步骤，按期限先后排列，带红黄绿灯（与督办事项同一模型）和记录地址；status=closed 为已办。',
  })
  @ApiOkResponse({ type: ListTasks.Reply })
  @ApiProblems(400)
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListTasks.Reply> {
    return this.tasks.list(await validatePayload(ListTasks.Request, query), caller);
  }

  @Get('summary')
  @Authenticated()
  @ApiOperation({ summary: '我的待办统计', description: '每种待办的件数及其中已逾期（红灯）件数。' })
  @ApiOkResponse({ type: TaskSummary.Reply })
  async summary(@Caller() caller: CallerContext): Promise<TaskSummary.Reply> {
    return this.tasks.summary(caller);
  }
}

@ApiTags('待办与通知')
@Controller('api/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: '我的通知', description: '每条新待办一条通知，最新在前；unread=true 只列未读。也是通知推送（stream）的轮询替代。' })
  @ApiOkResponse({ type: ListNotifications.Reply })
  @ApiProblems(400)
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListNotifications.Reply> {
    return this.notifications.list(await validatePayload(ListNotifications.Request, query), caller.userId);
  }

  @Get('unread-count')
  @Authenticated()
  @ApiOperation({ summary: '未读通知数' })
  @ApiOkResponse({ type: UnreadCountReply })
  async unreadCount(@Caller() caller: CallerContext): Promise<UnreadCountReply> {
    return { unread: await this.notifications.unreadCount(caller.userId) };
  }

  @Post('read-all')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: '全部标为已读' })
  @ApiOkResponse({ type: NotificationsMarkedReply })
  async readAll(@Caller() caller: CallerContext): Promise<NotificationsMarkedReply> {
    return this.notifications.markAllRead(caller.userId);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: '标为已读', description: '只能标记本人的通知；他人的通知视为不存在（404）。' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: NotificationsMarkedReply })
  @ApiProblems(400, 404)
  async read(@Param('id') id: string, @Caller() caller: CallerContext): Promise<NotificationsMarkedReply> {
    return this.notifications.markRead(await uuidParam(id), caller.userId);
  }

  @Sse('stream')
  @Authenticated()
  @ApiOperation({
    summary: '通知推送（服务器发送事件）',
    description:
      '须带 Accept: text/event-stream。连接后立即发送一次 unread 事件（data 为 {"unread": n}），此后未读数变化时再发送；每条连接最长 10 分钟，客户端应自动重连。不能使用时改为轮询 GET /api/notifications/unread-count。',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: '事件流：event: unread，data: {"unread": n}' })
  @ApiProblems(400)
  stream(@Req() request: FastifyRequest, @Caller() caller: CallerContext): Observable<{ type: string; data: { unread: number } }> {
    if (!String(request.headers.accept ?? '').includes('text/event-stream')) {
      throw new DomainError(CommonErrors.validationFailed, '通知推送须以 Accept: text/event-stream 订阅；也可轮询 GET /api/notifications/unread-count', [
        { field: 'Accept', code: 'isIn', message: '请求头 Accept 须为 text/event-stream' },
      ]);
    }
    return new Observable((subscriber) => {
      let last = -1;
      let ticks = 0;
      const tick = async () => {
        try {
          const unread = await this.notifications.unreadCount(caller.userId);
          // A change, and every half minute the same count again (keeps proxies from closing an idle stream).
          if (unread !== last || ++ticks % 15 === 0) subscriber.next({ type: 'unread', data: { unread } });
          last = unread;
        } catch {
          // The next tick tries again.
        }
      };
      void tick();
      const timer = setInterval(() => void tick(), STREAM_POLL_MS);
      const end = setTimeout(() => subscriber.complete(), STREAM_LIFETIME_MS);
      return () => {
        clearInterval(timer);
        clearTimeout(end);
      };
    });
  }
}

@ApiTags('待办与通知')
@Controller('api/search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: '全局搜索',
    description: '以关键词检索本人有权查看的各类记录（即各列表的 q 筛选，按各列表本身的权限与记录规则：联络员只见本单位，高于涉密等级的不见），每类最多 limit 条，附控制台地址。',
  })
  @ApiOkResponse({ type: SearchRecords.Reply })
  @ApiProblems(400)
  async find(@Query() query: unknown, @Caller() caller: CallerContext, @Req() request: FastifyRequest): Promise<SearchRecords.Reply> {
    const { reply, classified } = await this.search.search(await validatePayload(SearchRecords.Request, query), caller);
    // Search discloses what the lists would: a 机密 hit is audited as a classified read, as the list's would be.
    if (classified) request.gateway.classifiedRead ??= classified;
    return reply;
  }
}

export const TASKS_CONTROLLERS = [TasksController, NotificationsController, SearchController];
export const TASKS_PROVIDERS = [TasksService, NotificationsService, SearchService];
