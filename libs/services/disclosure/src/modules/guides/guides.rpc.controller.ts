import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateGuide, GetGuide, GuideSubjects, ListGuides, ReviseGuide, WithdrawGuide } from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { GuidesService } from './guides.service.js';

/** The request-reply handlers of 政府信息公开指南: one line each, the workflow is in the service. */
@Controller()
export class GuidesRpcController {
  constructor(private readonly guides: GuidesService) {}

  @RpcPattern(GuideSubjects.create, CreateGuide.Request)
  create(@Payload() request: CreateGuide.Request, @Caller() caller: CallerContext): Promise<CreateGuide.Reply> {
    return this.guides.create(request, caller);
  }

  @RpcPattern(GuideSubjects.revise, ReviseGuide.Request)
  revise(@Payload() request: ReviseGuide.Request, @Caller() caller: CallerContext): Promise<ReviseGuide.Reply> {
    return this.guides.revise(request, caller);
  }

  @RpcPattern(GuideSubjects.withdraw, WithdrawGuide.Request)
  withdraw(@Payload() request: WithdrawGuide.Request, @Caller() caller: CallerContext): Promise<WithdrawGuide.Reply> {
    return this.guides.withdraw(request, caller);
  }

  @RpcPattern(GuideSubjects.get, GetGuide.Request)
  get(@Payload() request: GetGuide.Request, @Caller() caller: CallerContext): Promise<GetGuide.Reply> {
    return this.guides.get(request.id, caller);
  }

  @RpcPattern(GuideSubjects.list, ListGuides.Request)
  list(@Payload() request: ListGuides.Request, @Caller() caller: CallerContext): Promise<ListGuides.Reply> {
    return this.guides.list(request, caller);
  }
}
