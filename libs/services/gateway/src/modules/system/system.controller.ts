import { Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ListDeadLetters, OpsSubjects, Ping, ReplayDeadLetter, SERVICE_NAMES, type CallerContext, type ServiceName } from '@gov/contracts-common';
import { BUS, DATA_SOURCE, DomainError, RpcClient, validatePayload, type Bus } from '@gov/platform';
import { Permissions } from '@gov/contracts-gateway';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { Authenticated, Permission, Probe } from '../../http/access.decorators.js';
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { GatewayErrors } from '../../http/problem.js';
import { Caller } from '../../http/request-meta.js';
import { AdminTasksService } from '../admin-tasks/admin-tasks.service.js';

const SERVICE_PARAM = { name: 'service', enum: SERVICE_NAMES };

function serviceName(service: string): ServiceName {
  if (!(SERVICE_NAMES as readonly string[]).includes(service)) {
    throw new DomainError(GatewayErrors.unknownService, `没有名为「${service}」的服务，可用的服务：${SERVICE_NAMES.join('、')}`);
  }
  return service as ServiceName;
}

@ApiTags('系统')
@Controller('api')
export class SystemController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly tasks: AdminTasksService,
  ) {}

  @Get('system/ping/:service')
  @Authenticated()
  @ApiOperation({ summary: '探测某个服务（经 NATS 请求-应答）' })
  @ApiParam(SERVICE_PARAM)
  @ApiOkResponse({ type: Ping.Reply })
  @ApiServiceProblems(404)
  ping(@Param('service') service: string, @Caller() caller: CallerContext): Promise<Ping.Reply> {
    return this.rpc.call(serviceName(service), OpsSubjects.ping, {}, caller);
  }

  @Get('admin/dead-letters/:service')
  @Permission(Permissions.opsDeadLetters)
  @ApiOperation({ summary: '某服务的死信（多次处理失败的事件）（系统管理员）' })
  @ApiParam(SERVICE_PARAM)
  @ApiOkResponse({ type: ListDeadLetters.Reply })
  @ApiServiceProblems(404)
  async deadLetters(@Param('service') service: string, @Query() query: unknown, @Caller() caller: CallerContext): Promise<ListDeadLetters.Reply> {
    const name = serviceName(service);
    return this.rpc.call(name, OpsSubjects.listDeadLetters, await validatePayload(ListDeadLetters.Request, query), caller);
  }

  @Post('admin/dead-letters/:service/:id/replay')
  @HttpCode(200)
  @Permission(Permissions.opsDeadLetters)
  @ApiOperation({ summary: '重放一条死信（仍经收件箱去重，只处理一次）（系统管理员）' })
  @ApiParam(SERVICE_PARAM)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ReplayDeadLetter.Reply })
  @ApiServiceProblems(404, 422)
  async replay(@Param('service') service: string, @Param('id') id: string, @Caller() caller: CallerContext): Promise<ReplayDeadLetter.Reply> {
    const name = serviceName(service);
    const request = await validatePayload(ReplayDeadLetter.Request, { id });
    const reply = await this.rpc.call<ReplayDeadLetter.Reply>(name, OpsSubjects.replayDeadLetter, request, caller);
    await this.tasks.closeForDeadLetter(name, request.id, caller.username); // the administrator's task about it is done
    return reply;
  }
}

/** Liveness and readiness on the gateway's own HTTP port, for the load balancer and the orchestrator. */
@ApiTags('系统')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(BUS) private readonly bus: Bus,
  ) {}

  @Get('live')
  @Probe()
  @ApiOperation({ summary: '存活检查' })
  live(): { status: string } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Probe()
  @ApiOperation({ summary: '就绪检查（数据库与消息总线）' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<{ status: string; checks: Record<string, boolean> }> {
    const checks = {
      database: await this.dataSource.query('SELECT 1').then(() => true, () => false),
      bus: this.bus.isConnected(),
    };
    const ok = Object.values(checks).every(Boolean);
    reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks };
  }
}
