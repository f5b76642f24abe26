import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { Permissions } from '@gov/contracts-gateway';
import { ListOverdueByLeader, ListOverdueByUnit, RecomputeLights, SupervisionWarningSubjects } from '@gov/contracts-supervision';
import { RpcClient, validatePayload } from '@gov/platform';
import { Permission } from '../../http/access.decorators.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { Caller } from '../../http/request-meta.js';

const SERVICE = 'supervision';

/** 红黄灯预警: overdue lists by unit and by leader, and the recomputation on demand. */
@ApiTags('督办预警')
@Controller('api/supervision/warnings')
export class SupervisionWarningsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('by-unit')
  @Permission(Permissions.supervisionRead, Permissions.supervisionManage)
  @ApiOperation({ summary: '逾期（红灯）和临期（黄灯）事项：按主责单位汇总' })
  @ApiOkResponse({ type: ListOverdueByUnit.Reply })
  @ApiServiceProblems()
  async byUnit(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListOverdueByUnit.Reply> {
    return this.rpc.call(SERVICE, SupervisionWarningSubjects.overdueByUnit, await validatePayload(ListOverdueByUnit.Request, query), caller);
  }

  @Get('by-leader')
  @Permission(Permissions.supervisionRead, Permissions.supervisionManage)
  @ApiOperation({ summary: '逾期（红灯）和临期（黄灯）事项：按批示领导/责任领导汇总' })
  @ApiOkResponse({ type: ListOverdueByLeader.Reply })
  @ApiServiceProblems()
  async byLeader(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListOverdueByLeader.Reply> {
    return this.rpc.call(SERVICE, SupervisionWarningSubjects.overdueByLeader, await validatePayload(ListOverdueByLeader.Request, query), caller);
  }

  @Post('recompute')
  @HttpCode(200)
  @Permission(Permissions.supervisionManage)
  @ApiOperation({ summary: '立即重新计算全部未销号事项的灯色（可指定判定日期）' })
  @ApiBody({ type: RecomputeLights.Request })
  @ApiOkResponse({ type: RecomputeLights.Reply })
  @ApiBodyProblems()
  @ApiServiceProblems()
  async recompute(@Body() body: unknown, @Caller() caller: CallerContext): Promise<RecomputeLights.Reply> {
    return this.rpc.call(SERVICE, SupervisionWarningSubjects.recompute, await validatePayload(RecomputeLights.Request, body ?? {}), caller);
  }
}
