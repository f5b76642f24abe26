import { Injectable } from '@nestjs/common';
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
import { RpcHandler } from '@gov/platform';
import { ItemsService } from './items.service.js';
import { SettingsService } from './settings.service.js';

@Injectable()
export class ItemsRpcController {
  constructor(
    private readonly items: ItemsService,
    private readonly settings: SettingsService,
  ) {}

  @RpcHandler(SupervisionItemSubjects.create, CreateSupervisionItem.Request)
  create(request: CreateSupervisionItem.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.create(request, caller);
  }

  @RpcHandler(SupervisionItemSubjects.get, GetSupervisionItem.Request)
  get(request: GetSupervisionItem.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.get(request.id, caller);
  }

  @RpcHandler(SupervisionItemSubjects.list, ListSupervisionItems.Request)
  list(request: ListSupervisionItems.Request, caller: CallerContext): Promise<ListSupervisionItems.Reply> {
    return this.items.list(request, caller);
  }

  @RpcHandler(SupervisionItemSubjects.resolveUnits, ResolveItemUnits.Request)
  resolveUnits(request: ResolveItemUnits.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.resolveUnits(request, caller);
  }

  @RpcHandler(SupervisionItemSubjects.acknowledge, AcknowledgeItem.Request)
  acknowledge(request: AcknowledgeItem.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.acknowledge(request, caller);
  }

  @RpcHandler(SupervisionItemSubjects.reportProgress, ReportItemProgress.Request)
  reportProgress(request: ReportItemProgress.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.reportProgress(request, caller);
  }

  @RpcHandler(SupervisionItemSubjects.requestExtension, RequestItemExtension.Request)
  requestExtension(request: RequestItemExtension.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.requestExtension(request, caller);
  }

  @RpcHandler(SupervisionItemSubjects.decideExtension, DecideItemExtension.Request)
  decideExtension(request: DecideItemExtension.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.decideExtension(request, caller);
  }

  @RpcHandler(SupervisionItemSubjects.reportCompletion, ReportItemCompletion.Request)
  reportCompletion(request: ReportItemCompletion.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.reportCompletion(request, caller);
  }

  @RpcHandler(SupervisionItemSubjects.verify, VerifyItem.Request)
  verify(request: VerifyItem.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.verify(request, caller);
  }

  @RpcHandler(SupervisionItemSubjects.withdraw, WithdrawItem.Request)
  withdraw(request: WithdrawItem.Request, caller: CallerContext): Promise<SupervisionItemDetail> {
    return this.items.withdraw(request, caller);
  }

  @RpcHandler(SupervisionItemSubjects.getSettings, GetSupervisionSettings.Request)
  getSettings(request: GetSupervisionSettings.Request, caller: CallerContext): Promise<GetSupervisionSettings.Reply> {
    return this.settings.get(request, caller);
  }

  @RpcHandler(SupervisionItemSubjects.changeSetting, ChangeSupervisionSetting.Request)
  changeSetting(request: ChangeSupervisionSetting.Request, caller: CallerContext): Promise<SupervisionSettingView> {
    return this.settings.change(request, caller);
  }
}
