import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { AcceptAssetPurchase, ApproveAssetDisposal, ApproveAssetPurchase, AssetSubjects, CardAssetPurchase, CloseAssetInventory, CreateAssetInventory, CreateAssetPurchase, ExportAssetReport, GetAsset, GetAssetInventory, GetAssetPurchase, GetAssetReport, ListAssetInventories, ListAssetPurchases, ListAssets, RecordAssetInventoryResult, RecordAssetPurchaseBuying, RejectAssetDisposal, RejectAssetPurchase, RequestAssetDisposal, SetAssetUse, TransferAsset, WithdrawAssetPurchase } from '@gov/contracts-personnel-finance';
import { Caller, RpcPattern } from '@gov/platform';
import { AssetsService } from './assets.service.js';

@Controller()
export class AssetsRpcController {
  constructor(private readonly assets: AssetsService) {}

  @RpcPattern(AssetSubjects.purchaseCreate, CreateAssetPurchase.Request)
  createPurchase(@Payload() request: CreateAssetPurchase.Request, @Caller() caller: CallerContext): Promise<CreateAssetPurchase.Reply> {
    return this.assets.createPurchase(request, caller);
  }

  @RpcPattern(AssetSubjects.purchaseApprove, ApproveAssetPurchase.Request)
  approvePurchase(@Payload() request: ApproveAssetPurchase.Request, @Caller() caller: CallerContext): Promise<ApproveAssetPurchase.Reply> {
    return this.assets.approvePurchase(request, caller);
  }

  @RpcPattern(AssetSubjects.purchaseReject, RejectAssetPurchase.Request)
  rejectPurchase(@Payload() request: RejectAssetPurchase.Request, @Caller() caller: CallerContext): Promise<RejectAssetPurchase.Reply> {
    return this.assets.rejectPurchase(request, caller);
  }

  @RpcPattern(AssetSubjects.purchaseBuy, RecordAssetPurchaseBuying.Request)
  buy(@Payload() request: RecordAssetPurchaseBuying.Request, @Caller() caller: CallerContext): Promise<RecordAssetPurchaseBuying.Reply> {
    return this.assets.buy(request, caller);
  }

  @RpcPattern(AssetSubjects.purchaseAccept, AcceptAssetPurchase.Request)
  accept(@Payload() request: AcceptAssetPurchase.Request, @Caller() caller: CallerContext): Promise<AcceptAssetPurchase.Reply> {
    return this.assets.accept(request, caller);
  }

  @RpcPattern(AssetSubjects.purchaseCard, CardAssetPurchase.Request)
  card(@Payload() request: CardAssetPurchase.Request, @Caller() caller: CallerContext): Promise<CardAssetPurchase.Reply> {
    return this.assets.card(request, caller);
  }

  @RpcPattern(AssetSubjects.purchaseWithdraw, WithdrawAssetPurchase.Request)
  withdrawPurchase(@Payload() request: WithdrawAssetPurchase.Request, @Caller() caller: CallerContext): Promise<WithdrawAssetPurchase.Reply> {
    return this.assets.withdrawPurchase(request, caller);
  }

  @RpcPattern(AssetSubjects.purchaseGet, GetAssetPurchase.Request)
  getPurchase(@Payload() request: GetAssetPurchase.Request, @Caller() caller: CallerContext): Promise<GetAssetPurchase.Reply> {
    return this.assets.getPurchase(request.id, caller);
  }

  @RpcPattern(AssetSubjects.purchaseList, ListAssetPurchases.Request)
  listPurchases(@Payload() request: ListAssetPurchases.Request, @Caller() caller: CallerContext): Promise<ListAssetPurchases.Reply> {
    return this.assets.listPurchases(request, caller);
  }

  @RpcPattern(AssetSubjects.get, GetAsset.Request)
  get(@Payload() request: GetAsset.Request, @Caller() caller: CallerContext): Promise<GetAsset.Reply> {
    return this.assets.get(request.id, caller);
  }

