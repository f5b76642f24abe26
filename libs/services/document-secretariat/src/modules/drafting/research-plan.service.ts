import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  DRAFTING_KIND_LABELS,
  DraftingErrors,
  DraftingEvents,
  RESEARCH_TOPIC_STATUS_LABELS,
  type CreateResearchTopic,
  type GetResearchPlan,
  type ResearchTopicView,
  type UpdateResearchTopic,
} from '@gov/contracts-document-secretariat';
import { DomainError, Transactions, type Tx } from '@gov/platform';
import { visibilityOf } from '../../common/access.js';
import { firstVersion } from '../../common/audit-columns.js';
import { Registry } from '../../common/registry.js';
import { visibleOr404 } from '../../common/rows.js';
import { Timeline } from '../../common/timeline.js';
import { topicTransitionRefused } from './drafting-states.js';
import { assertCleared, assertVersion, assertWriter, TOPIC_NOT_FOUND } from './drafting.policy.js';
import { DraftingRepository, type TopicRow } from './drafting.repository.js';
import { topicChanged, topicView } from './drafting.views.js';

/** The yearly 调研计划 of 秘书一科/二科: topics with their lead leader, the responsible, the quarter and the report. */
@Injectable()
export class ResearchPlanService {
  constructor(
    private readonly drafting: DraftingRepository,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly timeline: Timeline,
  ) {}

  async createTopic(request: CreateResearchTopic.Request, caller: CallerContext): Promise<ResearchTopicView> {
    assertWriter(caller);
    assertCleared(request.secrecyLevel, caller);
    return this.transactions.run(async (tx) => {
      const now = new Date();
      const row: TopicRow = {
        id: randomUUID(),
        year: request.year,
        title: request.title.trim(),
        description: request.description?.trim() || null,
        lead_leader_user_id: request.leadLeader.userId,
        lead_leader_name: request.leadLeader.name.trim(),
        lead_leader_title: request.leadLeader.title,
        section: request.section,
        responsible_user_id: request.responsible.userId,
        responsible_name: request.responsible.name.trim(),
        planned_quarter: request.plannedQuarter,
        status: 'planned',
        report_task_id: null,
        secrecy_level: request.secrecyLevel,
        secrecy_period: request.secrecyPeriod ?? null,
        copy_number: request.copyNumber ?? null,
        unit_ids: [],
        user_ids: [request.leadLeader.userId, request.responsible.userId],
        ...firstVersion(caller, now),
      };
      await this.drafting.insertTopic(row, tx.manager);
      await this.putTopicRegistry(tx, row);
      await this.timeline.append(tx, caller, {
        kind: 'research_topic',
        id: row.id,
        action: 'research_topic.planned',
        label: '列入年度调研计划',
        detail: { year: row.year, quarter: row.planned_quarter, leader: `${row.lead_leader_title} ${row.lead_leader_name}`, responsible: row.responsible_name },
      });
      await tx.emit(DraftingEvents.topicPlanned, topicChanged(row, caller));
      return topicView(row);
    });
  }

  async updateTopic(request: UpdateResearchTopic.Request, caller: CallerContext): Promise<ResearchTopicView> {
    assertWriter(caller);
    return this.transactions.run(async (tx) => {
      const row = await this.visibleTopic(request.id, caller, tx, true);
      assertVersion(row.version, request.expectedVersion);
      const next: TopicRow = { ...row };
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      if (request.reportTaskId !== undefined && request.reportTaskId !== row.report_task_id) {
        const task = visibleOr404(await this.drafting.findTask(request.reportTaskId, tx.manager), caller, { spec: CommonDocumentErrors.notFound, detail: '所关联的文稿不存在或无权查看' });
        if (task.kind !== 'research_report') throw new DomainError(DraftingErrors.reportKind, `所关联的文稿“${task.title}”是${DRAFTING_KIND_LABELS[task.kind]}，不是调研报告`);
        before.reportTaskId = row.report_task_id;
        after.reportTaskId = next.report_task_id = task.id;
      }
      if (request.plannedQuarter !== undefined && request.plannedQuarter !== row.planned_quarter) {
        before.plannedQuarter = row.planned_quarter;
        after.plannedQuarter = next.planned_quarter = request.plannedQuarter;
      }
      if (request.responsible !== undefined && request.responsible.userId !== row.responsible_user_id) {
        before.responsible = row.responsible_name;
        after.responsible = next.responsible_name = request.responsible.name.trim();
        next.responsible_user_id = request.responsible.userId;
        next.user_ids = [row.lead_leader_user_id, request.responsible.userId];
      }
      if (request.status !== undefined && request.status !== row.status) {
        const refused = topicTransitionRefused(row.status, request.status);
        if (refused) throw new DomainError(CommonDocumentErrors.invalidState, refused);
        if (request.status === 'cancelled' && !request.note?.trim()) {
          throw new DomainError(DraftingErrors.reasonRequired, '取消调研课题须说明理由', [{ field: 'note', code: 'required', message: '须说明取消理由' }]);
        }
        if (request.status === 'completed' && !next.report_task_id) {
          throw new DomainError(DraftingErrors.reportRequired, '调研课题完成时须关联调研报告（reportTaskId）');
        }
        before.status = row.status;
        after.status = next.status = request.status;
      }
      if (!Object.keys(after).length) throw new DomainError(CommonErrors.validationFailed, '没有需要修改的内容');
      const saved: TopicRow = { ...next, version: row.version + 1, updated_at: new Date(), updated_by: caller.username };
      if (!(await this.drafting.updateTopic(saved, row.version, tx.manager))) throw new DomainError(CommonDocumentErrors.versionConflict, '调研课题已被他人修改，请刷新后重试');
      await this.putTopicRegistry(tx, saved);
      const label = after.status ? `调研课题${RESEARCH_TOPIC_STATUS_LABELS[saved.status]}` : after.reportTaskId ? '关联调研报告' : '调整调研课题';
      await this.timeline.append(tx, caller, { kind: 'research_topic', id: row.id, action: 'research_topic.updated', label, note: request.note?.trim() || null, detail: { before, after } });
      await tx.emit(DraftingEvents.topicChanged, topicChanged(saved, caller));
      return topicView(saved);
    });
  }

  async getTopic(id: string, caller: CallerContext): Promise<ResearchTopicView> {
    return topicView(visibleOr404(await this.drafting.findTopic(id), caller, TOPIC_NOT_FOUND));
  }

  async plan(request: GetResearchPlan.Request, caller: CallerContext): Promise<GetResearchPlan.Reply> {
    return { year: request.year, topics: (await this.drafting.plan(request.year, request.section, caller)).map(topicView) };
  }

  private putTopicRegistry(tx: Tx, row: TopicRow): Promise<void> {
    return this.registry.put(tx, { kind: 'research_topic', id: row.id, title: row.title, status: row.status, statusLabel: RESEARCH_TOPIC_STATUS_LABELS[row.status], year: row.year, createdAt: row.created_at, updatedAt: row.updated_at, ...visibilityOf(row) });
  }

  private async visibleTopic(id: string, caller: CallerContext, tx: Tx, lock = false): Promise<TopicRow> {
    return visibleOr404(await this.drafting.findTopic(id, tx.manager, lock), caller, TOPIC_NOT_FOUND);
  }
}
