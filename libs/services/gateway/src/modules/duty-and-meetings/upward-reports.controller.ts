import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { CompileUpwardReport, DispatchUpwardReport, GetUpwardReport, ListUpwardReports, UpwardReportSubjects, UpwardReportView } from '@gov/contracts-duty-and-meetings';
import { Permissions } from '@gov/contracts-gateway';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { createOnce, IDEMPOTENCY_KEY_HEADER, type RecordRouteDeps } from '../../http/record-routes.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { ask, createRecord, getRecord, RecordCreate, SERVICE } from './routes.js';

const P = Permissions;

/** 重要工作情况、工作报告报送: compiled from duty entries, and each dispatch recorded. */
@ApiTags('重要情况报送')
@Controller('api/upward-reports')
export class UpwardReportsController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Permission(P.dutyRead, P.dutyWrite)
  @ApiOperation({ summary: '报送材料列表' })
  @ApiOkResponse({ type: ListUpwardReports.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListUpwardReports.Reply> {
    return ask(this.rpc, UpwardReportSubjects.list, ListUpwardReports.Request, query, caller);
  }

  @Get(':id')
  @Permission(P.dutyRead, P.dutyWrite)
  @ApiOperation({ summary: '报送材料详情（条目快照与报送记录）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: UpwardReportView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UpwardReportView> {
    return getRecord(this.rpc, UpwardReportSubjects.get, GetUpwardReport.Request, id, caller, reply);
  }

  @RecordCreate(undefined, '由所选值班记录、紧急事项汇编报送材料（条目内容留存快照）', CompileUpwardReport.Request, UpwardReportView, [422])
  @Permission(P.dutyWrite)
  async compile(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UpwardReportView> {
    return createRecord(this, 'POST /api/upward-reports', UpwardReportSubjects.compile, CompileUpwardReport.Request, body, key, caller, reply);
  }

  @Post(':id/dispatches')
  @Permission(P.dutyWrite)
  @ApiOperation({ summary: '登记报送（报送对象、时间、方式）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiBody({ type: DispatchUpwardReport.Body })
  @ApiCreatedResponse({ type: UpwardReportView })
  @ApiBodyProblems()
  @ApiServiceProblems(404)
  async dispatch(@Param('id') id: string, @Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UpwardReportView> {
    const fields = await validatePayload(DispatchUpwardReport.Body, body);
    const request = { ...fields, id: await uuidParam(id) };
    return createOnce(this, SERVICE, `POST /api/upward-reports/${request.id}/dispatches`, UpwardReportSubjects.dispatch, request, body, key, caller, reply);
  }
}
