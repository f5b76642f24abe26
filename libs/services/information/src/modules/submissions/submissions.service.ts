import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  ADOPTION_LEVEL_LABELS,
  ADOPTION_LEVELS,
  INSTRUCTION_LEVEL_LABELS,
  SUBMISSION_STATUS_LABELS,
  SubmissionChanged,
  SubmissionErrors,
  SubmissionEvents,
  SubmissionUrgentReported,
  type AcceptSubmission,
  type AdoptionLevel,
  type AddScoreWeights,
  type AdoptSubmission,
  type CreateSubmission,
  type InstructionLevel,
  type InstructSubmission,
  type ListScoreWeights,
  type ListSubmissions,
  type ListSubmissionVersions,
  type MergeSubmissions,
  type MonthlyReport,
  type MonthlyReportXlsx,
  type ReturnSubmission,
  type SubmissionDetailView,
  type UpdateSubmission,
  type WithdrawSubmission,
} from '@gov/contracts-information';
import { DomainError, publishTaskChanges, reasonOf, Transactions, type Tx, writeXlsx, XLSX_MEDIA_TYPE } from '@gov/platform';
import { UnitDirectory } from '@gov/read-model-units';
import { submissionTaskChange } from '../../common/tasks.js';
import { shanghaiDate } from '@gov/calendar';
import { canChangeSubmission, canManageSubmissions, canManageWeights, canSeeSubmission, submissionAccess } from './submissions.policy.js';
import { SolicitationsRepository } from '../solicitations/solicitations.repository.js';
import { SubmissionsRepository, type AdoptionRow, type InstructionRow, type SubmissionRow } from './submissions.repository.js';
import {
  adoptionPoints,
  canTake,
  creditUnits,
  instructionPoints,
  isUrgent,
  liaisonMayRevise,
  monthRange,
  newWeightsRefusal,
  nextWeightsVersion,
  rankByScore,
  statusAfter,
  weightsOn,
  type ScoreWeights,
  type SubmissionStep,
} from './submissions.rules.js';
import { snapshotOf, toDetailView, toSubmissionView, toTextVersions } from './submissions.views.js';

const refused = (field: string, message: string) => new DomainError(CommonErrors.validationFailed, message, [{ field, code: 'minLength', message: `${field}：${message}` }]);

