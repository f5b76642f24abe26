import { formatDate } from '@/kit/format';
import type { FormField, ListColumn, ListFilter } from '@/kit/types';
import {
  ARCHIVE_ITEM_STATUS_LABELS,
  DECISION_STAGE_LABELS,
  DECISION_STATUS_LABELS,
  DRAFTING_KIND_LABELS,
  DRAFTING_STATUS_LABELS,
  FILING_STATUS_LABELS,
  GAZETTE_STATUS_LABELS,
  options,
  RETENTION_LABELS,
  secrecy,
  SEAL_REQUEST_STATUS_LABELS,
} from './labels';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- register rows are data shown by column, as in the kit's ListPage
type Row = Record<string, any>;

/** One register of the section: a list with filters, paging and export (the pages of 用印, 归档, 决策, 报备, 公报, 文稿). */
export interface Register {
  title: string;
  endpoint: string;
  exportName: string;
  columns: ListColumn<Row>[];
  filters: ListFilter[];
  rowLink?: (row: Row) => string;
  /** The 归档文件目录 .xlsx download (DA/T 22—2015). */
  catalogue?: boolean;
  /** A new record of the register, posted to `endpoint` from a form; the page then opens it (`rowLink`). */
  create?: { label: string; permission: string; fields: FormField[]; initial?: () => Record<string, unknown>; successText: string };
}

const label = (labels: Record<string, string>, key: string) => (row: Row) => (row[`${key}Label`] as string | undefined) ?? labels[String(row[key])] ?? String(row[key] ?? '');

