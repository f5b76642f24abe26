import {
  AcceptAssetPurchase,
  ApproveAssetDisposal,
  ApproveAssetPurchase,
  AssetInventoryView,
  AssetKeeping,
  AssetPurchaseView,
  AssetReasonBody,
  AssetSubjects,
  AssetView,
  CardAssetPurchase,
  CloseAssetInventory,
  CreateAssetInventory,
  CreateAssetPurchase,
  ExportAssetReport,
  GetAsset,
  GetAssetInventory,
  GetAssetPurchase,
  GetAssetReport,
  ListAssetInventories,
  ListAssetPurchases,
  ListAssets,
  RecordAssetInventoryResult,
  RecordAssetPurchaseBuying,
  RejectAssetDisposal,
  RejectAssetPurchase,
  RequestAssetDisposal,
  SetAssetUse,
  TransferAsset,
  WithdrawAssetPurchase,
  PersonnelFinancePermissions as P,
} from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.assetsRead, P.assetsManage, P.assetsApprove] as const;
const WRITERS = [P.assetsManage] as const;
const APPROVERS = [P.assetsApprove] as const;

const assets = { tag: '国有资产', service: 'personnel-finance' } as const;
const id = { id: { format: 'uuid' } } as const;
const XLSX = { produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: '电子表格文件', asciiFilename: true } as const;
const ORDER = '采购程序按 申请→审批→采购→验收→建卡 的顺序办理，跳步或重复以 ASSET_PURCHASE.STEP_OUT_OF_ORDER 拒绝。';

