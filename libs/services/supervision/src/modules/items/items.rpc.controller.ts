import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AcknowledgeItem,
  ChangeSupervisionSetting,
  CreateSupervisionItem,
  DecideItemExtension,
  GetSupervisionItem,
  GetSupervisionSettings,
  ListSupervisionItems,
  ReportItemCompletion,
  ReportItemProgress,
  RequestItemExtension,
  ResolveItemUnits,
  SupervisionItemSubjects,
  VerifyItem,
  WithdrawItem,
  type SupervisionItemDetail,
  type SupervisionSettingView,
} from '@gov/contracts-supervision';
import { RpcPattern, Caller } from '@gov/platform';
import { ItemsService } from './items.service.js';
import { SettingsService } from './settings.service.js';

@Controller()
export class ItemsRpcController {
  constructor(
    private readonly items: ItemsService,
    private readonly settings: SettingsService,
  ) {}

  @RpcPattern(SupervisionItemSubjects.create, CreateSupervisionItem.Request)
  create(@Payload() request: CreateSupervisionItem.Request, @Caller() caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.create(request, caller);
  }

  @RpcPattern(SupervisionItemSubjects.get, GetSupervisionItem.Request)
  get(@Payload() request: GetSupervisionItem.Request, @Caller() caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.get(request.id, caller);
  }

  @RpcPattern(SupervisionItemSubjects.list, ListSupervisionItems.Request)
  list(@Payload() request: ListSupervisionItems.Request, @Caller() caller: CallerContext): Promise<ListSupervisionItems.Reply> {
    return this.items.list(request, caller);
  }

  @RpcPattern(SupervisionItemSubjects.resolveUnits, ResolveItemUnits.Request)
  resolveUnits(@Payload() request: ResolveItemUnits.Request, @Caller() caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.resolveUnits(request, caller);
  }

  @RpcPattern(SupervisionItemSubjects.acknowledge, AcknowledgeItem.Request)
  acknowledge(@Payload() request: AcknowledgeItem.Request, @Caller() caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.acknowledge(request, caller);
  }

  @RpcPattern(SupervisionItemSubjects.reportProgress, ReportItemProgress.Request)
  reportProgress(@Payload() request: ReportItemProgress.Request, @Caller() caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.reportProgress(request, caller);
  }

  @RpcPattern(SupervisionItemSubjects.requestExtension, RequestItemExtension.Request)
  requestExtension(@Payload() request: RequestItemExtension.Request, @Caller() caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.requestExtension(request, caller);
  }

  @RpcPattern(SupervisionItemSubjects.decideExtension, DecideItemExtension.Request)
  decideExtension(@Payload() request: DecideItemExtension.Request, @Caller() caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.decideExtension(request, caller);
  }

  @RpcPattern(SupervisionItemSubjects.reportCompletion, ReportItemCompletion.Request)
  reportCompletion(@Payload() request: ReportItemCompletion.Request, @Caller() caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.reportCompletion(request, caller);
  }

  @RpcPattern(SupervisionItemSubjects.verify, VerifyItem.Request)
  verify(@Payload() request: VerifyItem.Request, @Caller() caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.verify(request, caller);
  }

  @RpcPattern(SupervisionItemSubjects.withdraw, WithdrawItem.Request)
  withdraw(@Payload() request: WithdrawItem.Request, @Caller() caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.withdraw(request, caller);
  }

  @RpcPattern(SupervisionItemSubjects.getSettings, GetSupervisionSettings.Request)
  getSettings(@Payload() request: GetSupervisionSettings.Request, @Caller() caller: CallerContext): Promise<GetSupervisionSettings.Reply> {
    return this.settings.get(request, caller);
  }

  @RpcPattern(SupervisionItemSubjects.changeSetting, ChangeSupervisionSetting.Request)
  changeSetting(@Payload() request: ChangeSupervisionSetting.Request, @Caller() caller: CallerContext): Promise<SupervisionSettingView> {
    return this.settings.change(request, caller);
  }
}
