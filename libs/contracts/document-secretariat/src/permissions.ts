/**
 * Permission strings of document-secretariat's capabilities; granted by the gateway migration of the same name.
 * Object-level checks (密级 against clearance, a liaison's own unit, who holds a document) stay with the service.
 */
export const DocumentSecretariatPermissions = {
  /** Read every document record the caller is cleared for (office leaders, district leaders, 文秘科, 秘书一科/二科). */
  documentsRead: 'documents:read',
  /** Read the records that concern one's own unit (liaison staff; the service checks the unit). */
  documentsReadOwn: 'documents:read-own',
  /** 收文 签收/登记/初审/拟办/分办/催办/办结/答复, 请示 拟办意见 and 批复 drafting, 机要递送 (文秘科, 秘书一科/二科). */
  documentsProcess: 'documents:process',
  /** 批办, 批示, decisions on 请示 (district and office leaders). */
  documentsInstruct: 'documents:instruct',
  /** A unit's own handling: 签收 a distributed document, read receipts, 承办 results, submitting 请示 (liaison staff). */
  documentsHandleOwn: 'documents:handle-own',
  /** Upload files (attachments, bodies) to attach to records. */
  filesUpload: 'files:upload',
  /** 拟稿 of outgoing documents (any section). */
  outgoingDraft: 'outgoing:draft',
  /** 核稿, 编号, 印制, 核发, 公开属性 (文秘科). */
  outgoingProcess: 'outgoing:process',
  /** 会签 on behalf of one's unit or section. */
  outgoingCountersign: 'outgoing:countersign',
  /** 签发 (leaders; the service checks signing rights per 机关代字). */
  outgoingSign: 'outgoing:sign',
  /** Request the use of a seal (any staff). */
  sealsRequest: 'seals:request',
  /** Approve seal use (office leaders). */
  sealsApprove: 'seals:approve',
  /** Keep the seal registry and the use log (文秘科). */
  sealsManage: 'seals:manage',
  /** 立卷归档, 档号, 归档文件目录, hand-over (文秘科). */
  archivesManage: 'archives:manage',
  /** 重大行政决策, 合作协议审核, 报备, 政府公报 (文秘科 = 政策法规科). */
  legalAffairsManage: 'legal-affairs:manage',
  /** 文稿起草 and the research plan (秘书一科, 秘书二科). */
  draftingWrite: 'drafting:write',
} as const;
