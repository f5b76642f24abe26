import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { validatePayload } from '@gov/platform';
import { AccountView, AssignRoles, CreateAccount, DisableAccount, ListAccounts, Permissions, LeaderView, ResetPassword, SectionView } from '@gov/contracts-gateway';
import { Authenticated, Permission } from '../../http/access.decorators.js';
import { ApiBodyProblems, ApiProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { Caller } from '../../http/request-meta.js';
import { AccountsService } from './accounts.service.js';

@ApiTags('账户管理（三员）')
@Controller('api/admin/users')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  @Permission(Permissions.accountsManage)
  @ApiOperation({ summary: '创建账户（系统管理员）', description: '返回系统生成的初始密码（仅此一次），首次登录须修改；角色由安全保密管理员分配。' })
  @ApiBody({ type: CreateAccount.Request })
  @ApiCreatedResponse({ type: CreateAccount.Reply })
  @ApiBodyProblems()
  @ApiProblems(409)
  async create(@Body() body: unknown, @Caller() caller: CallerContext): Promise<CreateAccount.Reply> {
    return this.accounts.create(await validatePayload(CreateAccount.Request, body), caller);
  }

  @Get()
  @Permission(Permissions.accountsManage, Permissions.rolesAssign)
  @ApiOperation({ summary: '账户列表（系统管理员、安全保密管理员）' })
  @ApiOkResponse({ type: ListAccounts.Reply })
  @ApiProblems(400)
  async list(@Query() query: unknown): Promise<ListAccounts.Reply> {
    return this.accounts.list(await validatePayload(ListAccounts.Request, query));
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Permission(Permissions.accountsManage)
  @ApiOperation({ summary: '停用账户（系统管理员）；账户不会被删除，其登录会话立即注销' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ type: DisableAccount.Request })
  @ApiOkResponse({ type: AccountView })
  @ApiBodyProblems()
  @ApiProblems(404, 422)
  async disable(@Param('id') id: string, @Body() body: unknown, @Caller() caller: CallerContext): Promise<AccountView> {
    return this.accounts.disable(await uuidParam(id), await validatePayload(DisableAccount.Request, body), caller);
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @Permission(Permissions.accountsManage)
  @ApiOperation({ summary: '重置密码（系统管理员）', description: '生成临时密码（仅此一次），用户登录后须修改；其登录会话立即注销。' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ResetPassword.Reply })
  @ApiProblems(400, 404)
  async resetPassword(@Param('id') id: string, @Caller() caller: CallerContext): Promise<ResetPassword.Reply> {
    return this.accounts.resetPassword(await uuidParam(id), caller);
  }

  @Put(':id/roles')
  @Permission(Permissions.rolesAssign)
  @ApiOperation({ summary: '分配角色、科室、单位和密级（安全保密管理员）', description: '只能分配业务角色；不能修改管理员账户或自己的账户。' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ type: AssignRoles.Request })
  @ApiOkResponse({ type: AccountView })
  @ApiBodyProblems()
  @ApiProblems(404, 422)
  async assignRoles(@Param('id') id: string, @Body() body: unknown, @Caller() caller: CallerContext): Promise<AccountView> {
    return this.accounts.assignRoles(await uuidParam(id), await validatePayload(AssignRoles.Request, body), caller);
  }
}

@ApiTags('参考数据')
@Controller('api/sections')
export class SectionsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: '办公室的 13 个科室' })
  @ApiOkResponse({ type: [SectionView] })
  sections(): Promise<SectionView[]> {
    return this.accounts.sections();
  }
}

/** Who reads the leaders' directory: whoever arranges the leaders' calendars, meetings or documents. */
const LEADER_DIRECTORY_READERS: [string, ...string[]] = ['activities:read', 'activities:manage', 'meetings:manage', 'documents:process'];

@ApiTags('参考数据')
@Controller('api/leaders')
export class LeadersController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Permission(...LEADER_DIRECTORY_READERS)
  @ApiOperation({ summary: '领导名录（区政府领导、办公室领导：姓名与用户 ID）', description: '供安排领导日程、会议和办理公文时选择领导；单位联络员与管理员无权查看。' })
  @ApiOkResponse({ type: [LeaderView] })
  leaders(@Caller() caller: CallerContext): Promise<LeaderView[]> {
    return this.accounts.leaders(caller);
  }
}
