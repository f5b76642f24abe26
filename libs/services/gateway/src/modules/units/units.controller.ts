import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { RpcClient, validatePayload } from '@gov/platform';
import { Permissions } from '@gov/contracts-gateway';
import { CreateUnit, DeactivateUnit, GetUnit, ListUnits, UnitSubjects, UnitView, UpdateUnit } from '@gov/contracts-duty-and-meetings';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { etagOf, expectedVersion } from '../../http/etag.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';

const SERVICE = 'duty-and-meetings';
const IF_MATCH = { name: 'If-Match', required: true, description: '读取单位时返回的 ETag，如 W/"3"' };

/** The unit directory, owned by duty-and-meetings: the gateway validates, passes the caller, and adds ETag/If-Match and Idempotency-Key. */
@ApiTags('单位通讯录')
@Controller('api/units')
export class UnitsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Permission(Permissions.unitsRead)
  @ApiOperation({ summary: '单位列表（分页、筛选、中文模糊搜索）' })
  @ApiOkResponse({ type: ListUnits.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListUnits.Reply> {
    return this.rpc.call(SERVICE, UnitSubjects.list, await validatePayload(ListUnits.Request, query), caller);
  }

  @Get(':id')
  @Permission(Permissions.unitsRead)
  @ApiOperation({ summary: '单位详情（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: UnitView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitView> {
    const request = await validatePayload(GetUnit.Request, { id });
    return withEtag(reply, await this.rpc.call<UnitView>(SERVICE, UnitSubjects.get, request, caller));
  }

  @Post()
  @Permission(Permissions.unitsWrite)
  @ApiOperation({ summary: '新建单位', description: '带 Idempotency-Key 时，同一用户以同一键重试将得到第一次的结果（保存 24 小时）。' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '幂等键（建议 UUID）' })
  @ApiBody({ type: CreateUnit.Request })
  @ApiCreatedResponse({ type: UnitView })
  @ApiBodyProblems()
  @ApiServiceProblems(409, 422)
  async create(
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnitView> {
    const request = await validatePayload(CreateUnit.Request, body);
    const answer = await this.idempotency.run(caller.userId, key, 'POST /api/units', body, 201, () => this.rpc.call<UnitView>(SERVICE, UnitSubjects.create, request, caller));
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(answer.statusCode);
    return withEtag(reply, answer.body);
  }

  @Patch(':id')
  @Permission(Permissions.unitsWrite, Permissions.unitsWriteOwn)
  @ApiOperation({ summary: '修改单位', description: '只改所给字段；须带 If-Match。单位联络员只能修改本单位的联络人和值班电话（由服务校验）。' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: UpdateUnit.Changes })
  @ApiOkResponse({ type: UnitView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 409, 412, 422, 428)
  async update(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnitView> {
    const changes = await validatePayload(UpdateUnit.Changes, body);
    return this.changeVersioned(UnitSubjects.update, id, changes, ifMatch, caller, reply);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Permission(Permissions.unitsWrite)
  @ApiOperation({ summary: '停用单位（不删除）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: DeactivateUnit.Body })
  @ApiOkResponse({ type: UnitView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async deactivate(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnitView> {
    const { reason } = await validatePayload(DeactivateUnit.Body, body);
    return this.changeVersioned(UnitSubjects.deactivate, id, { reason }, ifMatch, caller, reply);
  }

  /** A change of one unit at the version the client holds (If-Match); answers the new version's ETag. */
  private async changeVersioned(
    subject: string,
    id: string,
    fields: object,
    ifMatch: string | undefined,
    caller: CallerContext,
    reply: FastifyReply,
  ): Promise<UnitView> {
    const request = { ...fields, id: await uuidParam(id), expectedVersion: expectedVersion(ifMatch) };
    return withEtag(reply, await this.rpc.call<UnitView>(SERVICE, subject, request, caller));
  }
}

function withEtag(reply: FastifyReply, unit: UnitView): UnitView {
  reply.header('etag', etagOf(unit.version));
  return unit;
}
