import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CampaignSubjects, CompleteCampaignTask, CreateCampaign, GetCampaign, ListCampaigns, UpdateCampaign, WithdrawCampaign } from '@gov/contracts-party-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { CampaignsService } from './campaigns.service.js';

@Controller()
export class CampaignsRpcController {
  constructor(private readonly campaigns: CampaignsService) {}

  @RpcPattern(CampaignSubjects.create, CreateCampaign.Request)
  create(@Payload() request: CreateCampaign.Request, @Caller() caller: CallerContext): Promise<CreateCampaign.Reply> {
    return this.campaigns.create(request, caller);
  }

  @RpcPattern(CampaignSubjects.update, UpdateCampaign.Request)
  update(@Payload() request: UpdateCampaign.Request, @Caller() caller: CallerContext): Promise<UpdateCampaign.Reply> {
    return this.campaigns.update(request, caller);
  }

  @RpcPattern(CampaignSubjects.complete, CompleteCampaignTask.Request)
  complete(@Payload() request: CompleteCampaignTask.Request, @Caller() caller: CallerContext): Promise<CompleteCampaignTask.Reply> {
    return this.campaigns.complete(request, caller);
  }

  @RpcPattern(CampaignSubjects.withdraw, WithdrawCampaign.Request)
  withdraw(@Payload() request: WithdrawCampaign.Request, @Caller() caller: CallerContext): Promise<WithdrawCampaign.Reply> {
    return this.campaigns.withdraw(request, caller);
  }

  @RpcPattern(CampaignSubjects.get, GetCampaign.Request)
  get(@Payload() request: GetCampaign.Request, @Caller() caller: CallerContext): Promise<GetCampaign.Reply> {
    return this.campaigns.get(request.id, caller);
  }

  @RpcPattern(CampaignSubjects.list, ListCampaigns.Request)
  list(@Payload() request: ListCampaigns.Request, @Caller() caller: CallerContext): Promise<ListCampaigns.Reply> {
    return this.campaigns.list(request, caller);
  }
}
