import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { validatePayload } from '@gov/platform';
import { Permissions } from '@gov/contracts-gateway';
import { Permission } from '../../http/access.decorators.js';
import { ApiProblems } from '../../http/openapi.decorators.js';
import { ListAdminTasks } from './admin-tasks.contracts.js';
import { AdminTasksService } from './admin-tasks.service.js';

@ApiTags('系统')
@Controller('api/admin')
export class AdminTasksController {
  constructor(private readonly tasks: AdminTasksService) {}

  @Get('tasks')
  @Permission(Permissions.opsDeadLetters)
  @ApiOperation({ summary: '系统管理员待办（死信等）', description: '每条死信一条待办，显示涉及的事件与记录及重放地址；重放死信后关闭。按时间倒序。' })
  @ApiOkResponse({ type: ListAdminTasks.Reply })
  @ApiProblems(400)
  async list(@Query() query: unknown): Promise<ListAdminTasks.Reply> {
    return this.tasks.list(await validatePayload(ListAdminTasks.Request, query));
  }
}
