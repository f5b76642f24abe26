import type { DataItem, DataResourceStatus, OpenType, SharingType } from '@gov/contracts-disclosure';

/**
 * The rules of the 政务数据资源目录. Not in shared/domain/RULES.md (the section's duty of 数据资源的规划、协调 and
 * 政务数据共享开放); their sources are cited in each refusal:
 * - 《政务信息资源共享管理暂行办法》（国发〔2016〕51号）第九条: 共享类型 无条件共享 / 有条件共享 / 不予共享; 有条件共享 names
 *   its conditions, 不予共享 needs a basis in law, administrative regulation or national policy.
 * - 《山东省公共数据开放办法》（山东省人民政府令第344号）: 开放 / 有条件开放 / 不予开放; 不予开放 needs its basis.
 * - 《政务信息资源目录编制指南（试行）》（发改高技〔2017〕1272号）: 目录编码 unique, 信息项 named, 更新周期.
 */
export type DataResourceStep = 'update' | 'submit' | 'review' | 'withdraw';

const ALLOWED: Record<DataResourceStep, readonly DataResourceStatus[]> = {
  update: ['draft', 'returned', 'published'],
  submit: ['draft', 'returned'],
  review: ['submitted'],
  withdraw: ['draft', 'submitted', 'returned', 'published'],
};

export const DATA_RESOURCE_STEP_LABELS: Record<DataResourceStep | 'create' | 'approve' | 'return', string> = {
  create: '登记',
  update: '修改',
  submit: '报送审核',
  review: '审核',
  approve: '审核通过并发布',
  return: '退回',
  withdraw: '撤销',
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: DataResourceStep, status: DataResourceStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The steps only 大数据科 takes: the review, and the withdrawal of a published resource (it leaves the catalogue). */
export function isSectionStep(step: DataResourceStep, status: DataResourceStatus): boolean {
  return step === 'review' || (step === 'withdraw' && status === 'published');
}

/**
 * The state after `step`: a change of a published resource is a new version in draft (published again after review);
 * a review publishes (approved) or returns.
 */
export function statusAfter(step: DataResourceStep, status: DataResourceStatus, decision: 'approved' | 'returned' | null = null): DataResourceStatus {
  switch (step) {
    case 'update':
      return status === 'published' ? 'draft' : status;
    case 'submit':
      return 'submitted';
    case 'review':
      return decision === 'returned' ? 'returned' : 'published';
    case 'withdraw':
      return 'withdrawn';
  }
}

/** A field refused, with its Chinese message. */
export interface FieldProblem {
  field: string;
  message: string;
}

const SHARING_SOURCE = '《政务信息资源共享管理暂行办法》（国发〔2016〕51号）第九条';
const OPEN_SOURCE = '《山东省公共数据开放办法》';

/**
 * The problems of the fields as given: 有条件共享 without its conditions, 不予共享 without its basis, 不开放 without its
 * basis, a 信息项 named twice. Empty when the fields may be saved.
 */
export function fieldProblems(fields: { sharingType: SharingType; sharingCondition?: string | null; openType: OpenType; openBasis?: string | null; dataItems: readonly DataItem[] }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const filled = (text: string | null | undefined) => (text?.trim().length ?? 0) >= 2;
  if (fields.sharingType === 'conditional' && !filled(fields.sharingCondition)) {
    problems.push({ field: 'sharingCondition', message: `sharingCondition：有条件共享须写明共享条件（${SHARING_SOURCE}）` });
  }
  if (fields.sharingType === 'none' && !filled(fields.sharingCondition)) {
    problems.push({ field: 'sharingCondition', message: `sharingCondition：不予共享须写明法律、行政法规或政策依据（${SHARING_SOURCE}）` });
  }
  if (fields.openType === 'closed' && !filled(fields.openBasis)) {
    problems.push({ field: 'openBasis', message: `openBasis：不开放须写明依据（${OPEN_SOURCE}）` });
  }
  const seen = new Set<string>();
  for (const item of fields.dataItems) {
    const name = item.name.trim();
    if (!name) problems.push({ field: 'dataItems', message: 'dataItems：信息项名称不能为空' });
    else if (seen.has(name)) problems.push({ field: 'dataItems', message: `dataItems：信息项“${name}”重复` });
    seen.add(name);
  }
  return problems;
}
