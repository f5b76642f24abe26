import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { Permissions } from '@gov/contracts-gateway';
import { AdjustAssessment, AssessmentAdjustmentView, AssessmentPeriodView, AssessmentSubjects, CreateAssessmentPeriod, GetAssessmentResults, ListAssessmentPeriods } from '@gov/contracts-supervision';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { createOnce, createUnversionedOnce, type RecordRouteDeps } from '../../http/record-routes.js';
import { ApiCreateOnce } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';

const SERVICE = 'supervision';
const READERS = [Permissions.assessmentRead, Permissions.assessmentManage] as const;

/** 考核: periods, adjustments and the ranked result of towns, streets, the development zone and departments. */
@ApiTags('重点工作考核')
@Controller('api/supervision/assessment')
export class AssessmentController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get('periods')
  @Permission(...READERS)
  @ApiOperation({ summary: '考核期列表' })
  @ApiOkResponse({ type: ListAssessmentPeriods.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListAssessmentPeriods.Reply> {
    return this.rpc.call(SERVICE, AssessmentSubjects.listPeriods, await validatePayload(ListAssessmentPeriods.Request, query), caller);
  }

  @Post('periods')
  @Permission(Permissions.assessmentManage)
  @ApiOperation({ summary: '新建考核期（指标权重默认取当日有效设置，本期保留所用权重）' })
  @ApiCreateOnce({ body: CreateAssessmentPeriod.Request, answer: AssessmentPeriodView })
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<AssessmentPeriodView> {
    const request = await validatePayload(CreateAssessmentPeriod.Request, body);
    return createOnce<AssessmentPeriodView>(this, SERVICE, 'POST /api/supervision/assessment/periods', AssessmentSubjects.createPeriod, request, body, key, caller, reply);
  }

  @Post('periods/:periodId/adjustments')
  @Permission(Permissions.assessmentManage)
  @ApiOperation({ summary: '加减分（写明理由，记录经办人）' })
  @ApiParam({ name: 'periodId', format: 'uuid' })
  @ApiCreateOnce({ body: AdjustAssessment.Body, answer: AssessmentAdjustmentView, problems: [404] })
  async adjust(@Param('periodId') periodId: string, @Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<AssessmentAdjustmentView> {
    const request = { ...(await validatePayload(AdjustAssessment.Body, body)), periodId: await uuidParam(periodId) };
    return createUnversionedOnce<AssessmentAdjustmentView>(this, SERVICE, `POST /api/supervision/assessment/periods/${request.periodId}/adjustments`, AssessmentSubjects.adjust, request, body, key, caller, reply);
  }

  @Get('periods/:periodId/results')
  @Permission(...READERS)
  @ApiOperation({ summary: '考核结果排名（由各单位督办事项记录计分，加减分后排名）' })
  @ApiParam({ name: 'periodId', format: 'uuid' })
  @ApiOkResponse({ type: GetAssessmentResults.Reply })
  @ApiServiceProblems(404)
  async results(@Param('periodId') periodId: string, @Query() query: unknown, @Caller() caller: CallerContext): Promise<GetAssessmentResults.Reply> {
    const request = await validatePayload(GetAssessmentResults.Request, { ...(query as object), periodId });
    return this.rpc.call(SERVICE, AssessmentSubjects.results, request, caller);
  }
}
