import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { validatePayload } from '@gov/platform';
import { ListAuditEvents, Permissions, VerifyAuditChain } from '@gov/contracts-gateway';
import { Permission } from '../../http/access.decorators.js';
import { ApiProblems } from '../../http/openapi.decorators.js';
import { AuditService } from './audit.service.js';

@ApiTags('审计（安全审计员）')
@Controller('api/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('events')
  @Permission(Permissions.auditRead)
  @ApiOperation({ summary: '审计日志', description: '登录（成功与失败）和所有写操作；含系统管理员、安全保密管理员的操作。按时间倒序。' })
  @ApiOkResponse({ type: ListAuditEvents.Reply })
  @ApiProblems(400)
  async events(@Query() query: unknown): Promise<ListAuditEvents.Reply> {
    return this.audit.list(await validatePayload(ListAuditEvents.Request, query));
  }

  @Get('verify')
  @Permission(Permissions.auditRead)
  @ApiOperation({ summary: '校验审计日志哈希链', description: '逐条校验；报告第一条被修改或缺失的记录。' })
  @ApiOkResponse({ type: VerifyAuditChain.Reply })
  verify(): Promise<VerifyAuditChain.Reply> {
    return this.audit.verify();
  }
}