/**
 * 报送信息: reported by a unit's liaison (or entered by 信息科 for a unit), screened by 信息科 (accept, return with a
 * reason, merge several into one 综合 item), its text kept in versions, its adoptions and leaders' 批示 scored from the
 * versioned weight table (RULES.md §2.7), and counted in the monthly notice.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly submissions: SubmissionsRepository,
    private readonly solicitations: SolicitationsRepository,
    private readonly units: UnitDirectory,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateSubmission.Request, caller: CallerContext): Promise<SubmissionDetailView> {
    const unitId = caller.unitId ?? request.unitId ?? null;
    if (!unitId) throw new DomainError(SubmissionErrors.unitRequired, '科室代为登记时须指明报送单位（unitId）');
    if (!canChangeSubmission(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权报送政务信息');
    const id = await this.transactions.run(async (tx) => {
      const now = new Date();
      const row: SubmissionRow = {
        id: randomUUID(),
        unitId,
        creditUnitIds: [unitId],
        title: request.title.trim(),
        body: request.body,
        category: request.category,
        urgent: isUrgent(request.category, request.urgent),
        attachments: request.attachments ?? [],
        status: 'submitted',
        textVersion: 1,
        reason: null,
        mergedIntoId: null,
        mergedFromIds: [],
        submittedAt: now,
        score: 0,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.submissions.insert(row, tx.manager);
      await this.submissions.insertText({ submissionId: row.id, textVersion: 1, title: row.title, body: row.body, note: null, createdBy: caller.username, createdAt: now }, tx.manager);
      await this.submissions.insertStep({ submissionId: row.id, step: 'submit', status: 'submitted', note: row.urgent ? '紧急信息，已同时报区政府值班室' : null, actor: caller.username, at: now }, tx.manager);
      await tx.emit(SubmissionEvents.created, snapshotOf(row, []), undefined, SubmissionChanged.Event);
      if (row.urgent) await this.reportUrgent(tx, row, caller);
      await publishTaskChanges(tx, submissionTaskChange(null, row, caller.userId));
      return row.id;
    });
    return this.detail(id);
  }

  /** A new version of the text: the liaison while it is submitted or returned (a returned one is submitted again), the editor while it is submitted or accepted. */
  update(request: UpdateSubmission.Request, caller: CallerContext): Promise<SubmissionDetailView> {
    return this.step(request.id, request.expectedVersion, caller, 'revise', async (row, tx, now) => {
      if (caller.unitId && !liaisonMayRevise(row.status)) throw new DomainError(SubmissionErrors.invalidState, `信息已${SUBMISSION_STATUS_LABELS[row.status]}，报送单位不能再修改，由信息科编辑`);
      const wasUrgent = row.urgent;
      row.title = request.title.trim();
      row.body = request.body;
      row.category = request.category;
      row.urgent = isUrgent(request.category, request.urgent);
      row.attachments = request.attachments ?? row.attachments;
      row.textVersion += 1;
      if (row.status === 'returned') row.reason = null;
      row.submittedAt = row.status === 'returned' ? now : row.submittedAt;
      await this.submissions.insertText({ submissionId: row.id, textVersion: row.textVersion, title: row.title, body: row.body, note: request.note?.trim() || null, createdBy: caller.username, createdAt: now }, tx.manager);
      if (row.urgent && !wasUrgent) await this.reportUrgent(tx, row, caller);
      return { event: SubmissionEvents.updated, note: `第 ${row.textVersion} 版${request.note?.trim() ? `：${request.note.trim()}` : ''}` };
    });
  }

  accept(request: AcceptSubmission.Request, caller: CallerContext): Promise<SubmissionDetailView> {
    return this.step(request.id, request.expectedVersion, caller, 'accept', async () => ({ event: SubmissionEvents.accepted, note: request.note?.trim() || null }), true);
  }

  return(request: ReturnSubmission.Request, caller: CallerContext): Promise<SubmissionDetailView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw refused('reason', '退回须说明理由（至少 2 个字）');
    return this.step(
      request.id,
      request.expectedVersion,
      caller,
      'return',
      async (row) => {
        row.reason = reason;
        return { event: SubmissionEvents.returned, note: reason };
      },
      true,
    );
  }

  withdraw(request: WithdrawSubmission.Request, caller: CallerContext): Promise<SubmissionDetailView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw refused('reason', '撤回须说明理由（至少 2 个字）');
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', async (row) => {
      row.reason = reason;
      return { event: SubmissionEvents.withdrawn, note: reason };
    });
  }

  /** 综合: several submissions become one accepted item of 信息科; each source is merged into it, and its units are credited with its adoptions. */
  async merge(request: MergeSubmissions.Request, caller: CallerContext): Promise<SubmissionDetailView> {
    if (!canManageSubmissions(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以综合信息');
    const sourceIds = [...new Set(request.sourceIds)];
    if (sourceIds.length < 2) throw new DomainError(SubmissionErrors.mergeSources, '综合至少需要 2 条不同的信息');
    const id = await this.transactions.run(async (tx) => {
      const sources = await this.submissions.findByIds(sourceIds, tx.manager, true);
      if (sources.length !== sourceIds.length) throw new DomainError(SubmissionErrors.mergeSources, '有来源信息不存在');
      const closed = sources.find((s) => !canTake('merge', s.status));
      if (closed) throw new DomainError(SubmissionErrors.mergeSources, `“${closed.title}”${SUBMISSION_STATUS_LABELS[closed.status]}，不能综合（只能综合待筛选或已采纳的信息）`);
      const now = new Date();
      const merged: SubmissionRow = {
        id: randomUUID(),
        unitId: null,
        creditUnitIds: creditUnits(null, sources.flatMap((s) => s.creditUnitIds)),
        title: request.title.trim(),
        body: request.body,
        category: request.category,
        urgent: isUrgent(request.category, request.urgent),
        attachments: request.attachments ?? [],
        status: 'accepted',
        textVersion: 1,
        reason: null,
        mergedIntoId: null,
        mergedFromIds: sourceIds,
        submittedAt: now,
        score: 0,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.submissions.insert(merged, tx.manager);
      await this.submissions.insertText({ submissionId: merged.id, textVersion: 1, title: merged.title, body: merged.body, note: '综合生成', createdBy: caller.username, createdAt: now }, tx.manager);
      await this.submissions.insertStep({ submissionId: merged.id, step: 'merge', status: 'accepted', note: `综合自 ${sources.length} 条信息：${sources.map((s) => s.title).join('；')}`, actor: caller.username, at: now }, tx.manager);
      await tx.emit(SubmissionEvents.created, snapshotOf(merged, []), undefined, SubmissionChanged.Event);
      for (const source of sources) {
        const next: SubmissionRow = { ...source, status: 'merged', mergedIntoId: merged.id, version: source.version + 1, updatedAt: now, updatedBy: caller.username };
        if (!(await this.submissions.saveIfVersion(next, source.version, tx.manager))) throw new DomainError(SubmissionErrors.versionConflict, '来源信息已被他人修改，请刷新后重试');
        await this.submissions.insertStep({ submissionId: source.id, step: 'merge', status: 'merged', note: `综合进“${merged.title}”`, actor: caller.username, at: now }, tx.manager);
        await tx.emit(SubmissionEvents.merged, snapshotOf(next, []), undefined, SubmissionChanged.Event);
        await publishTaskChanges(tx, submissionTaskChange(source, next, caller.userId));
      }
      return merged.id;
    });
    return this.detail(id);
  }

  /** 采用: one level once, scored under the weight table in force on the adoption date (RULES.md §2.7); the record keeps that version. */
  adopt(request: AdoptSubmission.Request, caller: CallerContext): Promise<SubmissionDetailView> {
    return this.step(
      request.id,
      request.expectedVersion,
      caller,
      'adopt',
      async (row, tx, now) => {
        const existing = await this.submissions.adoptions(row.id, tx.manager);
        if (existing.some((a) => a.level === request.level)) throw new DomainError(SubmissionErrors.alreadyAdopted, `“${ADOPTION_LEVEL_LABELS[request.level]}”已登记，每一层级只计一次`);
        const weights = await this.weightsFor(request.adoptedOn, tx);
        const points = adoptionPoints(weights, request.level);
        await this.submissions.insertAdoption(
          {
            id: randomUUID(),
            submissionId: row.id,
            level: request.level,
            adoptedOn: request.adoptedOn,
            outlet: request.outlet?.trim() || null,
            points,
            weightVersion: weights.version,
            creditUnitIds: row.creditUnitIds,
            recordedBy: caller.username,
            recordedAt: now,
          },
          tx.manager,
        );
        row.score += points;
        return {
          event: SubmissionEvents.adopted,
          note: `${ADOPTION_LEVEL_LABELS[request.level]}（${request.adoptedOn}${request.outlet?.trim() ? `，${request.outlet.trim()}` : ''}）得 ${points} 分，计分标准 ${weights.version}`,
          adoptedLevels: [...existing.map((a) => a.level), request.level],
        };
      },
      true,
    );
  }

  /** A leader's 批示 on an adopted item, with the extra points of the weight table in force on its date. */
  instruct(request: InstructSubmission.Request, caller: CallerContext): Promise<SubmissionDetailView> {
    return this.step(
      request.id,
      request.expectedVersion,
      caller,
      'instruct',
      async (row, tx, now) => {
        const adoptions = await this.submissions.adoptions(row.id, tx.manager);
        if (!adoptions.length) throw new DomainError(SubmissionErrors.notAdopted, '信息尚未被采用，不能登记领导批示（批示加分以采用为前提，RULES.md §2.7）');
        const weights = await this.weightsFor(request.instructedOn, tx);
        const points = instructionPoints(weights, request.level);
        await this.submissions.insertInstruction(
          {
            id: randomUUID(),
            submissionId: row.id,
            level: request.level,
            leaderName: request.leaderName.trim(),
            content: request.content.trim(),
            instructedOn: request.instructedOn,
            points,
            weightVersion: weights.version,
            creditUnitIds: row.creditUnitIds,
            recordedBy: caller.username,
            recordedAt: now,
          },
          tx.manager,
        );
        row.score += points;
        return { event: SubmissionEvents.instructed, note: `${INSTRUCTION_LEVEL_LABELS[request.level]}（${request.leaderName.trim()}，${request.instructedOn}）加 ${points} 分，计分标准 ${weights.version}` };
      },
      true,
    );
  }

  /**
   * The items of an issue of 《博山政务信息》 at its 签发, in the issue's transaction: each must be accepted; each gets its
   * 区刊 adoption (scored under the table in force on the 签发 date) unless it already has one. Returns their rows.
   */
  async adoptInBulletin(tx: Tx, ids: readonly string[], outlet: string, adoptedOn: string, caller: CallerContext): Promise<SubmissionRow[]> {
    await this.submissions.findByIds(ids, tx.manager, true); // all locked at once, in id order (no deadlock between two issues)
    const out: SubmissionRow[] = [];
    for (const id of ids) out.push((await this.adoptInTx(tx, id, 'district_bulletin', adoptedOn, outlet, caller)).row);
    return out;
  }

  /**
   * One adoption of an accepted item in the caller's transaction (an issue's 签发, a feedback of the upward register):
   * recorded once per level (a second time it is left as it is: `adoption` null), scored under the table in force on
   * its date, with its timeline line and event.
   */
  async adoptInTx(tx: Tx, id: string, level: AdoptionLevel, adoptedOn: string, outlet: string | null, caller: CallerContext): Promise<{ row: SubmissionRow; adoption: AdoptionRow | null }> {
    const [current] = await this.submissions.findByIds([id], tx.manager, true);
    if (!current || current.status !== 'accepted') throw new DomainError(SubmissionErrors.invalidState, `“${current?.title ?? id}”不是已采纳的信息，不能登记采用`);
    const adoptions = await this.submissions.adoptions(id, tx.manager);
    if (adoptions.some((a) => a.level === level)) return { row: current, adoption: null };
    const weights = await this.weightsFor(adoptedOn, tx);
    const now = new Date();
    const points = adoptionPoints(weights, level);
    const adoption: AdoptionRow = { id: randomUUID(), submissionId: id, level, adoptedOn, outlet, points, weightVersion: weights.version, creditUnitIds: current.creditUnitIds, recordedBy: caller.username, recordedAt: now };
    await this.submissions.insertAdoption(adoption, tx.manager);
    const next: SubmissionRow = { ...current, score: current.score + points, version: current.version + 1, updatedAt: now, updatedBy: caller.username };
    if (!(await this.submissions.saveIfVersion(next, current.version, tx.manager))) throw new DomainError(SubmissionErrors.versionConflict, '报送信息已被他人修改，请刷新后重试');
    await this.submissions.insertStep({ submissionId: id, step: 'adopt', status: next.status, note: `${ADOPTION_LEVEL_LABELS[level]}${outlet ? `（${outlet}）` : ''}得 ${points} 分，计分标准 ${weights.version}`, actor: caller.username, at: now }, tx.manager);
    await tx.emit(SubmissionEvents.adopted, snapshotOf(next, [...adoptions.map((a) => a.level), level]), undefined, SubmissionChanged.Event);
    return { row: next, adoption };
  }

  /** A leader's 批示 on an adopted item in the caller's transaction (a feedback of the upward register), scored under the table in force on its date. */
  async instructInTx(
    tx: Tx,
    id: string,
    instruction: { level: InstructionLevel; leaderName: string; content: string; instructedOn: string },
    caller: CallerContext,
  ): Promise<{ row: SubmissionRow; instruction: InstructionRow }> {
    const [current] = await this.submissions.findByIds([id], tx.manager, true);
    if (!current || current.status !== 'accepted') throw new DomainError(SubmissionErrors.invalidState, `“${current?.title ?? id}”不是已采纳的信息，不能登记批示`);
    const adoptions = await this.submissions.adoptions(id, tx.manager);
    if (!adoptions.length) throw new DomainError(SubmissionErrors.notAdopted, '信息尚未被采用，不能登记领导批示（批示加分以采用为前提，RULES.md §2.7）');
    const weights = await this.weightsFor(instruction.instructedOn, tx);
    const now = new Date();
    const points = instructionPoints(weights, instruction.level);
    const row: InstructionRow = { id: randomUUID(), submissionId: id, ...instruction, points, weightVersion: weights.version, creditUnitIds: current.creditUnitIds, recordedBy: caller.username, recordedAt: now };
    await this.submissions.insertInstruction(row, tx.manager);
    const next: SubmissionRow = { ...current, score: current.score + points, version: current.version + 1, updatedAt: now, updatedBy: caller.username };
    if (!(await this.submissions.saveIfVersion(next, current.version, tx.manager))) throw new DomainError(SubmissionErrors.versionConflict, '报送信息已被他人修改，请刷新后重试');
    await this.submissions.insertStep({ submissionId: id, step: 'instruct', status: next.status, note: `${INSTRUCTION_LEVEL_LABELS[instruction.level]}（${instruction.leaderName}，${instruction.instructedOn}）加 ${points} 分，计分标准 ${weights.version}`, actor: caller.username, at: now }, tx.manager);
    await tx.emit(SubmissionEvents.instructed, snapshotOf(next, adoptions.map((a) => a.level)), undefined, SubmissionChanged.Event);
    return { row: next, instruction: row };
  }

  /** Checks that every id is an accepted item (for building an issue, for reporting upward); their rows in the order given. */
  async requireAccepted(ids: readonly string[], tx: Tx): Promise<SubmissionRow[]> {
    const rows = await this.submissions.findByIds(ids, tx.manager);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const out: SubmissionRow[] = [];
    for (const id of ids) {
      const row = byId.get(id);
      if (!row) throw new DomainError(SubmissionErrors.notFound, `报送信息 ${id} 不存在`);
      if (row.status !== 'accepted') throw new DomainError(SubmissionErrors.invalidState, `“${row.title}”${SUBMISSION_STATUS_LABELS[row.status]}，只能编入或报送已采纳的信息`);
      out.push(row);
    }
    return out;
  }

  async get(id: string, caller: CallerContext): Promise<SubmissionDetailView> {
    const row = await this.submissions.findById(id);
    if (!row || !canSeeSubmission(caller, row.unitId)) throw new DomainError(SubmissionErrors.notFound, '报送信息不存在或无权查看');
    return this.detail(id);
  }

  async versions(id: string, caller: CallerContext): Promise<ListSubmissionVersions.Reply> {
    const row = await this.submissions.findById(id);
    if (!row || !canSeeSubmission(caller, row.unitId)) throw new DomainError(SubmissionErrors.notFound, '报送信息不存在或无权查看');
    return { items: toTextVersions(await this.submissions.texts(id)) };
  }

  async list(request: ListSubmissions.Request, caller: CallerContext): Promise<ListSubmissions.Reply> {
    const access = submissionAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看报送信息');
    const page = pageOf(request);
    const { items, total } = await this.submissions.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const levels = await this.submissions.adoptedLevels(items.map((r) => r.id));
    return { items: items.map((r) => toSubmissionView(r, levels.get(r.id) ?? [])), total, ...page };
  }

  async weights(caller: CallerContext): Promise<ListScoreWeights.Reply> {
    if (submissionAccess(caller).kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看计分标准');
    const rows = await this.submissions.weights();
    return { items: rows.map((w) => ({ ...w, createdAt: new Date(w.createdAt).toISOString() })) };
  }

  /** A new version of the weight table (信息科科长): effective from today or later; adoptions dated from then on score with it, earlier ones keep theirs. */
  async addWeights(request: AddScoreWeights.Request, caller: CallerContext): Promise<AddScoreWeights.Reply> {
    if (!canManageWeights(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科科长可以发布新的计分标准');
    const version = await this.transactions.run(async (tx) => {
      await this.submissions.lockWeights(tx.manager);
      const existing = await this.submissions.weights(tx.manager);
      const candidate: ScoreWeights = {
        version: request.version?.trim() || nextWeightsVersion(existing, request.effectiveFrom),
        effectiveFrom: request.effectiveFrom,
        source: request.source.trim(),
        adoption: { ...request.adoption },
        instruction: { ...request.instruction },
        deduction: { ...request.deduction },
      };
      const refusal = newWeightsRefusal(existing, candidate, shanghaiDate(new Date()));
      if (refusal === 'in_past') throw new DomainError(SubmissionErrors.weightsInPast, `生效日期 ${candidate.effectiveFrom} 早于今天；已计分的记录保留原标准，新标准只能从今天或以后生效`);
      if (refusal === 'duplicate') throw new DomainError(SubmissionErrors.weightsDuplicate, `版本号 ${candidate.version} 或生效日期 ${candidate.effectiveFrom} 已有计分标准`);
      await this.submissions.insertWeights(candidate, caller.username, tx.manager);
      return candidate.version;
    });
    const added = (await this.submissions.weights()).find((w) => w.version === version);
    if (!added) throw new DomainError(SubmissionErrors.noWeights, '计分标准保存失败');
    return { ...added, createdAt: new Date(added.createdAt).toISOString() };
  }

  /** The monthly notice (每月通报): per unit submitted, adopted per level, 批示, score, ranked; the units that reported nothing. */
  async monthly(request: MonthlyReport.Request, caller: CallerContext): Promise<MonthlyReport.Reply> {
    if (submissionAccess(caller).kind !== 'all') throw new DomainError(CommonErrors.forbidden, '只有信息科和领导可以查看月度通报');
    return this.monthlyOf(request.month);
  }

  /** The monthly notice's computation, without the caller's check: also what the yearly 业绩考评 sums (modules/evaluations). */
  async monthlyOf(month: string): Promise<MonthlyReport.Reply> {
    const { from, until } = monthRange(month);
    const counts = await this.submissions.monthly(from, until);
    const deductions = await this.solicitations.deductions(from, until);
    const directory = await this.units.listActive();
    const unitIds = new Set<string>([...directory.map((u) => u.id), ...counts.submitted.keys(), ...counts.adoptions.map((a) => a.unitId), ...counts.instructions.map((i) => i.unitId), ...deductions.map((d) => d.unitId)]);
    const named = await this.units.findByIds([...unitIds]);
    const emptyLevels = () => Object.fromEntries(ADOPTION_LEVELS.map((l) => [l, 0])) as Record<AdoptionLevel, number>;
    const rows = [...unitIds].map((unitId) => {
      const adopted = emptyLevels();
      let score = 0;
      for (const a of counts.adoptions.filter((x) => x.unitId === unitId)) {
        adopted[a.level] += 1;
        score += a.points;
      }
      const instructions = counts.instructions.filter((x) => x.unitId === unitId);
      score += instructions.reduce((sum, i) => sum + i.points, 0);
      const deduction = deductions.filter((d) => d.unitId === unitId).reduce((sum, d) => sum + d.deduction, 0);
      const unit = named.get(unitId);
      return { unitId, unitName: unit?.name ?? `（单位名录中无此单位 ${unitId.slice(0, 8)}）`, submitted: counts.submitted.get(unitId) ?? 0, adopted, instructions: instructions.length, deduction, score: score - deduction };
    });
    const ranked = rankByScore(rows);
    const weightVersions = [...new Set([...counts.adoptions.map((a) => a.weightVersion), ...counts.instructions.map((i) => i.weightVersion), ...deductions.flatMap((d) => (d.weightVersion ? [d.weightVersion] : []))])].sort();
    return { month, rows: ranked, silentUnits: ranked.filter((r) => r.submitted === 0).map((r) => r.unitName), weightVersions };
  }

  async monthlyXlsx(request: MonthlyReportXlsx.Request, caller: CallerContext): Promise<MonthlyReportXlsx.Reply> {
    const report = await this.monthly(request, caller);
    const content = writeXlsx({
      name: `政务信息通报${request.month}`,
      header: ['名次', '单位', '报送条数', ...ADOPTION_LEVELS.map((l) => ADOPTION_LEVEL_LABELS[l]), '领导批示', '约稿扣分', '得分', '备注'],
      rows: report.rows.map((r) => [r.rank, r.unitName, r.submitted, ...ADOPTION_LEVELS.map((l) => r.adopted[l]), r.instructions, r.deduction, r.score, r.submitted === 0 ? '本月未报送' : '']),
      widths: [6, 30, 10, 20, 8, 8, 8, 10, 10, 10, 8, 14],
    });
    return { filename: `政务信息采用情况通报-${request.month}.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: report.rows.length, contentBase64: content.toString('base64') };
  }

  private async weightsFor(date: string, tx: Tx): Promise<ScoreWeights> {
    const weights = weightsOn(await this.submissions.weights(tx.manager), date);
    if (!weights) throw new DomainError(SubmissionErrors.noWeights, `${date} 没有生效的政务信息计分标准（RULES.md §2.7）`);
    return weights;
  }

  /** An urgent submission for the duty office (the shape of duty-and-meetings' CreateUrgentMatter.Request). */
  private async reportUrgent(tx: Tx, row: SubmissionRow, caller: CallerContext): Promise<void> {
    const event: SubmissionUrgentReported.Event = {
      submissionId: row.id,
      title: row.title,
      summary: row.body.slice(0, 4000),
      unitId: row.unitId,
      receivedAt: new Date().toISOString(),
      reportedBy: caller.displayName || caller.username,
      version: row.version,
    };
    await tx.emit(SubmissionEvents.urgentReported, event, row.id, SubmissionUrgentReported.Event);
  }

  private async detail(id: string): Promise<SubmissionDetailView> {
    const row = await this.submissions.findById(id);
    if (!row) throw new DomainError(SubmissionErrors.notFound, '报送信息不存在');
    const [adoptions, instructions, steps] = await Promise.all([this.submissions.adoptions(id), this.submissions.instructions(id), this.submissions.steps(id)]);
    return toDetailView(row, adoptions, instructions, steps);
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, a timeline line, its event and 待办 in the outbox. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: SubmissionStep,
    change: (row: SubmissionRow, tx: Tx, now: Date) => Promise<{ event: string; note: string | null; adoptedLevels?: AdoptionLevel[] }>,
    sectionOnly = false,
  ): Promise<SubmissionDetailView> {
    await this.transactions.run(async (tx) => {
      const current = await this.submissions.findById(id, tx.manager, true);
      if (!current || !canSeeSubmission(caller, current.unitId)) throw new DomainError(SubmissionErrors.notFound, '报送信息不存在或无权查看');
      if (sectionOnly ? !canManageSubmissions(caller) : !canChangeSubmission(caller, current.unitId)) throw new DomainError(CommonErrors.forbidden, sectionOnly ? '只有信息科可以办理此步骤' : '无权办理该报送信息');
      if (current.version !== expectedVersion) {
        throw new DomainError(SubmissionErrors.versionConflict, `报送信息已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(SubmissionErrors.invalidState, `信息${SUBMISSION_STATUS_LABELS[current.status]}，不能进行此操作`);
      const now = new Date();
      const next: SubmissionRow = { ...current };
      const { event, note, adoptedLevels } = await change(next, tx, now);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.submissions.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(SubmissionErrors.versionConflict, '报送信息已被他人修改，请刷新后重试');
      await this.submissions.insertStep({ submissionId: id, step, status: next.status, note, actor: caller.username, at: now }, tx.manager);
      const levels = adoptedLevels ?? (await this.submissions.adoptions(id, tx.manager)).map((a) => a.level);
      await tx.emit(event, snapshotOf(next, levels), undefined, SubmissionChanged.Event);
      await publishTaskChanges(tx, submissionTaskChange(current, next, caller.userId));
    });
    return this.detail(id);
  }
}
