import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { validatePayload } from '@gov/platform';
import { ChangePassword, EnrollTotp, Login, MeView, Refresh } from '@gov/contracts-gateway';
import type { FastifyRequest } from 'fastify';
import { AllowPendingPasswordChange, Authenticated, Public } from '../../http/access.decorators.js';
import { ApiBodyProblems } from '../../http/openapi.decorators.js';
import { Caller, metaOf } from '../../http/request-meta.js';
import { AuthService } from './auth.service.js';

@ApiTags('认证')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public({ signIn: true })
  @ApiOperation({ summary: '登录', description: '用户名 + 密码；管理员及机密以上涉密人员还须动态验证码（未绑定的先返回绑定信息）。同一用户名在同一地址连续 5 次失败锁定 15 分钟。' })
  @ApiBody({ type: Login.Request })
  @ApiOkResponse({ type: Login.Reply })
  @ApiBodyProblems()
  async login(@Body() body: unknown, @Req() request: FastifyRequest): Promise<Login.Reply> {
    const payload = await validatePayload(Login.Request, body);
    request.gateway.audited = true; // the auth service audits every attempt with its reason
    return this.auth.login(payload, metaOf(request));
  }

  @Post('totp/enroll')
  @HttpCode(200)
  @Public({ signIn: true })
  @ApiOperation({ summary: '绑定动态验证码并完成登录（管理员及机密以上涉密人员首次登录）' })
  @ApiBody({ type: EnrollTotp.Request })
  @ApiOkResponse({ type: EnrollTotp.Reply })
  @ApiBodyProblems()
  async enrollTotp(@Body() body: unknown, @Req() request: FastifyRequest): Promise<EnrollTotp.Reply> {
    const payload = await validatePayload(EnrollTotp.Request, body);
    request.gateway.audited = true;
    return this.auth.enrollTotp(payload, metaOf(request));
  }

  @Post('refresh')
  @HttpCode(200)
  @Public({ signIn: true })
  @ApiOperation({ summary: '刷新令牌', description: '每个刷新令牌只能用一次；重复使用会注销整个登录会话。' })
  @ApiBody({ type: Refresh.Request })
  @ApiOkResponse({ type: Refresh.Reply })
  @ApiBodyProblems()
  async refresh(@Body() body: unknown, @Req() request: FastifyRequest): Promise<Refresh.Reply> {
    const { reply, account } = await this.auth.refresh(await validatePayload(Refresh.Request, body));
    request.gateway.actor = { id: account.id, username: account.username };
    return reply;
  }

  @Post('logout')
  @HttpCode(204)
  @Authenticated()
  @AllowPendingPasswordChange()
  @ApiOperation({ summary: '退出登录（立即注销本会话，访问令牌随即失效）' })
  @ApiNoContentResponse()
  async logout(@Req() request: FastifyRequest): Promise<void> {
    await this.auth.logout(request.gateway.sessionId as string);
  }

  @Post('password')
  @HttpCode(204)
  @Authenticated()
  @AllowPendingPasswordChange()
  @ApiOperation({ summary: '修改本人密码', description: '至少 12 位，含大写字母、小写字母、数字、符号中的至少三类，且不含用户名。其他会话将被注销。' })
  @ApiBody({ type: ChangePassword.Request })
  @ApiNoContentResponse()
  @ApiBodyProblems()
  async changePassword(@Body() body: unknown, @Caller() caller: CallerContext, @Req() request: FastifyRequest): Promise<void> {
    await this.auth.changePassword(caller, request.gateway.sessionId as string, await validatePayload(ChangePassword.Request, body));
  }

  @Get('me')
  @Authenticated()
  @AllowPendingPasswordChange()
  @ApiOperation({ summary: '当前用户' })
  @ApiOkResponse({ type: MeView })
  me(@Caller() caller: CallerContext): Promise<MeView> {
    return this.auth.me(caller);
  }
}