  @RpcPattern(AssetSubjects.list, ListAssets.Request)
  list(@Payload() request: ListAssets.Request, @Caller() caller: CallerContext): Promise<ListAssets.Reply> {
    return this.assets.list(request, caller);
  }

  @RpcPattern(AssetSubjects.transfer, TransferAsset.Request)
  transfer(@Payload() request: TransferAsset.Request, @Caller() caller: CallerContext): Promise<TransferAsset.Reply> {
    return this.assets.transfer(request, caller);
  }

  @RpcPattern(AssetSubjects.setUse, SetAssetUse.Request)
  setUse(@Payload() request: SetAssetUse.Request, @Caller() caller: CallerContext): Promise<SetAssetUse.Reply> {
    return this.assets.setUse(request, caller);
  }

  @RpcPattern(AssetSubjects.requestDisposal, RequestAssetDisposal.Request)
  requestDisposal(@Payload() request: RequestAssetDisposal.Request, @Caller() caller: CallerContext): Promise<RequestAssetDisposal.Reply> {
    return this.assets.requestDisposal(request, caller);
  }

  @RpcPattern(AssetSubjects.approveDisposal, ApproveAssetDisposal.Request)
  approveDisposal(@Payload() request: ApproveAssetDisposal.Request, @Caller() caller: CallerContext): Promise<ApproveAssetDisposal.Reply> {
    return this.assets.approveDisposal(request, caller);
  }

  @RpcPattern(AssetSubjects.rejectDisposal, RejectAssetDisposal.Request)
  rejectDisposal(@Payload() request: RejectAssetDisposal.Request, @Caller() caller: CallerContext): Promise<RejectAssetDisposal.Reply> {
    return this.assets.rejectDisposal(request, caller);
  }

  @RpcPattern(AssetSubjects.inventoryCreate, CreateAssetInventory.Request)
  createInventory(@Payload() request: CreateAssetInventory.Request, @Caller() caller: CallerContext): Promise<CreateAssetInventory.Reply> {
    return this.assets.createInventory(request, caller);
  }

  @RpcPattern(AssetSubjects.inventoryRecord, RecordAssetInventoryResult.Request)
  recordInventory(@Payload() request: RecordAssetInventoryResult.Request, @Caller() caller: CallerContext): Promise<RecordAssetInventoryResult.Reply> {
    return this.assets.recordInventory(request, caller);
  }

  @RpcPattern(AssetSubjects.inventoryClose, CloseAssetInventory.Request)
  closeInventory(@Payload() request: CloseAssetInventory.Request, @Caller() caller: CallerContext): Promise<CloseAssetInventory.Reply> {
    return this.assets.closeInventory(request, caller);
  }

  @RpcPattern(AssetSubjects.inventoryGet, GetAssetInventory.Request)
  getInventory(@Payload() request: GetAssetInventory.Request, @Caller() caller: CallerContext): Promise<GetAssetInventory.Reply> {
    return this.assets.getInventory(request.id, caller);
  }

  @RpcPattern(AssetSubjects.inventoryList, ListAssetInventories.Request)
  listInventories(@Payload() request: ListAssetInventories.Request, @Caller() caller: CallerContext): Promise<ListAssetInventories.Reply> {
    return this.assets.listInventories(request, caller);
  }

  @RpcPattern(AssetSubjects.report, GetAssetReport.Request)
  report(@Payload() request: GetAssetReport.Request, @Caller() caller: CallerContext): Promise<GetAssetReport.Reply> {
    return this.assets.report(request, caller);
  }

  @RpcPattern(AssetSubjects.exportReport, ExportAssetReport.Request)
  exportReport(@Payload() request: ExportAssetReport.Request, @Caller() caller: CallerContext): Promise<ExportAssetReport.Reply> {
    return this.assets.exportReport(request, caller);
  }
}