/** 国有资产 (财务科), owned by personnel-finance: the purchase procedure, the cards, inventories and reports. */
export const assetsRoutes: Record<string, RouteTable> = {
  PersonnelFinanceAssetPurchasesController: [
    { ...assets, name: 'list', method: 'GET', path: 'api/personnel-finance/asset-purchases', permission: READERS, subject: AssetSubjects.purchaseList, convention: 'read', request: ListAssetPurchases.Request, query: ListAssetPurchases.Request, reply: ListAssetPurchases.Reply, summary: '资产采购申请列表（按状态筛选，名称、申请号模糊搜索）', problems: [403] },
    { ...assets, name: 'get', method: 'GET', path: 'api/personnel-finance/asset-purchases/:id', permission: READERS, subject: AssetSubjects.purchaseGet, convention: 'record-read', request: GetAssetPurchase.Request, params: id, reply: AssetPurchaseView, summary: '资产采购申请详情：各步骤办理人和时间、过程记录（ETag 为版本号）', problems: [404] },
    { ...assets, name: 'create', method: 'POST', path: 'api/personnel-finance/asset-purchases', permission: WRITERS, subject: AssetSubjects.purchaseCreate, convention: 'create', request: CreateAssetPurchase.Request, reply: AssetPurchaseView, summary: '提出资产采购申请（申请号按年连续）；须带 Idempotency-Key', description: ORDER, problems: [403, 422] },
    { ...assets, name: 'approve', method: 'POST', path: 'api/personnel-finance/asset-purchases/:id/approve', permission: APPROVERS, subject: AssetSubjects.purchaseApprove, convention: 'change', request: ApproveAssetPurchase.Request, body: ApproveAssetPurchase.Body, bodyOptional: true, params: id, reply: AssetPurchaseView, summary: '批准资产采购申请（可附意见）；须带 If-Match', description: ORDER, problems: [403, 404, 422] },
    { ...assets, name: 'reject', method: 'POST', path: 'api/personnel-finance/asset-purchases/:id/reject', permission: APPROVERS, subject: AssetSubjects.purchaseReject, convention: 'change', request: RejectAssetPurchase.Request, body: AssetReasonBody, params: id, reply: AssetPurchaseView, summary: '不予批准资产采购申请（须说明理由）；须带 If-Match', problems: [403, 404, 422] },
    { ...assets, name: 'buy', method: 'POST', path: 'api/personnel-finance/asset-purchases/:id/buy', permission: WRITERS, subject: AssetSubjects.purchaseBuy, convention: 'change', request: RecordAssetPurchaseBuying.Request, body: RecordAssetPurchaseBuying.Body, params: id, reply: AssetPurchaseView, summary: '登记采购（供应商、成交金额、日期、合同号）；须带 If-Match', description: ORDER, problems: [403, 404, 422] },
    { ...assets, name: 'accept', method: 'POST', path: 'api/personnel-finance/asset-purchases/:id/accept', permission: WRITERS, subject: AssetSubjects.purchaseAccept, convention: 'change', request: AcceptAssetPurchase.Request, body: AcceptAssetPurchase.Body, params: id, reply: AssetPurchaseView, summary: '登记验收（日期、验收人员、意见）；须带 If-Match', description: ORDER, problems: [403, 404, 422] },
    { ...assets, name: 'card', method: 'POST', path: 'api/personnel-finance/asset-purchases/:id/card', permission: WRITERS, subject: AssetSubjects.purchaseCard, convention: 'change', request: CardAssetPurchase.Request, body: AssetKeeping, params: id, reply: AssetPurchaseView, summary: '验收后建立资产卡片（资产编号按年连续；价值为成交金额）；须带 If-Match', description: ORDER, problems: [403, 404, 422] },
    { ...assets, name: 'withdraw', method: 'POST', path: 'api/personnel-finance/asset-purchases/:id/withdraw', permission: WRITERS, subject: AssetSubjects.purchaseWithdraw, convention: 'change', request: WithdrawAssetPurchase.Request, body: AssetReasonBody, params: id, reply: AssetPurchaseView, summary: '撤回资产采购申请（建卡前，须说明理由）；须带 If-Match', problems: [403, 404, 422] },
  ],
  PersonnelFinanceAssetsController: [
    { ...assets, name: 'list', method: 'GET', path: 'api/personnel-finance/assets', permission: READERS, subject: AssetSubjects.list, convention: 'read', request: ListAssets.Request, query: ListAssets.Request, reply: ListAssets.Reply, summary: '资产卡片列表（按状态、分类筛选，名称、编号、地点、保管人模糊搜索）', problems: [403] },
    { ...assets, name: 'get', method: 'GET', path: 'api/personnel-finance/assets/:id', permission: READERS, subject: AssetSubjects.get, convention: 'record-read', request: GetAsset.Request, params: id, reply: AssetView, summary: '资产卡片详情：调拨历史、处置、过程记录（ETag 为版本号）', problems: [404] },
    { ...assets, name: 'transfer', method: 'POST', path: 'api/personnel-finance/assets/:id/transfer', permission: WRITERS, subject: AssetSubjects.transfer, convention: 'change', request: TransferAsset.Request, body: TransferAsset.Body, params: id, reply: AssetView, summary: '调拨或变更保管人、存放地点（记入历史）；须带 If-Match', problems: [403, 404, 422] },
    { ...assets, name: 'setUse', method: 'POST', path: 'api/personnel-finance/assets/:id/set-use', permission: WRITERS, subject: AssetSubjects.setUse, convention: 'change', request: SetAssetUse.Request, body: SetAssetUse.Body, params: id, reply: AssetView, summary: '设为在用或闲置（须说明理由）；须带 If-Match', problems: [403, 404, 422] },
    { ...assets, name: 'requestDisposal', method: 'POST', path: 'api/personnel-finance/assets/:id/request-disposal', permission: WRITERS, subject: AssetSubjects.requestDisposal, convention: 'change', request: RequestAssetDisposal.Request, body: RequestAssetDisposal.Body, params: id, reply: AssetView, summary: '申请处置（报废、转让、调出），资产转为待处置；须带 If-Match', problems: [403, 404, 422] },
    { ...assets, name: 'approveDisposal', method: 'POST', path: 'api/personnel-finance/assets/:id/approve-disposal', permission: APPROVERS, subject: AssetSubjects.approveDisposal, convention: 'change', request: ApproveAssetDisposal.Request, body: ApproveAssetDisposal.Body, params: id, reply: AssetView, summary: '批准处置（批复文号、处置日期）；卡片保留为已处置，不删除；须带 If-Match', problems: [403, 404, 422] },
    { ...assets, name: 'rejectDisposal', method: 'POST', path: 'api/personnel-finance/assets/:id/reject-disposal', permission: APPROVERS, subject: AssetSubjects.rejectDisposal, convention: 'change', request: RejectAssetDisposal.Request, body: AssetReasonBody, params: id, reply: AssetView, summary: '处置不予批准（须说明理由），恢复原状态；须带 If-Match', problems: [403, 404, 422] },
    { ...assets, name: 'report', method: 'GET', path: 'api/personnel-finance/asset-report', permission: READERS, subject: AssetSubjects.report, convention: 'read', request: GetAssetReport.Request, query: GetAssetReport.Request, reply: GetAssetReport.Reply, summary: '资产月报、年报：按分类的期末数量与价值、本期新增、本期处置（金额为分）', problems: [403] },
    { ...assets, name: 'exportReport', method: 'GET', path: 'api/personnel-finance/asset-report.xlsx', permission: READERS, subject: AssetSubjects.exportReport, convention: 'download', request: ExportAssetReport.Request, query: ExportAssetReport.Request, download: XLSX, summary: '导出资产月报、年报（.xlsx）', problems: [403, 422] },
  ],
  PersonnelFinanceAssetInventoriesController: [
    { ...assets, name: 'list', method: 'GET', path: 'api/personnel-finance/asset-inventories', permission: READERS, subject: AssetSubjects.inventoryList, convention: 'read', request: ListAssetInventories.Request, query: ListAssetInventories.Request, reply: ListAssetInventories.Reply, summary: '资产盘点列表', problems: [403] },
    { ...assets, name: 'get', method: 'GET', path: 'api/personnel-finance/asset-inventories/:id', permission: READERS, subject: AssetSubjects.inventoryGet, convention: 'record-read', request: GetAssetInventory.Request, params: id, reply: AssetInventoryView, summary: '资产盘点详情：每张卡片的结果、盘亏清单和金额（ETag 为版本号）', problems: [404] },
    { ...assets, name: 'create', method: 'POST', path: 'api/personnel-finance/asset-inventories', permission: WRITERS, subject: AssetSubjects.inventoryCreate, convention: 'create', request: CreateAssetInventory.Request, reply: AssetInventoryView, summary: '开始盘点：基准日在账的全部卡片列入；须带 Idempotency-Key', problems: [403, 422] },
    { ...assets, name: 'record', method: 'POST', path: 'api/personnel-finance/asset-inventories/:id/results', permission: WRITERS, subject: AssetSubjects.inventoryRecord, convention: 'change', request: RecordAssetInventoryResult.Request, body: RecordAssetInventoryResult.Body, params: id, reply: AssetInventoryView, summary: '登记一张卡片的盘点结果（账实相符、未找到、账实不符）；须带 If-Match', problems: [403, 404, 422] },
    { ...assets, name: 'close', method: 'POST', path: 'api/personnel-finance/asset-inventories/:id/close', permission: WRITERS, subject: AssetSubjects.inventoryClose, convention: 'change', request: CloseAssetInventory.Request, params: id, reply: AssetInventoryView, summary: '完成盘点（全部卡片已盘点）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