export const REGISTERS: Record<string, Register> = {
  'documents-seal-requests': {
    title: '用印管理',
    endpoint: '/api/documents/seal-requests',
    exportName: '用印申请登记簿',
    rowLink: (row) => `/documents/seal-requests/${row.id}`,
    columns: [
      { key: 'requestedAt', label: '申请时间', width: 150, kind: 'datetime' },
      { key: 'sealName', label: '印章', width: 200 },
      { key: 'purpose', label: '用印事由', minWidth: 240, link: (row) => `/documents/seal-requests/${row.id}` },
      { key: 'documentTitle', label: '所用印文件', minWidth: 200, format: (row) => row.documentTitle ?? '' },
      { key: 'copies', label: '份数', width: 70 },
      { key: 'requestedByName', label: '申请人', width: 90 },
      { key: 'status', label: '状态', width: 90, format: label(SEAL_REQUEST_STATUS_LABELS, 'status') },
      { key: 'decidedByName', label: '审批人', width: 90, format: (row) => row.decidedByName ?? '' },
    ],
    filters: [
      { key: 'q', label: '事由', type: 'input' },
      { key: 'status', label: '状态', type: 'select', options: options(SEAL_REQUEST_STATUS_LABELS) },
    ],
  },
  'documents-archives': {
    title: '归档文件目录',
    endpoint: '/api/documents/archives/items',
    exportName: '归档文件目录',
    catalogue: true,
    columns: [
      { key: 'archiveCode', label: '档号', width: 200 },
      { key: 'docNumber', label: '文号', width: 170, format: (row) => row.docNumber ?? '' },
      { key: 'responsible', label: '责任者', width: 160 },
      { key: 'title', label: '题名', minWidth: 260 },
      { key: 'documentDate', label: '日期', width: 110, format: (row) => formatDate(row.documentDate) },
      { key: 'pages', label: '页数', width: 60 },
      { key: 'secrecyLevel', label: '密级', width: 60, format: (row) => secrecy(row.secrecyLevel) },
      { key: 'retention', label: '保管期限', width: 100, format: label(RETENTION_LABELS, 'retention') },
      { key: 'status', label: '状态', width: 80, format: label(ARCHIVE_ITEM_STATUS_LABELS, 'status') },
      { key: 'remark', label: '备注', width: 120, format: (row) => row.remark ?? '' },
    ],
    filters: [
      { key: 'q', label: '关键词', type: 'input', placeholder: '题名、文号或档号' },
      { key: 'year', label: '年度', type: 'year' },
      { key: 'retention', label: '保管期限', type: 'select', options: options(RETENTION_LABELS) },
      { key: 'status', label: '状态', type: 'select', options: options(ARCHIVE_ITEM_STATUS_LABELS) },
    ],
  },
  'documents-decisions': {
    title: '重大行政决策',
    endpoint: '/api/decisions',
    exportName: '重大行政决策事项目录',
    rowLink: (row) => `/documents/decisions/${row.id}`,
    columns: [
      { key: 'year', label: '年度', width: 70 },
      { key: 'title', label: '决策事项', minWidth: 260, link: (row) => `/documents/decisions/${row.id}` },
      { key: 'undertakingUnitName', label: '承办单位', width: 180 },
      { key: 'plannedTime', label: '计划时间', width: 120 },
      { key: 'status', label: '状态', width: 110, format: label(DECISION_STATUS_LABELS, 'status') },
      { key: 'nextStage', label: '下一法定程序', width: 130, format: (row) => (row.nextStage ? (DECISION_STAGE_LABELS[row.nextStage] ?? row.nextStage) : '—') },
    ],
    filters: [
      { key: 'q', label: '事项名称', type: 'input' },
      { key: 'year', label: '年度', type: 'year' },
      { key: 'status', label: '状态', type: 'select', options: options(DECISION_STATUS_LABELS) },
    ],
  },
  'documents-filings': {
    title: '规范性文件报备',
    endpoint: '/api/documents/filings',
    exportName: '规范性文件报备台账',
    rowLink: (row) => `/documents/filings/${row.id}`,
    columns: [
      { key: 'docNumber', label: '文号', width: 170 },
      { key: 'title', label: '文件标题', minWidth: 260, link: (row) => `/documents/filings/${row.id}` },
      { key: 'recipientName', label: '报备机关', width: 160 },
      { key: 'publicationDate', label: '公布日期', width: 110, format: (row) => formatDate(row.publicationDate) },
      { key: 'dueDate', label: '报备期限', width: 200, kind: 'due', format: (row) => row.dueDate ?? '', explanation: (row) => row.dueExplanation },
      { key: 'status', label: '状态', width: 90, format: label(FILING_STATUS_LABELS, 'status') },
      { key: 'filingReference', label: '备案号', width: 140, format: (row) => row.filingReference ?? '' },
    ],
    filters: [
      { key: 'q', label: '关键词', type: 'input', placeholder: '标题或文号' },
      { key: 'status', label: '状态', type: 'select', options: options(FILING_STATUS_LABELS) },
      { key: 'overdue', label: '逾期', type: 'select', options: [{ value: 'true', label: '逾期未报备' }] },
    ],
  },
  'documents-gazette': {
    title: '政府公报',
    endpoint: '/api/documents/gazette/issues',
    exportName: '政府公报期次',
    rowLink: (row) => `/documents/gazette/${row.id}`,
    create: {
      label: '新建期次',
      permission: 'legal-affairs:manage',
      fields: [
        { key: 'year', label: '年度', type: 'number', required: true, min: 1949, max: 2200 },
        { key: 'note', label: '编辑说明', type: 'textarea', placeholder: '如：本期收录区政府规范性文件' },
      ],
      initial: () => ({ year: new Date().getFullYear() }),
      successText: '已新建期次（草稿），期号在出版时按年连续编定',
    },
    columns: [
      { key: 'year', label: '年度', width: 70 },
      { key: 'issueNumber', label: '期号', width: 80, format: (row) => (row.issueNumber ? `第 ${row.issueNumber} 期` : '（出版时编定）') },
      { key: 'label', label: '期次', minWidth: 200, link: (row) => `/documents/gazette/${row.id}` },
      { key: 'entries', label: '收录文件', width: 90, format: (row) => `${(row.entries as unknown[] | undefined)?.length ?? 0} 件` },
      { key: 'status', label: '状态', width: 90, format: label(GAZETTE_STATUS_LABELS, 'status') },
      { key: 'publishedOn', label: '出版日期', width: 110, format: (row) => formatDate(row.publishedOn) },
    ],
    filters: [
      { key: 'year', label: '年度', type: 'year' },
      { key: 'status', label: '状态', type: 'select', options: options(GAZETTE_STATUS_LABELS) },
    ],
  },
  'documents-drafting': {
    title: '文稿起草',
    endpoint: '/api/drafting/tasks',
    exportName: '文稿起草任务',
    rowLink: (row) => `/documents/drafting/${row.id}`,
    columns: [
      { key: 'year', label: '年度', width: 70 },
      { key: 'kind', label: '类型', width: 120, format: label(DRAFTING_KIND_LABELS, 'kind') },
      { key: 'title', label: '文稿标题', minWidth: 260, link: (row) => `/documents/drafting/${row.id}` },
      { key: 'authorName', label: '起草人', width: 90, format: (row) => row.authorName ?? row.author?.name ?? '' },
      { key: 'leaderName', label: '审定领导', width: 90, format: (row) => row.leaderName ?? row.leader?.name ?? '' },
      { key: 'dueDate', label: '完成期限', width: 200, kind: 'due', format: (row) => row.dueDate ?? '', explanation: (row) => row.deadlineExplanation },
      { key: 'status', label: '状态', width: 90, format: label(DRAFTING_STATUS_LABELS, 'status') },
    ],
    filters: [
      { key: 'year', label: '年度', type: 'year' },
      { key: 'kind', label: '类型', type: 'select', options: options(DRAFTING_KIND_LABELS) },
      { key: 'status', label: '状态', type: 'select', options: options(DRAFTING_STATUS_LABELS) },
    ],
  },
};
